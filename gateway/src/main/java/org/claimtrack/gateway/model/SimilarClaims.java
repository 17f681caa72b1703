package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Claims whose text is close to the given one, best first.")
public record SimilarClaims(List<SimilarClaim> items) {

    public record SimilarClaim(
            @Schema(example = Examples.CLAIM_ID) String id,
            @Schema(example = Examples.CLAIM_TEXT) String text,
            ClaimStatus status,
            @Schema(minimum = "0", maximum = "1", example = "0.82") double score) {
    }
}
