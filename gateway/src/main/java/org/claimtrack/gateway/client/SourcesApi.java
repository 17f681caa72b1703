package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.claimtrack.gateway.model.ArchiveRequest;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.DocumentInput;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Party;
import org.claimtrack.gateway.model.PartyInput;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceInput;
import org.claimtrack.gateway.model.TextVersion;
import org.claimtrack.gateway.model.TextVersions;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The sources-service's HTTP API (docs/INTERNAL-API.md). Use it through {@link SourcesReads} and {@link SourcesWrites}. */
@RegisterRestClient(configKey = "sources")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterProvider(ServiceTokenFilter.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SourcesApi {

    String IF_MATCH = "If-Match";

    @GET
    @Path("/sources")
    Uni<Page<Source>> sources(@RestQuery MultivaluedMap<String, String> filters);

    @GET
    @Path("/sources/{id}")
    Uni<RestResponse<Source>> source(@RestPath String id);

    @POST
    @Path("/sources/lookup")
    Uni<Lookup<Source>> lookupSources(Lookup.Request ids);

    @POST
    @Path("/sources/party-chains")
    Uni<Lookup<SourcePartyChain>> partyChains(Lookup.Request ids);

    @GET
    @Path("/sources/{id}/members")
    Uni<SourceIds> sourceMembers(@RestPath String id);

    @GET
    @Path("/parties")
    Uni<Page<Party>> parties(@RestQuery MultivaluedMap<String, String> filters);

    @GET
    @Path("/parties/{id}")
    Uni<RestResponse<Party>> party(@RestPath String id);

    @GET
    @Path("/parties/{id}/sources")
    Uni<SourceIds> partySources(@RestPath String id);

    @POST
    @Path("/parties")
    Uni<RestResponse<Party>> createParty(PartyInput party);

    @PUT
    @Path("/parties/{id}")
    Uni<RestResponse<Party>> updateParty(@RestPath String id, PartyInput party, @HeaderParam(IF_MATCH) String ifMatch);

    @POST
    @Path("/parties/{id}/merge")
    Uni<RestResponse<Party>> mergeParty(@RestPath String id, PartyInput.Merge merge);

    @GET
    @Path("/documents")
    Uni<Page<Document>> documents(@RestQuery MultivaluedMap<String, String> filters);

    @GET
    @Path("/documents/{id}")
    Uni<RestResponse<Document>> document(@RestPath String id);

    @POST
    @Path("/records/lookup")
    Uni<RecordLookup> records(RecordLookup.Request ids);

    @POST
    @Path("/documents/{id}/quote-check")
    Uni<QuoteCheck> quoteCheck(@RestPath String id, QuoteCheck.Request quote);

    @POST
    @Path("/documents/{id}/quotes/locate")
    Uni<QuoteLocate> locateQuotes(@RestPath String id, QuoteLocate.Request quotes);

    @GET
    @Path("/documents/{id}/versions")
    Uni<TextVersions> textVersions(@RestPath String id);

    @GET
    @Path("/documents/{id}/versions/{number}")
    Uni<TextVersion> textVersion(@RestPath String id, @RestPath String number);

    @POST
    @Path("/sources")
    Uni<RestResponse<Source>> createSource(SourceInput source);

    @PUT
    @Path("/sources/{id}")
    Uni<RestResponse<Source>> updateSource(@RestPath String id, SourceInput source, @HeaderParam(IF_MATCH) String ifMatch);

    @DELETE
    @Path("/sources/{id}")
    Uni<Void> deleteSource(@RestPath String id, @HeaderParam(IF_MATCH) String ifMatch);

    @POST
    @Path("/documents")
    Uni<RestResponse<Document>> createDocument(DocumentInput document);

    @POST
    @Path("/documents/archive")
    Uni<RestResponse<Document>> archiveDocument(ArchiveRequest page);

    @PUT
    @Path("/documents/{id}")
    Uni<RestResponse<Document>> updateDocument(@RestPath String id, DocumentInput document,
            @HeaderParam(IF_MATCH) String ifMatch);

    @DELETE
    @Path("/documents/{id}")
    Uni<Void> deleteDocument(@RestPath String id, @HeaderParam(IF_MATCH) String ifMatch);

    /** Ids of sources whose root party may have changed (GET /parties/{id}/sources, /sources/{id}/members). */
    record SourceIds(java.util.List<String> sourceIds) {
    }
}
