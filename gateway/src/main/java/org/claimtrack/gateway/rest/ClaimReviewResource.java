package org.claimtrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.claimtrack.gateway.model.ClaimReview;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.ratelimit.CostlyRead;
import org.claimtrack.gateway.service.ClaimReviewService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @CostlyRead
    @APIResponse(responseCode = "429", description = "Too many feed pages from this client: rate limited (see Retry-After)")
    @Operation(operationId = "listClaimReviews", summary = "Feed of ClaimReviews",
            description = "A page of ClaimReviews of the claims with a verdict, most recently updated first.")
    @APIResponse(responseCode = "200", description = "A page of ClaimReviews")
    public Uni<Page<ClaimReview>> feed(
            @Parameter(description = "Page number, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = Params.WHOLE_NUMBER, message = Params.WHOLE_NUMBER_MESSAGE) @Min(0) String page,
            @Parameter(description = "Page size", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "20"))
            @QueryParam("size") @DefaultValue("20") @Pattern(regexp = Params.WHOLE_NUMBER, message = Params.WHOLE_NUMBER_MESSAGE) @Min(1) @Max(MAX_FEED_SIZE) String size,
            @Parameter(description = Params.CURSOR, example = Page.NEXT_EXAMPLE)
            @QueryParam("cursor") String cursor) {
        return reviews.feed(Params.number(page), Params.number(size), cursor);
    }
}
