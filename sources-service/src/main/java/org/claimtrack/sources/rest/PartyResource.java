package org.claimtrack.sources.rest;

import static org.claimtrack.contract.ServiceApi.BAD_REQUEST;
import static org.claimtrack.contract.ServiceApi.CONFLICT;
import static org.claimtrack.contract.ServiceApi.NOT_FOUND;
import static org.claimtrack.contract.ServiceApi.UNPROCESSABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.claimtrack.contract.IfMatch;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Versions;
import org.claimtrack.sources.api.PartyInput;
import org.claimtrack.sources.api.PartyInput.MergeRequest;
import org.claimtrack.sources.api.PartyView;
import org.claimtrack.sources.api.PartyView.SourceIds;
import org.claimtrack.sources.domain.Party;
import org.claimtrack.sources.service.PartyService;
import org.claimtrack.sources.service.PartyTree;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties", description = "Whose side sources speak for; independence is decided on the root party.")
public class PartyResource {

    private final PartyService parties;

    public PartyResource(PartyService parties) {
        this.parties = parties;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "createParty", summary = "Create a party",
            description = "Creates a party. Its name and each alias, folded for case, diacritics and whitespace, must not "
                    + "name another party (409 with existingId); parentId must exist (422).")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at the new party.",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new party", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the version in quotes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.class),
                    examples = @ExampleObject(name = "created", value = Examples.PARTY)))
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartyInput.class),
                    examples = @ExampleObject(name = "russia", value = Examples.PARTY_INPUT)))
            @Valid @NotNull PartyInput input,
            @Context UriInfo uriInfo) {
        Party party = parties.create(input);
        return Versions.created(uriInfo, party.id, parties.view(party), party.version);
    }

    @GET
    @Operation(operationId = "listParties", summary = "List parties",
            description = "Pages through parties matching all given filters, sorted by folded name, then id.")
    @APIResponse(responseCode = "200", description = "One page of parties.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.Page.class),
                    examples = @ExampleObject(name = "page", value = Examples.PARTY_PAGE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public PartyView.Page list(
            @Parameter(description = "Name or an alias contains this text (case, diacritics folded).", example = "kremlin")
            @QueryParam("q") String q,
            @Parameter(description = "Only this country (ISO 3166-1 alpha-2).", example = "RU")
            @QueryParam("country") String country,
            @Parameter(description = "Only the direct sub-parties of this party.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("parentId") String parentId,
            @BeanParam PageRequest page) {
        var filter = new PartyService.Filter(q, country == null || country.isBlank() ? null : country.strip(),
                QueryParams.uuid("parentId", parentId));
        return parties.list(filter, page.page(), page.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getParty", summary = "Read a party", description = "Returns one party with its ETag.")
    @APIResponse(responseCode = "200", description = "The party.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.class),
                    examples = @ExampleObject(name = "party", value = Examples.PARTY)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response get(@Parameter(description = "Party id.", example = Examples.ID) @PathParam("id") UUID id) {
        Party party = parties.get(id);
        return Versions.ok(parties.view(party), party.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "updateParty", summary = "Replace a party",
            description = "Replaces every field of the party, aliases included. Requires If-Match (428 without, 412 when "
                    + "stale). A parent that is the party itself or one of its sub-parties is a 422. A change of parent "
                    + "changes the root party of every source listed by GET /parties/{id}/sources.")
    @APIResponse(responseCode = "200", description = "The updated party.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong ETag: the new version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.class),
                    examples = @ExampleObject(name = "party", value = Examples.PARTY)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response update(
            @Parameter(description = "Party id.", example = Examples.ID) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartyInput.class),
                    examples = @ExampleObject(name = "russia", value = Examples.PARTY_INPUT)))
            @Valid @NotNull PartyInput input) {
        Party party = parties.update(id, ifMatch.required(), input);
        return Versions.ok(parties.view(party), party.version);
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @ServiceWrite
    @Operation(operationId = "mergeParty", summary = "Merge a party into another",
            description = "Party {id} is absorbed by `into`: its name and aliases become aliases of `into`, its sources and "
                    + "sub-parties move there, and it is deleted (later reads of it are 404). The moved sources and "
                    + "sub-parties get a new version. 422 when `into` does not exist, is the party itself or one of its "
                    + "sub-parties. The sources whose root party changed are among GET /parties/{into}/sources.")
    @APIResponse(responseCode = "200", description = "The party merged into, with its new aliases.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong ETag of the party merged into", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.class),
                    examples = @ExampleObject(name = "merged", value = Examples.PARTY)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response merge(
            @Parameter(description = "Id of the party to merge away.", example = Examples.ID) @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MergeRequest.class),
                    examples = @ExampleObject(name = "into", value = Examples.MERGE)))
            @Valid @NotNull MergeRequest request) {
        Party party = parties.merge(id, request.into());
        return Versions.ok(parties.view(party), party.version);
    }

    @GET
    @Path("/{id}/sources")
    @Operation(operationId = "listPartySources", summary = "Ids of the sources whose root party goes through this party",
            description = "The sources of this party and of its sub-parties, and all their members (memberOf, "
                    + "transitively), sorted by id: the sources whose root party changes when this party is merged or "
                    + "re-parented (the gateway refreshes their snapshots in the claims-service).")
    @APIResponse(responseCode = "200", description = "The source ids.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceIds.class),
                    examples = @ExampleObject(name = "two", value = Examples.SOURCE_IDS)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public SourceIds sources(@Parameter(description = "Party id.", example = Examples.ID) @PathParam("id") UUID id) {
        parties.get(id);
        return new SourceIds(PartyTree.dependents(List.of(id), List.of()));
    }
}
