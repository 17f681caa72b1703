package org.claimtrack.claims.rest;

import org.claimtrack.claims.api.VerdictView;
import org.claimtrack.claims.api.Lists;
import org.claimtrack.claims.api.VerdictInput;
import org.claimtrack.claims.api.Withdrawal;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Versions;
import org.claimtrack.contract.Actor;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.service.VerdictService;
import org.claimtrack.claims.service.Written;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A claim's verdicts: append, list, read, withdraw. Each write recomputes the claim's stored status. */
@Path("/claims/{id}/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdicts", description = "Reviewers' conclusions: append-only, the latest one not withdrawn counts.")
public class ClaimVerdictResource {

    private final VerdictService verdicts;

    public ClaimVerdictResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @POST
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addVerdict", summary = "Add a verdict to a claim",
            description = "Appends a reviewer's verdict; as the latest one it decides the status (TRUE/MOSTLY_TRUE → VERIFIED, MIXED → MISLEADING, "
                    + "MOSTLY_FALSE/FALSE → FALSE, UNVERIFIABLE → UNVERIFIABLE). The ETag returned is the claim's new version.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag (the claim's new version) set.",
            headers = @Header(name = "ETag", description = "The claim's new version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VerdictView.class)))
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public Response addVerdict(@PathParam("id") UUID claimId, VerdictInput input,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor, UriInfo uri) {
        Written<Verdict> added = verdicts.add(claimId, ClaimResource.requireBody(input), Actor.of(actor));
        return Versions.created(uri, added.item().id, VerdictView.of(added.item()), added.claim().version);
    }

    @POST
    @Path("/{verdictId}/withdrawal")
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawVerdict", summary = "Withdraw a verdict from a time, with a reason",
            description = "The verdict stays on record and visible, with its withdrawal; it counts before withdrawnAt (asOf) and not "
                    + "from then on, when the latest verdict not withdrawn (if any) decides. A withdrawal is written once. If-Match "
                    + "carries the claim's ETag; the response's ETag is the claim's new version.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the verdict with its withdrawal.",
            headers = @Header(name = "ETag", description = "The claim's new version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VerdictView.class)))
    @APIResponse(responseCode = "400", description = "withdrawnAt or reason missing or invalid; withdrawnAt more than 5 minutes in the future.")
    @APIResponse(responseCode = "404", description = "No such claim, or no such verdict on it.")
    @APIResponse(responseCode = "409", description = "The verdict is already withdrawn.")
    @APIResponse(responseCode = "422", description = "withdrawnAt is before the verdict was published (publishedAt; both fields named).")
    public Response withdraw(@PathParam("id") UUID claimId, @PathParam("verdictId") UUID verdictId, Withdrawal input,
            @HeaderParam("If-Match") @Parameter(description = ClaimResource.POSITION_IF_MATCH) String ifMatch,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        Written<Verdict> withdrawn = verdicts.end(claimId, verdictId, ClaimResource.requireBody(input), ifMatch,
                Actor.of(actor));
        return Versions.ok(VerdictView.of(withdrawn.item()), withdrawn.claim().version);
    }

    @GET
    @Path("/{verdictId}")
    @Operation(operationId = "getVerdict", summary = "Get one verdict of a claim", description = "Verdicts are never changed.")
    @APIResponse(responseCode = "200", description = "The verdict.")
    @APIResponse(responseCode = "404", description = "No such claim, or no such verdict on it.")
    public VerdictView verdict(@PathParam("id") UUID claimId, @PathParam("verdictId") UUID verdictId) {
        return VerdictView.of(verdicts.get(claimId, verdictId));
    }

    @GET
    @Operation(operationId = "listVerdicts", summary = "List a claim's verdicts", description = "Latest first.")
    @APIResponse(responseCode = "200", description = "The verdicts.")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public Lists.VerdictList verdicts(@PathParam("id") UUID claimId) {
        return new Lists.VerdictList(verdicts.ofClaim(claimId).stream().map(VerdictView::of).toList());
    }
}
