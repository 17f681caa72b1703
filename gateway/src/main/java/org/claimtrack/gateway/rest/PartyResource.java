package org.claimtrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Party;
import org.claimtrack.gateway.model.PartyChange;
import org.claimtrack.gateway.model.PartyInput;
import org.claimtrack.gateway.service.PartyWriteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parties", description = "Whose side sources speak for. Two stances are independent when their sources' root "
        + "parties differ (aliases, parent parties and memberOf resolved).")
public class PartyResource {

    @Inject
    SourcesReads reads;

    @Inject
    SourcesWrites writes;

    @Inject
    PartyWriteService partyWrites;

    @Inject
    UriInfo uri;

    @GET
    @Operation(operationId = "listParties", summary = "List parties",
            description = "A page of parties, by folded name. `q` matches the name or an alias, ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of parties")
    public Uni<Page<Party>> list(
            @Parameter(description = "Text in the name or an alias", example = "kremlin") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "RU") @QueryParam("country")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in upper case") String country,
            @Parameter(description = "Only the direct sub-parties of this party", example = Examples.PARTY_ID)
            @QueryParam("parentId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) String parentId,
            @BeanParam PageRequest page) {
        return reads.parties(Params.query("q", q, "country", country, "parentId", parentId, "page", page.page(), "size", page.size()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getParty", summary = "Read a party", description = "The party with its aliases.")
    @APIResponse(responseCode = "200", description = "The party",
            headers = @Header(name = "ETag", description = "The party's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No party with this id")
    public Uni<RestResponse<Party>> get(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.PARTY_ID) String id) {
        return reads.party(id).map(Etags::ok);
    }

    @POST
    @Operation(operationId = "createParty", summary = "Create a party",
            description = "A name or alias that already names a party (case, diacritics and whitespace folded) answers 409 "
                    + "with `existingId`; an unknown `parentId` answers 422.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Party.class)),
            headers = {@Header(name = "Location", description = "The new party", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The party's version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The name or an alias already names a party (`existingId`)")
    @APIResponse(responseCode = "422", description = "parentId does not exist")
    public Uni<RestResponse<Party>> create(@NotNull @Valid PartyInput party) {
        return writes.createParty(party).map(created -> Etags.created(
                uri.getBaseUriBuilder().path("api/parties").path(created.getEntity().id()).build(),
                created.getEntity(), created.getHeaderString("ETag")));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateParty", summary = "Replace a party",
            description = "Replaces name, aliases, country, external id and parent. When the name or parent changes, every "
                    + "source under the party gets its snapshot refreshed in the claims-service, so the statuses of the "
                    + "claims they are cited on are recomputed (`snapshotRefresh`). Requires `If-Match`.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No party with this id")
    @APIResponse(responseCode = "409", description = "The name or an alias already names another party (`existingId`)")
    @APIResponse(responseCode = "412", description = "The party changed since it was read")
    @APIResponse(responseCode = "422", description = "parentId does not exist, or is the party itself or one of its sub-parties")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<PartyChange>> update(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.PARTY_ID) String id, @NotNull @Valid PartyInput party,
            @Parameter(description = "The version read, as its ETag", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return partyWrites.update(id, party, ifMatch).map(u -> Etags.ok(u.change(), u.etag()));
    }

    @POST
    @Path("/{id}/merge")
    @Operation(operationId = "mergeParty", summary = "Merge a party into another",
            description = "Party `{id}` is absorbed by `into`: its name and aliases become aliases of `into`, its sources "
                    + "and sub-parties move there, and it is deleted. Every source under `into` then has its snapshot "
                    + "refreshed, so a claim asserted by both parties is recomputed (e.g. CORROBORATED becomes "
                    + "SINGLE_PARTY) and its history names the merge.")
    @APIResponse(responseCode = "200", description = "The party merged into, and the refresh of the claims-service",
            headers = @Header(name = "ETag", description = "The version of the party merged into", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No party with this id")
    @APIResponse(responseCode = "422", description = "`into` does not exist, is the party itself or one of its sub-parties")
    public Uni<RestResponse<PartyChange>> merge(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.PARTY_ID) String id, @NotNull @Valid PartyInput.Merge merge) {
        return partyWrites.merge(id, merge.into()).map(m -> Etags.ok(m.change(), m.etag()));
    }
}
