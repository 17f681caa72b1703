package org.claimtrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.Note;
import org.claimtrack.gateway.model.NoteInput;
import org.claimtrack.gateway.model.Notes;
import org.claimtrack.gateway.model.Workflow;
import org.claimtrack.gateway.model.WorkflowInput;
import org.claimtrack.gateway.service.WorkflowWriteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The desk's side of a claim: its workflow (work status, assignee, due date, publication) and internal notes. */
@Path("/api/claims") // shares its root with ClaimResource, as the UI's pages do
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "Who works on a claim, how far it got, by when, and the desk's internal notes.")
public class ClaimWorkResource {

    @Inject
    WorkflowWriteService workflows;

    @Inject
    ClaimsReads claims;

    @Inject
    ClaimsWrites writes;

    @Inject
    UriInfo uri;

    @PUT
    @Path("/{id}/workflow")
    @Operation(operationId = "changeWorkflow", summary = "Change a claim's work status, assignee or due date",
            description = "Moves along NEW → IN_PROGRESS → IN_REVIEW (a review can send it back to IN_PROGRESS, a "
                    + "published claim can be reopened as IN_PROGRESS, anything can be ARCHIVED, an archived claim "
                    + "restored as NEW); PUBLISHED only through the publication (reviewers). `If-Match` carries the "
                    + "workflow's version (`workflow.version` of the claim), not the claim's: editing the claim or adding "
                    + "evidence meanwhile is no conflict. Editors. The claim's history records the change.")
    @APIResponse(responseCode = "200", description = "Changed (or already so)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Workflow.class)),
            headers = @Header(name = "ETag", description = "The workflow's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`workStatus` missing or unknown, `assignee` or `dueDate` invalid")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current work status, or it asks for "
            + "PUBLISHED (`errors` names `workStatus` and where the claim may go)")
    @APIResponse(responseCode = "412", description = "The workflow changed since it was read")
    @APIResponse(responseCode = "422", description = "`assignee` is not a user of this deployment")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Workflow>> changeWorkflow(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id, @NotNull @Valid WorkflowInput workflow,
            @Parameter(description = "The workflow's version read, as its ETag", example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        return workflows.change(id, workflow, ifMatch).map(Etags::ok);
    }

    @POST
    @Path("/{id}/workflow/publication")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST is the whole request
    @Operation(operationId = "publishClaim", summary = "Publish a claim in review",
            description = "IN_REVIEW → PUBLISHED. Reviewers only: an editor moves a claim to IN_REVIEW, a reviewer "
                    + "publishes it. `If-Match` carries the workflow's version.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Workflow.class)),
            headers = @Header(name = "ETag", description = "The workflow's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No claim with this id")
    @APIResponse(responseCode = "409", description = "The claim is not IN_REVIEW (`errors` names `workStatus`)")
    @APIResponse(responseCode = "412", description = "The workflow changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Workflow>> publish(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @Parameter(description = "The workflow's version read, as its ETag", example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        return workflows.publish(id, ifMatch).map(Etags::ok);
    }

    @GET
    @Path("/{id}/notes")
    @Operation(operationId = "listClaimNotes", summary = "Read a claim's internal notes",
            description = "The desk's notes, oldest first, each with every earlier text. Editors and above; never in the "
                    + "dossier, ClaimReview or the feed.")
    @APIResponse(responseCode = "200", description = "The notes")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    public Uni<Notes> notes(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id) {
        return claims.notes(id);
    }

    @POST
    @Path("/{id}/notes")
    @Operation(operationId = "addClaimNote", summary = "Add an internal note to a claim",
            description = "The signed-in user is its author. The claim's history says a note was added, by whom and when "
                    + "(not its text). Editors.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Note.class)),
            headers = {@Header(name = "Location", description = "The note", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The note's version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "`text` missing, blank or over 5,000 characters")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    public Uni<RestResponse<Note>> addNote(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id, @NotNull @Valid NoteInput note) {
        return writes.addNote(id, note).map(created -> Etags.created(uri.getBaseUriBuilder().path("api/claims").path(id)
                .path("notes").path(created.getEntity().id()).build(), created.getEntity(), created.getHeaderString("ETag")));
    }

    @PUT
    @Path("/{id}/notes/{noteId}")
    @Operation(operationId = "editClaimNote", summary = "Edit an internal note",
            description = "Adds a text version: the earlier texts stay in `versions`. `If-Match` carries the note's version. Editors.")
    @APIResponse(responseCode = "200", description = "Edited (the same text again changes nothing)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Note.class)),
            headers = @Header(name = "ETag", description = "The note's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`text` missing, blank or over 5,000 characters")
    @APIResponse(responseCode = "404", description = "No such claim or note")
    @APIResponse(responseCode = "412", description = "The note changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Note>> editNote(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @PathParam("noteId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.NOTE_ID) String noteId, @NotNull @Valid NoteInput note,
            @Parameter(description = "The note's version read, as its ETag", example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        return writes.editNote(id, noteId, note, ifMatch).map(Etags::ok);
    }
}
