package org.claimtrack.claims.status;

import java.util.List;

/**
 * What the rules conclude for one claim. {@code evidenceStatus} is the status the stances alone give
 * (before any verdict); {@code verdict} is the latest verdict or null.
 */
public record StatusOutcome(VerificationStatus status, VerificationStatus evidenceStatus, int credibility,
        List<Party> asserting, List<Party> denying, List<Party> questioning, List<Party> reporting,
        VerdictRecord verdict, String explanation, int rulesVersion) {
}
