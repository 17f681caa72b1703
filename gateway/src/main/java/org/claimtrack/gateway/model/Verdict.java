package org.claimtrack.gateway.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's conclusion on a claim. Verdicts are never overwritten; the latest published one not "
        + "withdrawn counts.")
public record Verdict(
        @Schema(required = true, example = Examples.VERDICT_ID) String id,
        @Schema(example = Examples.CLAIM_ID) String claimId,
        Rating rating,
        @Schema(example = "Satellite imagery from several independent providers shows the build-up.") String explanation,
        @Schema(example = "desk@claimtrack.example") String reviewer,
        @Schema(example = Examples.INSTANT, description = "When it was recorded here.") Instant createdAt,
        @Schema(example = Examples.INSTANT, description = "When the reviewer published it: the time it counts from (asOf, "
                + "latest). An imported ClaimReview's datePublished; else when it was recorded.") Instant publishedAt,
        @Schema(example = "https://factcheck.example/reviews/troops", description = "Where the review was published; absent "
                + "for a verdict written here.") String url,
        @Schema(example = "FactCheck Org", description = "The reviewing organisation when it is not us (an imported review's "
                + "author); absent for our own reviewers. Only our own verdicts are published under our name.")
        String organization,
        @Schema(description = "Present when the verdict was withdrawn.") Withdrawal withdrawal) {

    /** Our own reviewers' verdict (no other organisation named). */
    public boolean isOurs() {
        return organization == null || organization.isBlank();
    }
}
