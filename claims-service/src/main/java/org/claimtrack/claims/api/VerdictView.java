package org.claimtrack.claims.api;

import java.time.Instant;
import java.util.UUID;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.status.Rating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verdict", description = "A reviewer's conclusion; never overwritten, the latest one not withdrawn counts.")
public record VerdictView(UUID id, UUID claimId, @Schema(examples = "MOSTLY_TRUE") Rating rating, String explanation,
        @Schema(examples = "A. Reviewer") String reviewer, Instant createdAt,
        @Schema(description = "Present when the verdict was withdrawn: it counts before withdrawnAt, not from then on.")
        Withdrawal withdrawal) {

    public static VerdictView of(Verdict v) {
        return new VerdictView(v.id, v.claimId, v.rating, v.explanation, v.reviewer, v.createdAt,
                v.withdrawnAt == null ? null : new Withdrawal(v.withdrawnAt, v.withdrawalReason));
    }
}
