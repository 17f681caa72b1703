package org.claimtrack.claims.api;

import java.time.Instant;
import java.util.UUID;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.status.Rating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verdict", description = "A reviewer's conclusion; never overwritten, the latest published one not "
        + "withdrawn counts.")
public record VerdictView(UUID id, UUID claimId, @Schema(examples = "MOSTLY_TRUE") Rating rating, String explanation,
        @Schema(examples = "A. Reviewer") String reviewer,
        @Schema(description = "When it was recorded here.") Instant createdAt,
        @Schema(description = "When the reviewer published it: the time it counts from (asOf).",
                examples = "2021-12-31T09:00:00Z") Instant publishedAt,
        @Schema(description = "Where the review was published; absent when it was written here.",
                examples = "https://factcheck.example/troops") String url,
        @Schema(description = "The reviewing organisation when it is not us (an imported review's author); absent for "
                + "our own reviewers.", examples = "FactCheck Org") String organization,
        @Schema(description = "Present when the verdict was withdrawn: it counts before withdrawnAt, not from then on.")
        Withdrawal withdrawal) {

    public static VerdictView of(Verdict v) {
        return new VerdictView(v.id, v.claimId, v.rating, v.explanation, v.reviewer, v.createdAt, v.publishedAt, v.url,
                v.organization, v.endedAt == null ? null : new Withdrawal(v.endedAt, v.endReason));
    }
}
