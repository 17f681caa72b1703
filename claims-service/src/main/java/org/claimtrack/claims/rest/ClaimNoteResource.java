package org.claimtrack.claims.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.api.NoteInput;
import org.claimtrack.claims.api.NoteView;
import org.claimtrack.claims.service.NoteService;
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

/** The desk's internal notes on a claim. Never part of the claim's record (so never in ClaimReview or the feed). */
@Path("/claims/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Internal notes of the desk on a claim, with every earlier text of each.")
public class ClaimNoteResource {

    /** The claim's notes. */
    public record NoteList(List<NoteView> items) {
    }

    private final NoteService notes;

    public ClaimNoteResource(NoteService notes) {
        this.notes = notes;
    }

    @GET
    @Operation(operationId = "listClaimNotes", summary = "List a claim's notes", description = "Oldest first, each with all its texts.")
    @APIResponse(responseCode = "200", description = "The notes.")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public NoteList list(@PathParam("id") UUID claimId) {
        return new NoteList(notes.of(claimId));
    }

    @POST
    @ServiceWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addClaimNote", summary = "Add a note to a claim", description = "The actor is its author; the history records that a note was added (not its text).")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag (the note's version, 1) set.",
            headers = @Header(name = "ETag", description = "The note's version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "400", description = "The text is missing, blank or longer than 5,000 characters.")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public Response add(@PathParam("id") UUID claimId, NoteInput input, @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor,
            UriInfo uri) {
        NoteView note = notes.add(claimId, ClaimResource.requireBody(input), Actor.of(actor));
        return Versions.created(uri, note.id(), note, note.version());
    }

    @PUT
    @Path("/{noteId}")
    @ServiceWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editClaimNote", summary = "Edit a note",
            description = "Adds a text version; the earlier texts stay in `versions`. If-Match carries the note's version.")
    @APIResponse(responseCode = "200", description = "Edited (or the same text: unchanged).",
            headers = @Header(name = "ETag", description = "The note's version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "400", description = "The text is missing, blank or longer than 5,000 characters.")
    @APIResponse(responseCode = "404", description = "No such claim or note.")
    public Response edit(@PathParam("id") UUID claimId, @PathParam("noteId") UUID noteId, NoteInput input,
            @BeanParam IfMatch ifMatch,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        NoteView note = notes.edit(claimId, noteId, ifMatch.required(), ClaimResource.requireBody(input), Actor.of(actor));
        return Versions.ok(note, note.version());
    }
}
