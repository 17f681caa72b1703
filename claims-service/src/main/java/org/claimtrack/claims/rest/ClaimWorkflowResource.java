package org.claimtrack.claims.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.claimtrack.claims.api.WorkflowInput;
import org.claimtrack.claims.api.WorkflowView;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.service.WorkflowService;
import org.claimtrack.contract.Actor;
import org.claimtrack.contract.IfMatch;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The desk's workflow on a claim: work status, assignee, due date, and publication. Its own version (ETag). */
@Path("/claims/{id}/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "Who works on a claim, how far it got and by when; separate from its verification status.")
public class ClaimWorkflowResource {

    private final WorkflowService workflow;

    public ClaimWorkflowResource(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @PUT
    @ServiceWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeWorkflow", summary = "Change a claim's work status, assignee or due date",
            description = "Moves NEW → IN_PROGRESS → IN_REVIEW (back to IN_PROGRESS from a review, PUBLISHED → IN_PROGRESS to "
                    + "reopen, anything → ARCHIVED, ARCHIVED → NEW); PUBLISHED only through the publication. If-Match carries "
                    + "the workflow's version (workflow.version of the claim), never the claim's: the claim's fields, "
                    + "stances and verdicts can change meanwhile. The history records the change.")
    @APIResponse(responseCode = "200", description = "Changed (or already so).",
            headers = @Header(name = "ETag", description = "The workflow's new version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (errors names it).")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current work status (errors names workStatus and where it may go).")
    public Response change(@PathParam("id") UUID id, WorkflowInput input,
            @BeanParam IfMatch ifMatch,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        Claim claim = workflow.change(id, ifMatch.required(), ClaimResource.requireBody(input), Actor.of(actor));
        return Versions.ok(WorkflowView.of(claim), claim.workflowVersion);
    }

    @POST
    @Path("/publication")
    @ServiceWrite
    @Operation(operationId = "publishClaim", summary = "Publish a claim in review",
            description = "IN_REVIEW → PUBLISHED (the gateway lets reviewers only). If-Match carries the workflow's version.")
    @APIResponse(responseCode = "200", description = "Published.",
            headers = @Header(name = "ETag", description = "The workflow's new version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    @APIResponse(responseCode = "409", description = "The claim is not IN_REVIEW.")
    public Response publish(@PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        Claim claim = workflow.publish(id, ifMatch.required(), Actor.of(actor));
        return Versions.ok(WorkflowView.of(claim), claim.workflowVersion);
    }
}
