package org.claimtrack.sources.rest;

import org.claimtrack.sources.api.ArchiveRequest;
import org.claimtrack.sources.api.DocumentView;
import org.claimtrack.sources.archive.FetchedPage;
import org.claimtrack.sources.archive.PageFetcher;
import org.claimtrack.contract.ProblemDocument;
import org.claimtrack.contract.ServiceApi;
import org.claimtrack.sources.api.DocumentInput;
import org.claimtrack.sources.api.QuoteSelector;
import org.claimtrack.sources.api.QuoteLocate;
import org.claimtrack.sources.api.QuoteCheck;
import org.claimtrack.sources.api.TextVersions;
import org.claimtrack.contract.Actor;
import static org.claimtrack.contract.ServiceApi.BAD_REQUEST;
import static org.claimtrack.contract.ServiceApi.CONFLICT;
import static org.claimtrack.contract.ServiceApi.NOT_FOUND;
import static org.claimtrack.contract.ServiceApi.UNPROCESSABLE;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.claimtrack.sources.domain.Document;
import org.claimtrack.sources.api.Lists.DocumentLookup;
import org.claimtrack.sources.api.Lists.DocumentPage;
import org.claimtrack.sources.api.Lists.LookupRequest;
import org.claimtrack.contract.IfMatch;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Versions;
import org.claimtrack.contract.BatchItems;
import org.claimtrack.sources.service.BatchResult;
import org.claimtrack.sources.service.DocumentService;
import org.claimtrack.contract.ServiceApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Where statements were published, with their archived text.")
public class DocumentResource {

    private static final String VERSION_PARAM = "Text version to search (1 for the first text); absent = the current one.";

    private final DocumentService documents;
    private final BatchItems batchItems;
    private final PageFetcher fetcher;

    public DocumentResource(DocumentService documents, BatchItems batchItems, PageFetcher fetcher) {
        this.documents = documents;
        this.batchItems = batchItems;
        this.fetcher = fetcher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "createDocument", summary = "Create a document",
            description = "Creates a document. The url must be unique (409 with existingId); publisherId must name an "
                    + "existing source (422). contentSha256 and textLength are computed from archivedText.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at the new document.",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new document", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the version in quotes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "created", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentInput.class),
                    examples = @ExampleObject(name = "article", value = Examples.DOCUMENT_INPUT)))
            @Valid @NotNull DocumentInput input,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor,
            @Context UriInfo uriInfo) {
        Document document = documents.create(input, Actor.of(actor));
        return Versions.created(uriInfo, document.id, DocumentView.of(document, input.archivedText), document.version);
    }

    @POST
    @Path("/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "archiveDocument", summary = "Archive a web page as a new document",
            description = "Fetches the page at url once and creates a document from it: its address after redirects, "
                    + "the given title or the page's own, and its readable text (the article without scripts, navigation "
                    + "or forms) as text version 1, which records the final address, when it was fetched, the HTTP status "
                    + "and the media type. Guarded: http(s) only; every address the host resolves to, at every redirect "
                    + "(at most 5), must be public — loopback, private, link-local, multicast and reserved addresses are "
                    + "refused unless the deployment allows that host:port; one time limit (15 s) for the whole fetch; "
                    + "at most 5 MB read and 1,048,576 characters of text kept; text/html, application/xhtml+xml and "
                    + "text/plain only. A refusal is a 422 whose refusal member says why and whose errors name url; "
                    + "nothing is written. A url already archived is a 409 with existingId, checked before fetching.")
    @APIResponse(responseCode = "201", description = "Archived; Location and ETag point at the new document.",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new document", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the version in quotes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "archived", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", description = "The page was not archived (refusal says why), or publisherId names no source.",
            content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                    examples = {@ExampleObject(name = "privateAddress", value = Examples.ARCHIVE_PRIVATE_ADDRESS),
                            @ExampleObject(name = "wrongContentType", value = Examples.ARCHIVE_CONTENT_TYPE)}))
    public Response archive(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArchiveRequest.class),
                    examples = @ExampleObject(name = "article", value = Examples.ARCHIVE_REQUEST)))
            @Valid @NotNull ArchiveRequest request,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor,
            @Context UriInfo uriInfo) {
        documents.checkArchivable(request);
        // fetched outside any transaction: a slow page holds no database connection
        FetchedPage page = fetcher.fetch(request.url);
        Document document = documents.createFetched(request, page, Actor.of(actor));
        return Response.created(uriInfo.getBaseUriBuilder().path("documents").path(document.id.toString()).build())
                .tag(Versions.etag(document.version)).entity(DocumentView.of(document, page.text())).build();
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "List documents",
            description = "Pages through documents matching all given filters, newest first (publishedAt descending, "
                    + "undated last), then by id. Items omit archivedText.")
    @APIResponse(responseCode = "200", description = "One page of documents.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.DOCUMENT_PAGE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public DocumentPage list(
            @Parameter(description = "Title contains this text, case-insensitively.", example = "geneva")
            @QueryParam("q") String q,
            @Parameter(description = "Only documents published by this source.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("publisherId") String publisherId,
            @Parameter(description = "Only the document with exactly this url.", example = "https://www.reuters.com/world/europe/geneva-talks-2021-12-30/")
            @QueryParam("url") String url,
            @Parameter(description = "Only documents in this language (BCP 47 tag as stored).", example = "en")
            @QueryParam("language") String language,
            @BeanParam PageRequest page) {
        var filter = new DocumentService.Filter(q, QueryParams.uuid("publisherId", publisherId), url, language);
        return documents.list(filter, page.page(), page.size());
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ServiceApi.READ_ONLY, value = "true")
    @Operation(operationId = "lookupDocuments", summary = "Fetch many documents by id in one call",
            description = "Returns the documents with the given ids (at most 500; more is a 400), without archived text, "
                    + "in request order, and the ids that do not exist. A read: no service token needed.")
    @APIResponse(responseCode = "200", description = "The documents found and the missing ids.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentLookup.class),
                    examples = @ExampleObject(name = "oneMissing", value = Examples.DOCUMENT_LOOKUP)))
    public DocumentLookup lookup(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LookupRequest.class),
                    examples = @ExampleObject(name = "twoIds", value = Examples.LOOKUP)))
            @Valid @NotNull LookupRequest request) {
        return documents.lookup(request.ids());
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "batchCreateDocuments", summary = "Create many documents, idempotently",
            description = "Writes up to 1,000 documents in one transaction, idempotent by url: a url that exists is "
                    + "UNCHANGED (not modified), a new one CREATED, an invalid one (or one with an unknown publisher) "
                    + "FAILED with errors while the others are still written. A body that is not an array of objects, or "
                    + "has more than 1,000 items, is a 400.")
    @APIResponse(responseCode = "200", description = "One result per item, in input order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "created", value = Examples.DOCUMENT_BATCH_RESULT)))
    public BatchResult batch(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentInput.class, maxItems = BatchItems.MAX_ITEMS),
                    examples = @ExampleObject(name = "oneArticle", value = Examples.DOCUMENT_BATCH)))
            List<JsonNode> items,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        return documents.batch(batchItems.parse(items, DocumentInput.class), Actor.of(actor));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Read a document",
            description = "Returns one document, with its archived text, and its ETag.")
    @APIResponse(responseCode = "200", description = "The document.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response get(@Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id) {
        Document document = documents.get(id);
        return Versions.ok(DocumentView.of(document, documents.textOrNull(id)), document.version);
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getDocumentText", summary = "Read a document's archived text",
            description = "Returns the current archived text as plain UTF-8 text; 404 when the document has none. "
                    + "Earlier texts: GET /documents/{id}/versions/{number}.")
    @APIResponse(responseCode = "200", description = "The archived text.",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "text", value = "Russia has deployed up to 100,000 soldiers on Ukraine's borders, Kiev says.")))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public String text(@Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id) {
        return documents.text(id);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listDocumentTextVersions", summary = "List the versions of a document's archived text",
            description = "Every text the document has had, oldest first, without the texts: number, contentSha256, "
                    + "textLength, when, who and why. The last is current. Empty when the document has no text.")
    @APIResponse(responseCode = "200", description = "The text versions, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TextVersions.Page.class),
                    examples = @ExampleObject(name = "edited", value = Examples.TEXT_VERSIONS)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public TextVersions.Page versions(@Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id) {
        return documents.versions(id);
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getDocumentTextVersion", summary = "Read one version of a document's archived text",
            description = "One text version with its text, so a quote stays checkable against the exact text it was "
                    + "taken from. 400 when number is not a positive integer, 404 when the document has no such version.")
    @APIResponse(responseCode = "200", description = "The text version with its text.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TextVersions.View.class),
                    examples = @ExampleObject(name = "first", value = Examples.TEXT_VERSION)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public TextVersions.View version(
            @Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id,
            @Parameter(description = "Version number, 1 for the first text.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @PathParam("number") String number) {
        // unlike the query parameter, the path segment cannot be absent: blank is a bad number, not "current"
        Integer n = versionNumber("number", number);
        if (n == null) {
            throw Problems.badField("number", "must be an integer from 1 to " + Integer.MAX_VALUE);
        }
        return TextVersions.View.of(documents.version(id, n), true);
    }

    /** A text version number from the URL: absent = null (the current one), otherwise 1 or more (400 if not). */
    private static Integer versionNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return QueryParams.intIn(name, value, 1, Integer.MAX_VALUE, 1);
    }

    @POST
    @Path("/{id}/quote-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ServiceApi.READ_ONLY, value = "true")
    @Operation(operationId = "checkQuote", summary = "Check that a quote occurs in the archived text",
            description = "Answers whether and where (UTF-16 offsets, end exclusive) the quote occurs in the archived text, "
                    + "tolerant of whitespace, typographic quotes, dashes, accent encoding (NFC/NFD) and invisible characters only. prefix and suffix choose among repeated "
                    + "occurrences. When not found, closest is the most similar passage. Checks the current text unless "
                    + "version names an earlier one; the answer names the version checked and its SHA-256. 404 for an "
                    + "unknown document or version, 409 when the document has no archived text. A read: no service "
                    + "token needed.")
    @APIResponse(responseCode = "200", description = "Found, with offsets; or not found, with the closest passage.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteCheck.class),
                    examples = {@ExampleObject(name = "found", value = Examples.QUOTE_FOUND),
                            @ExampleObject(name = "notFound", value = Examples.QUOTE_NOT_FOUND)}))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public QuoteCheck checkQuote(
            @Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id,
            @Parameter(description = VERSION_PARAM, example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("version") String version,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteSelector.class),
                    examples = @ExampleObject(name = "quote", value = Examples.QUOTE)))
            @Valid @NotNull QuoteSelector selector) {
        return documents.checkQuote(id, versionNumber("version", version), selector);
    }

    @POST
    @Path("/{id}/quotes/locate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ServiceApi.READ_ONLY, value = "true")
    @Operation(operationId = "locateQuotes", summary = "Locate many quotes in the archived text",
            description = "For each quote (at most " + QuoteLocate.MAX_QUOTES + ", each with a key unique in the request), "
                    + "whether and where (UTF-16 offsets into the archived text as served, end exclusive) it occurs, found "
                    + "exactly as the quote check finds it: tolerant of whitespace, typographic quotes, dashes, accent encoding (NFC/NFD) and invisible characters only; "
                    + "prefix and suffix choose among repeats. Answers in request order, with the text version the offsets "
                    + "point into (the current one unless version names another) and its SHA-256. 404 for an unknown "
                    + "document or version, 409 when the document has no archived text. A read: no service token needed.")
    @APIResponse(responseCode = "200", description = "One answer per quote, in request order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteLocate.Result.class),
                    examples = @ExampleObject(name = "located", value = Examples.QUOTE_LOCATED)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public QuoteLocate.Result locateQuotes(
            @Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id,
            @Parameter(description = VERSION_PARAM, example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("version") String version,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteLocate.Request.class),
                    examples = @ExampleObject(name = "threeQuotes", value = Examples.QUOTE_LOCATE)))
            @Valid @NotNull QuoteLocate.Request request) {
        return documents.locateQuotes(id, versionNumber("version", version), request.quotes());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "updateDocument", summary = "Replace a document",
            description = "Replaces the document's fields; an absent archivedText keeps the current text. A different "
                    + "text adds a text version (who: X-Claimtrack-Actor, why: reason) and the earlier ones stay readable; "
                    + "metadata alone adds none. Requires If-Match with the ETag read (428 without, 412 when stale).")
    @APIResponse(responseCode = "200", description = "The updated document.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the new version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class),
                    examples = @ExampleObject(name = "document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response update(
            @Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentInput.class),
                    examples = @ExampleObject(name = "article", value = Examples.DOCUMENT_INPUT)))
            @Valid @NotNull DocumentInput input,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        Document document = documents.update(id, ifMatch.required(), input, Actor.of(actor));
        return Versions.ok(DocumentView.of(document, documents.textOrNull(id)), document.version);
    }

    @DELETE
    @Path("/{id}")
    @ServiceWrite
    @Operation(operationId = "deleteDocument", summary = "Delete a document",
            description = "Deletes the document and every version of its archived text. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public void delete(
            @Parameter(description = "Document id.", example = Examples.ID) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        documents.delete(id, ifMatch.required());
    }
}
