package org.claimtrack.gateway.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "schema.org ClaimReview (JSON-LD) for a claim with a verdict.")
@JsonPropertyOrder({"@context", "@type"})
public record ClaimReview(
        @JsonProperty("@context") @Schema(required = true, example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(required = true, example = "ClaimReview") String type,
        @Schema(required = true, description = "The review: the claim's dossier for our own review; for another organisation's "
                + "review (imported) its original url, or the dossier when it had none.",
                example = "https://claimtrack.example/api/claims/" + Examples.CLAIM_ID)
        String url,
        @Schema(required = true, example = Examples.CLAIM_TEXT) String claimReviewed,
        @Schema(required = true, description = "When the reviewer published the verdict (ISO 8601 date).", example = "2022-01-05")
        String datePublished,
        @Schema(required = true, description = "Who reviewed it: the organisation that runs this deployment for our own "
                + "reviews, the original reviewing organisation for an imported one (never us in its place).") Thing author,
        @Schema(required = true) ReviewRating reviewRating,
        @Schema(required = true) ItemReviewed itemReviewed,
        @Schema(description = "Present when the review is another organisation's: this deployment, which only republishes "
                + "the structured data (schema.org sdPublisher).") Thing sdPublisher) {

    @Schema(name = "ClaimReviewThing", description = "A schema.org Person or Organization.")
    @JsonPropertyOrder({"@type"})
    public record Thing(
            @JsonProperty("@type") @Schema(required = true, enumeration = {"Person", "Organization"}, example = "Organization") String type,
            @Schema(required = true, example = "Claimtrack") String name,
            @Schema(example = "https://claimtrack.example") String url) {
    }

    @Schema(description = "schema.org Rating: 5 (TRUE) … 1 (FALSE); UNVERIFIABLE has no ratingValue.")
    @JsonPropertyOrder({"@type"})
    public record ReviewRating(
            @JsonProperty("@type") @Schema(required = true, example = "Rating") String type,
            @Schema(minimum = "1", maximum = "5", example = "1") Integer ratingValue,
            @Schema(required = true, example = "5") int bestRating,
            @Schema(required = true, example = "1") int worstRating,
            @Schema(required = true, example = "False") String alternateName) {
    }

    @Schema(description = "schema.org Claim: who asserted it and where it appeared.")
    @JsonPropertyOrder({"@type"})
    public record ItemReviewed(
            @JsonProperty("@type") @Schema(required = true, example = "Claim") String type,
            @Schema(required = true, description = "The asserting sources.") List<Thing> author,
            @Schema(required = true, description = "Documents that carry the assertions.") List<Appearance> appearance,
            @Schema(description = "Earliest assertion (ISO 8601 date).", example = "2021-12-30") String datePublished) {
    }

    @Schema(description = "schema.org CreativeWork where the claim appeared.")
    @JsonPropertyOrder({"@type"})
    public record Appearance(
            @JsonProperty("@type") @Schema(required = true, example = "CreativeWork") String type,
            @Schema(required = true, example = Examples.DOCUMENT_URL) String url,
            @Schema(example = "Russia wants sure US guarantees during the Geneva talks") String headline,
            @Schema(example = "2021-12-30") String datePublished) {
    }
}
