package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Claims whose text is close to the given one, best first.")
public record SimilarClaims(List<SimilarClaim> items) {

    /**
     * The share of weighted words in common below which a claim is not offered as "may already exist" in the web UI:
     * the search answers its best candidates however far they are, and a 3% neighbour offered as the claim to add to
     * is noise. The API answers every candidate with its score.
     */
    static final double SHOWN_FROM = 0.2;

    /** The claims close enough to offer a person as possibly the same, best first. */
    public static List<SimilarClaim> worthShowing(List<SimilarClaim> claims) {
        return claims == null ? List.of() : claims.stream().filter(c -> c.score() >= SHOWN_FROM).toList();
    }

    public record SimilarClaim(
            @Schema(example = Examples.CLAIM_ID) String id,
            @Schema(example = Examples.CLAIM_TEXT) String text,
            ClaimStatus status,
            @Schema(minimum = "0", maximum = "1", example = "0.82") double score) {
    }
}
