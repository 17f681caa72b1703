package org.claimtrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.claimtrack.gateway.model.ClaimReview;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.service.ClaimReviewService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claimreview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ClaimReview", description = "schema.org ClaimReview JSON-LD for fact-check aggregators.")
public class ClaimReviewResource {

    static final String LD_JSON = "application/ld+json";
    /** Each review costs two claims-service calls, so a feed page is smaller than other lists. */
    static final int MAX_FEED_SIZE = 50;

    @Inject
    ClaimReviewService reviews;

    @GET
    @Operation(operationId = "listClaimReviews", summary = "Feed of ClaimReviews",
            description = "A page of ClaimReviews of the claims with a verdict, most recently updated first.")
    @APIResponse(responseCode = "200", description = "A page of ClaimReviews")
    public Uni<Page<ClaimReview>> feed(
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_FEED_SIZE) int size) {
        return reviews.feed(page, size);
    }
}
