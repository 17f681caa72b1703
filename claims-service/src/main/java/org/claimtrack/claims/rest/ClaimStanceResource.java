package org.claimtrack.claims.rest;

import org.claimtrack.claims.api.StanceInput;
import org.claimtrack.claims.api.StanceView;
import org.claimtrack.claims.api.Retraction;
import org.claimtrack.claims.api.Lists;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Versions;
import org.claimtrack.contract.Actor;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.service.StanceService;
import org.claimtrack.claims.service.Written;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A claim's stances: add, list, read, retract, remove. Each write recomputes the claim's stored status. */
@Path("/claims/{id}/stances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stances", description = "Who asserted, denied, questioned or reported a claim, in their exact words.")
public class ClaimStanceResource {

    private final StanceService stances;

    public ClaimStanceResource(StanceService stances) {
        this.stances = stances;
    }

    @POST
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addStance", summary = "Add a stance to a claim",
            description = "Records one source's stance with its quote and source snapshot, and recomputes the claim's status in the same transaction. "
                    + "The ETag returned is the claim's new version.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag (the claim's new version) set.",
            headers = @Header(name = "ETag", description = "The claim's new version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StanceView.class)))
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    @APIResponse(responseCode = "409", description = "This source already has a stance with this quote on this claim (existingId names it).")
    public Response add(@PathParam("id") UUID claimId, StanceInput input,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor, UriInfo uri) {
        Written<Stance> added = stances.add(claimId, ClaimResource.requireBody(input), Actor.of(actor));
        return Versions.created(uri, added.item().id, StanceView.of(added.item()), added.claim().version);
    }

    @GET
    @Operation(operationId = "listClaimStances", summary = "List a claim's stances", description = "Ordered by statedAt, then id.")
    @APIResponse(responseCode = "200", description = "The stances.")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public Lists.StanceList list(@PathParam("id") UUID claimId) {
        return new Lists.StanceList(stances.ofClaim(claimId).stream().map(StanceView::of).toList());
    }

    @GET
    @Path("/{stanceId}")
    @Operation(operationId = "getStance", summary = "Get one stance of a claim", description = "Stances are immutable.")
    @APIResponse(responseCode = "200", description = "The stance.")
    @APIResponse(responseCode = "404", description = "No such claim, or no such stance on it.")
    public StanceView get(@PathParam("id") UUID claimId, @PathParam("stanceId") UUID stanceId) {
        return StanceView.of(stances.get(claimId, stanceId));
    }

    @POST
    @Path("/{stanceId}/retraction")
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retractStance", summary = "Retract a stance from a time, with a reason",
            description = "The stance stays on record and visible, with its retraction; it counts before retractedAt (asOf) and not "
                    + "from then on, and the claim's status is recomputed. A retraction is written once. If-Match (optional) carries the claim's "
                    + "ETag; the response's ETag is the claim's new version.")
    @APIResponse(responseCode = "200", description = "Retracted; the stance with its retraction.",
            headers = @Header(name = "ETag", description = "The claim's new version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StanceView.class)))
    @APIResponse(responseCode = "400", description = "retractedAt or reason missing or invalid; retractedAt more than 5 minutes in the future.")
    @APIResponse(responseCode = "404", description = "No such claim, or no such stance on it.")
    @APIResponse(responseCode = "409", description = "The stance is already retracted.")
    @APIResponse(responseCode = "422", description = "retractedAt is before the stance's statedAt (both fields named).")
    public Response retract(@PathParam("id") UUID claimId, @PathParam("stanceId") UUID stanceId, Retraction input,
            @HeaderParam("If-Match") @Parameter(description = ClaimResource.POSITION_IF_MATCH) String ifMatch,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        Written<Stance> retracted = stances.end(claimId, stanceId, ClaimResource.requireBody(input), ifMatch,
                Actor.of(actor));
        return Versions.ok(StanceView.of(retracted.item()), retracted.claim().version);
    }

    @DELETE
    @Path("/{stanceId}")
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Operation(operationId = "removeStance", summary = "Remove a stance",
            description = "Removes the stance and recomputes the claim's status: for a stance recorded in error (a source that changed "
                    + "its position is recorded by a new stance or a retraction, which keep the past readable). If-Match carries the claim's ETag "
                    + "(stances have no version of their own: they are part of the claim's). The response's ETag is the claim's new version.")
    @APIResponse(responseCode = "204", description = "Removed.",
            headers = @Header(name = "ETag", description = "The claim's new version in quotes.", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "reason is longer than 300 characters.")
    @APIResponse(responseCode = "404", description = "No such claim, or no such stance on it.")
    public Response remove(@PathParam("id") UUID claimId, @PathParam("stanceId") UUID stanceId,
            @HeaderParam("If-Match") @Parameter(description = ClaimResource.POSITION_IF_MATCH) String ifMatch,
            @QueryParam("reason") @Parameter(description = "Why, for the claim's history (at most 300 characters).",
                    example = "Recorded on the wrong claim") String reason,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        long version = stances.remove(claimId, stanceId, ifMatch, HistoryReason.of(reason), Actor.of(actor)).version;
        return Response.noContent().tag(Versions.etag(version)).build();
    }
}
