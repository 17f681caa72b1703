package org.claimtrack.gateway.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's conclusion on a claim. Verdicts are never overwritten; the latest one not withdrawn counts.")
public record Verdict(
        @Schema(required = true, example = Examples.VERDICT_ID) String id,
        @Schema(example = Examples.CLAIM_ID) String claimId,
        Rating rating,
        @Schema(example = "Satellite imagery from several independent providers shows the build-up.") String explanation,
        @Schema(example = "desk@claimtrack.example") String reviewer,
        @Schema(description = "When it was given; it counts from then on.", example = Examples.INSTANT) Instant createdAt,
        @Schema(description = "Present when the verdict was withdrawn.") Withdrawal withdrawal) {
}
