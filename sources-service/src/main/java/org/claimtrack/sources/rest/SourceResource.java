package org.claimtrack.sources.rest;

import org.claimtrack.sources.api.SourceView;
import org.claimtrack.sources.api.SourceInput;
import org.claimtrack.sources.api.SourceBatchItem;
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
import org.claimtrack.sources.domain.Reliability;
import org.claimtrack.sources.domain.Source;
import org.claimtrack.sources.domain.SourceKind;
import org.claimtrack.sources.api.Lists.LookupRequest;
import org.claimtrack.sources.api.Lists.PartyChains;
import org.claimtrack.sources.api.Lists.SourceLookup;
import org.claimtrack.sources.api.Lists.SourcePage;
import org.claimtrack.contract.IfMatch;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.contract.ProblemDocument;
import org.claimtrack.contract.ServiceApi;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Versions;
import org.claimtrack.contract.BatchItems;
import org.claimtrack.sources.service.BatchResult;
import org.claimtrack.sources.service.SourceService;
import org.claimtrack.sources.service.PartyTree;
import org.claimtrack.sources.api.PartyView.SourceIds;
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

@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Who speaks: people, governments, outlets, organisations and groups.")
public class SourceResource {

    private final SourceService sources;
    private final BatchItems batchItems;

    public SourceResource(SourceService sources, BatchItems batchItems) {
        this.sources = sources;
        this.batchItems = batchItems;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "createSource", summary = "Create a source",
            description = "Creates a source. The name must be unique case-insensitively (409 with existingId otherwise); "
                    + "memberOfId must name an existing source (422). The affiliation resolves to a party by name or alias "
                    + "(case, diacritics folded); a new name creates the party, but a name only close to known ones (a "
                    + "typo?) is a 409 whose `candidates` list them [{id, name, matchedAlias}]: send partyId, or newParty "
                    + "true. partyId must exist (422).")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at the new source.",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new source", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the version in quotes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "created", value = Examples.SOURCE)))
    @APIResponse(responseCode = "409", description = "The name is taken (existingId), or the affiliation is close to "
            + "existing parties (candidates).", content = @Content(mediaType = ServiceApi.PROBLEM,
            schema = @Schema(implementation = ProblemDocument.class),
            examples = @ExampleObject(name = "closeToAParty", value = Examples.PARTY_CANDIDATES)))
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceInput.class),
                    examples = @ExampleObject(name = "spokeswoman", value = Examples.SOURCE_INPUT)))
            @Valid @NotNull SourceInput input,
            @Context UriInfo uriInfo) {
        Source source = sources.create(input);
        return Versions.created(uriInfo, source.id, PartyTree.view(source), source.version);
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Pages through sources matching all given filters, sorted by name (case-insensitive), then id.")
    @APIResponse(responseCode = "200", description = "One page of sources.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.SOURCE_PAGE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public SourcePage list(
            @Parameter(description = "Name contains this text, case-insensitively.", example = "zakharova")
            @QueryParam("q") String q,
            @Parameter(description = "Only this kind.", schema = @Schema(implementation = SourceKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only sources whose own party has this name or alias (case, diacritics folded); "
                    + "empty selects sources with no party of their own.", example = "Russia")
            @QueryParam("affiliation") String affiliation,
            @Parameter(description = "Only sources whose own party is this one.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("partyId") String partyId,
            @Parameter(description = "Only this reliability grade.", schema = @Schema(implementation = Reliability.class))
            @QueryParam("reliability") String reliability,
            @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        var filter = new SourceService.Filter(q, QueryParams.enumValue("kind", kind, SourceKind.class),
                QueryParams.emptyWhenPresent(uriInfo, "affiliation", affiliation),
                QueryParams.uuid("partyId", partyId), QueryParams.enumValue("reliability", reliability, Reliability.class));
        return sources.list(filter, page.page(), page.size());
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ServiceApi.READ_ONLY, value = "true")
    @Operation(operationId = "lookupSources", summary = "Fetch many sources by id in one call",
            description = "Returns the sources with the given ids (at most 500; more is a 400) in request order, and the ids "
                    + "that do not exist. A read: no service token needed.")
    @APIResponse(responseCode = "200", description = "The sources found and the missing ids.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceLookup.class),
                    examples = @ExampleObject(name = "oneMissing", value = Examples.SOURCE_LOOKUP)))
    public SourceLookup lookup(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LookupRequest.class),
                    examples = @ExampleObject(name = "twoIds", value = Examples.LOOKUP)))
            @Valid @NotNull LookupRequest request) {
        return sources.lookup(request.ids());
    }

    @POST
    @Path("/party-chains")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ServiceApi.READ_ONLY, value = "true")
    @Operation(operationId = "lookupPartyChains", summary = "How each source's root party was decided, for many sources",
            description = "For each source (at most 500 ids; more is a 400): the chain from the source up its memberOf "
                    + "sources to the highest one with a party, that party, and its parent parties up to the root party "
                    + "(docs/STATUS-RULES.md). Computed by the same code that decides the root party in every source "
                    + "answer. A read: no service token needed.")
    @APIResponse(responseCode = "200", description = "The chains, in request order, and the ids that do not exist.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyChains.class),
                    examples = @ExampleObject(name = "viaMemberOf", value = Examples.PARTY_CHAINS)))
    public PartyChains partyChains(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LookupRequest.class),
                    examples = @ExampleObject(name = "twoIds", value = Examples.LOOKUP)))
            @Valid @NotNull LookupRequest request) {
        return sources.partyChains(request.ids());
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "batchCreateSources", summary = "Create many sources, idempotently",
            description = "Writes up to 1,000 sources in one transaction, idempotent by name (case-insensitive): a name "
                    + "that exists is UNCHANGED (not modified), a new one CREATED, an invalid one FAILED with errors while "
                    + "the others are still written. memberOfName may replace memberOfId and may name another item of the "
                    + "batch. A body that is not an array of objects, or has more than 1,000 items, is a 400.")
    @APIResponse(responseCode = "200", description = "One result per item, in input order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "mixed", value = Examples.BATCH_RESULT)))
    public BatchResult batch(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SourceBatchItem.class, maxItems = BatchItems.MAX_ITEMS),
                    examples = @ExampleObject(name = "ministryAndSpokeswoman", value = Examples.SOURCE_BATCH)))
            List<JsonNode> items) {
        return sources.batch(batchItems.parse(items, SourceBatchItem.class));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Read a source", description = "Returns one source with its ETag.")
    @APIResponse(responseCode = "200", description = "The source.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "source", value = Examples.SOURCE)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response get(@Parameter(description = "Source id.", example = Examples.ID) @PathParam("id") UUID id) {
        Source source = sources.get(id);
        return Versions.ok(PartyTree.view(source), source.version);
    }

    @GET
    @Path("/{id}/members")
    @Operation(operationId = "listSourceMembers", summary = "Ids of the source and of its members, transitively",
            description = "The source and every source that is a member of it (memberOf), directly or through others, "
                    + "sorted by id: the sources whose root party changes with this source's party or memberOf.")
    @APIResponse(responseCode = "200", description = "The source ids.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceIds.class),
                    examples = @ExampleObject(name = "two", value = Examples.SOURCE_IDS)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public SourceIds members(@Parameter(description = "Source id.", example = Examples.ID) @PathParam("id") UUID id) {
        sources.get(id);
        return new SourceIds(PartyTree.dependents(List.of(), List.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "updateSource", summary = "Replace a source",
            description = "Replaces every field of the source. Requires If-Match with the ETag read (428 without, 412 when "
                    + "stale). A replacement that changes nothing keeps the version. The affiliation resolves as on create "
                    + "(409 with candidates for a typo). A change of party or memberOf changes the root party of the "
                    + "source and of every source listed by GET /sources/{id}/members.")
    @APIResponse(responseCode = "200", description = "The updated source.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the new version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "source", value = Examples.SOURCE)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The name is taken (existingId), or the affiliation is close to "
            + "existing parties (candidates).", content = @Content(mediaType = ServiceApi.PROBLEM,
            schema = @Schema(implementation = ProblemDocument.class),
            examples = @ExampleObject(name = "closeToAParty", value = Examples.PARTY_CANDIDATES)))
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response update(
            @Parameter(description = "Source id.", example = Examples.ID) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceInput.class),
                    examples = @ExampleObject(name = "spokeswoman", value = Examples.SOURCE_INPUT)))
            @Valid @NotNull SourceInput input) {
        Source source = sources.update(id, ifMatch.required(), input);
        return Versions.ok(PartyTree.view(source), source.version);
    }

    @DELETE
    @Path("/{id}")
    @ServiceWrite
    @Operation(operationId = "deleteSource", summary = "Delete a source",
            description = "Deletes the source. Requires If-Match. 409 naming the referencing records while a document "
                    + "(publisher) or another source (memberOf) still refers to it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public void delete(
            @Parameter(description = "Source id.", example = Examples.ID) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        sources.delete(id, ifMatch.required());
    }
}
