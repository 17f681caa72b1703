package org.claimtrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.ArchiveRequest;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.DocumentDetail;
import org.claimtrack.gateway.model.DocumentInput;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.TextVersion;
import org.claimtrack.gateway.model.TextVersions;
import org.claimtrack.gateway.service.DocumentDetailService;
import org.claimtrack.gateway.service.SourceWriteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Where statements were published, with the archived text quotes are checked against.")
public class DocumentResource {

    @Inject
    SourcesReads sources;

    @Inject
    SourcesWrites writes;

    @Inject
    DocumentDetailService details;

    @Inject
    SourceWriteService sourceWrites;

    @Inject
    UriInfo uri;

    @GET
    @Operation(operationId = "listDocuments", summary = "List documents",
            description = "A page of documents, newest publication first (without archived text).")
    @APIResponse(responseCode = "200", description = "A page of documents")
    public Uni<Page<Document>> list(
            @Parameter(description = "Words in the title", example = "Geneva") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Publisher (ids differ per installation: no example)")
            @QueryParam("publisherId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) String publisherId,
            @Parameter(description = "Exact URL", example = Examples.SEED_DOCUMENT_URL) @QueryParam("url") @Size(max = 2000) String url,
            @Parameter(description = "BCP 47 language", example = "en") @QueryParam("language") @Size(max = 35) String language,
            @BeanParam PageRequest page) {
        return sources.documents(Params.query("q", q, "publisherId", publisherId, "url", url, "language", language,
                "page", page.page(), "size", page.size()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Read a document with the stances quoting it",
            description = "The document with its archived text, its publisher's record and a page of the stances that "
                    + "quote it, with where each quotes the text (`passages`, located by the sources-service). Without "
                    + "the claims-service: `degraded: [\"claims\"]`, no stances; when the quotes cannot be located: "
                    + "`degraded: [\"sources\"]`, no passages.")
    @APIResponse(responseCode = "200", description = "The document",
            headers = @Header(name = "ETag", description = "The document's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No document with this id")
    public Uni<RestResponse<DocumentDetail>> detail(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.DOCUMENT_ID) String id,
            @BeanParam PageRequest page,
            @Parameter(description = "Where the page of stances starts: the `next` of `stances` in the answer before (keyset); "
                    + "not with page > 0", example = Page.STANCE_NEXT_EXAMPLE)
            @QueryParam("cursor") String cursor) {
        return details.detail(id, page.page(), page.size(), cursor).map(d -> Etags.ok(d.detail(), d.etag()));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listDocumentTextVersions", summary = "List the versions of a document's archived text",
            description = "The archive is append-only: every text the document has had, oldest first, with its SHA-256, "
                    + "length, when, who and why; the last is current. Texts are left out (read one version for its text). "
                    + "Empty when the document has no text.")
    @APIResponse(responseCode = "200", description = "The text versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TextVersions.class),
                    examples = @ExampleObject(name = "edited", value = Examples.TEXT_VERSIONS)))
    @APIResponse(responseCode = "404", description = "No document with this id")
    public Uni<TextVersions> versions(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.DOCUMENT_ID) String id) {
        return sources.textVersions(id);
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getDocumentTextVersion", summary = "Read one version of a document's archived text",
            description = "One archived text with its SHA-256, so a quote stays checkable against the exact text it was "
                    + "taken from (a stance's `documentVersion`), also after the document was edited.")
    @APIResponse(responseCode = "200", description = "The text version with its text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TextVersion.class),
                    examples = @ExampleObject(name = "first", value = Examples.TEXT_VERSION)))
    @APIResponse(responseCode = "400", description = "number is not a whole number from 1")
    @APIResponse(responseCode = "404", description = "No document with this id, or it has no such text version")
    public Uni<TextVersion> version(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.DOCUMENT_ID) String id,
            @PathParam("number") @Pattern(regexp = "[1-9][0-9]{0,8}", message = "must be a whole number from 1")
            @Parameter(description = "Version number, 1 for the first text", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String number) {
        return sources.textVersion(id, number);
    }

    @POST
    @Operation(operationId = "createDocument", summary = "Create a document",
            description = "A URL already on record answers 409 with `existingId`; an unknown publisher answers 422.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)),
            headers = {@Header(name = "Location", description = "The new document", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The document's version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "A document with this URL exists (`existingId`)")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "422", description = "publisherId does not exist")
    public Uni<RestResponse<Document>> create(@NotNull @Valid DocumentInput document) {
        return writes.createDocument(document).map(created -> Etags.created(uri.getBaseUriBuilder().path("api/documents").path(created.getEntity().id()).build(),
                created.getEntity(), created.getHeaderString("ETag")));
    }

    @POST
    @Path("/archive")
    @Operation(operationId = "archiveDocument", summary = "Archive a web page as a new document",
            description = "The sources-service fetches the page once and keeps its readable text (the article without "
                    + "scripts, navigation or forms) as text version 1, recording the address after redirects, when it "
                    + "was fetched, the HTTP status and the media type (`GET /api/documents/{id}/versions/1`, `fetch`). "
                    + "Guarded: http(s) only; every address the host resolves to, at every redirect (at most 5), must be "
                    + "public — loopback, private, link-local, multicast and reserved addresses are refused unless the "
                    + "deployment allows that host:port; 15 s for the whole fetch; at most 5 MB read and 1,048,576 "
                    + "characters of text kept; text/html, application/xhtml+xml and text/plain only. A page not archived "
                    + "is a 422 whose `refusal` says why (SCHEME, PRIVATE_ADDRESS, UNKNOWN_HOST, UNREACHABLE, TIMEOUT, "
                    + "HTTP_STATUS, REDIRECTS, CONTENT_TYPE, TOO_LARGE, NO_TEXT) and whose `errors` name `url`; nothing is "
                    + "written. An address already archived answers 409 with `existingId` before anything is fetched. Editors.")
    @APIResponse(responseCode = "201", description = "Archived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)),
            headers = {@Header(name = "Location", description = "The new document", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The document's version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "A document with this URL exists (`existingId`)")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "422", description = "The page was not archived (`refusal` says why, `errors` name `url`), "
            + "or publisherId does not exist")
    public Uni<RestResponse<Document>> archive(@NotNull @Valid ArchiveRequest page) {
        return writes.archiveDocument(page).map(created -> Etags.created(uri.getBaseUriBuilder().path("api/documents").path(created.getEntity().id()).build(),
                created.getEntity(), created.getHeaderString("ETag")));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateDocument", summary = "Replace a document", description = "Requires `If-Match`.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No document with this id")
    @APIResponse(responseCode = "409", description = "Another document has this URL")
    @APIResponse(responseCode = "412", description = "The document changed since it was read")
    @APIResponse(responseCode = "422", description = "publisherId does not exist")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Document>> update(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.DOCUMENT_ID) String id, @NotNull @Valid DocumentInput document,
            @Parameter(description = "The version read, as its ETag", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return writes.updateDocument(id, document, ifMatch).map(Etags::ok);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteDocument", summary = "Delete a document",
            description = "Refused (409) while stances quote it, with how many and which claims. Requires `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No document with this id")
    @APIResponse(responseCode = "409", description = "Still quoted (`stanceCount`, `claimIds`)")
    @APIResponse(responseCode = "412", description = "The document changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Void>> delete(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.DOCUMENT_ID) String id,
            @Parameter(description = "The version read, as its ETag", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return sourceWrites.deleteDocument(id, ifMatch).map(nothing -> RestResponse.noContent());
    }
}
