package org.claimtrack.claims.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything this service holds on one claim, read together: what the gateway builds a dossier from. */
@Schema(name = "ClaimRecord", description = "A claim with its status report, stances (by statedAt) and verdicts (latest first), read in one transaction.")
public record ClaimRecord(ClaimView claim, StatusReport status, List<StanceView> stances, List<VerdictView> verdicts) {
}
