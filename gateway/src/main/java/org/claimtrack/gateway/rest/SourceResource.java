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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Reliability;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceInput;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.model.SourceProfile;
import org.claimtrack.gateway.model.SourceUpdate;
import org.claimtrack.gateway.service.SourceProfileService;
import org.claimtrack.gateway.service.SourceWriteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Who speaks: people, governments, outlets, organisations, groups; their track records.")
public class SourceResource {

    @Inject
    SourcesReads sources;

    @Inject
    SourcesWrites writes;

    @Inject
    SourceProfileService profiles;

    @Inject
    SourceWriteService sourceWrites;

    @Inject
    UriInfo uri;

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "A page of sources, by name (case-insensitive). Works while the claims-service is down.")
    @APIResponse(responseCode = "200", description = "A page of sources")
    public Uni<Page<Source>> list(
            @Parameter(description = "Words in the name", example = "Zakharova") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Kind", schema = @Schema(implementation = SourceKind.class))
            @QueryParam("kind") @Pattern(regexp = Params.KIND, message = Params.KIND_MESSAGE) String kind,
            @Parameter(description = "The source's own party, by name or alias; empty for sources with none", example = "Russia")
            @QueryParam("affiliation") @Size(max = 100) String affiliation,
            @Parameter(description = "The source's own party, by id", example = Examples.PARTY_ID)
            @QueryParam("partyId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) String partyId,
            @Parameter(description = "Admiralty grade", schema = @Schema(implementation = Reliability.class))
            @QueryParam("reliability") @Pattern(regexp = Params.RELIABILITY, message = Params.RELIABILITY_MESSAGE) String reliability,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        MultivaluedMap<String, String> query = Params.query("q", q, "kind", kind, "affiliation", affiliation, "partyId", partyId,
                "reliability", reliability, "page", page.page(), "size", page.size());
        if ("".equals(QueryParams.emptyWhenPresent(uri, "affiliation", affiliation))) {
            query.add("affiliation", ""); // sources with no party of their own
        }
        return sources.sources(query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSourceProfile", summary = "Read a source's profile",
            description = "The source's record, its memberOf chain, its track record (its ASSERTS/DENIES/… stances counted "
                    + "by the current status of the claims) and a page of its stances with the claims' texts. Without the "
                    + "claims-service the profile answers with `degraded: [\"claims\"]` and no track record or stances.")
    @APIResponse(responseCode = "200", description = "The profile",
            headers = @Header(name = "ETag", description = "The source's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No source with this id")
    public Uni<RestResponse<SourceProfile>> profile(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.MINISTRY_ID) String id,
            @BeanParam PageRequest page,
            @Parameter(description = "Where the page of stances starts: the `next` of `stances` in the answer before (keyset); "
                    + "not with page > 0", example = Page.STANCE_NEXT_EXAMPLE)
            @QueryParam("cursor") String cursor) {
        return profiles.profile(id, page.page(), page.size(), cursor).map(p -> Etags.ok(p.profile(), p.etag()));
    }

    @POST
    @Operation(operationId = "createSource", summary = "Create a source",
            description = "A name already on record (case-insensitive) answers 409 with `existingId`; an unknown "
                    + "`memberOfId` or `partyId` answers 422. The affiliation resolves to a party by name or alias; a name "
                    + "close to a known party but not one of its names (a typo?) answers 409 with `candidates` "
                    + "(`[{id, name, matchedAlias}]`): send `partyId`, or `newParty: true` to create it.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Source.class)),
            headers = {@Header(name = "Location", description = "The new source", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The source's version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "A source with this name exists (`existingId`), or the affiliation is "
            + "close to known parties (`candidates`)")
    @APIResponse(responseCode = "422", description = "memberOfId or partyId does not exist, or affiliation does not name partyId")
    public Uni<RestResponse<Source>> create(@NotNull @Valid SourceInput source) {
        return writes.createSource(source).map(created -> Etags.created(uri.getBaseUriBuilder().path("api/sources").path(created.getEntity().id()).build(),
                created.getEntity(), created.getHeaderString("ETag")));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateSource", summary = "Replace a source",
            description = "Saves the source, then has the claims-service refresh its copies (name, kind, affiliation, "
                    + "root party, reliability) so claim statuses are recomputed; when the root party changed, its members' "
                    + "copies too. The affiliation resolves as on create. `snapshotRefresh.state` says whether that happened "
                    + "(DONE), was not needed (NOT_NEEDED) or is owed and being retried (PENDING). Requires `If-Match`.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No source with this id")
    @APIResponse(responseCode = "409", description = "Another source has this name (`existingId`), or the affiliation is "
            + "close to known parties (`candidates`)")
    @APIResponse(responseCode = "412", description = "The source changed since it was read")
    @APIResponse(responseCode = "422", description = "memberOfId does not exist or would make a cycle")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SourceUpdate>> update(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.MINISTRY_ID) String id, @NotNull @Valid SourceInput source,
            @Parameter(description = "The version read, as its ETag", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return sourceWrites.update(id, source, ifMatch).map(u -> Etags.ok(u.update(), u.etag()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSource", summary = "Delete a source",
            description = "Refused (409) while stances cite it, with how many and which claims; also refused while "
                    + "documents name it as publisher or sources as memberOf. Requires `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No source with this id")
    @APIResponse(responseCode = "409", description = "Still cited (`stanceCount`, `claimIds`) or referenced")
    @APIResponse(responseCode = "412", description = "The source changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Void>> delete(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.MINISTRY_ID) String id,
            @Parameter(description = "The version read, as its ETag", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return sourceWrites.deleteSource(id, ifMatch).map(nothing -> RestResponse.noContent());
    }
}
