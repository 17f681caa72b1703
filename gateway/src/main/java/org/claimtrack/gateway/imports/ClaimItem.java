package org.claimtrack.gateway.imports;

import java.util.List;

/**
 * A claim with its stances and verdicts, in bundle form: stances name their source and document by natural
 * key (name, url), resolved to ids only when written.
 */
record ClaimItem(Pending claim, List<Pending> stances, List<Pending> verdicts) {
}
