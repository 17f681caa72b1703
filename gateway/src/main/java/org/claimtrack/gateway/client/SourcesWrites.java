package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimtrack.gateway.model.ArchiveRequest;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.DocumentInput;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Party;
import org.claimtrack.gateway.model.PartyInput;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceInput;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** Writes to the sources-service: never retried (see {@link ClaimsWrites}). */
@ApplicationScoped
@DownstreamCall(Downstream.SOURCES)
@Timeout
@CircuitBreaker(skipOn = DownstreamProblem.class)
public class SourcesWrites {

    @RestClient
    SourcesApi api;

    public Uni<RestResponse<Source>> createSource(SourceInput source) {
        return api.createSource(source);
    }

    public Uni<RestResponse<Source>> updateSource(String id, SourceInput source, String ifMatch) {
        return api.updateSource(id, source, ifMatch);
    }

    public Uni<Void> deleteSource(String id, String ifMatch) {
        return api.deleteSource(id, ifMatch);
    }

    public Uni<RestResponse<Party>> createParty(PartyInput party) {
        return api.createParty(party);
    }

    public Uni<RestResponse<Party>> updateParty(String id, PartyInput party, String ifMatch) {
        return api.updateParty(id, party, ifMatch);
    }

    public Uni<RestResponse<Party>> mergeParty(String id, String into) {
        return api.mergeParty(id, new PartyInput.Merge(into));
    }

    public Uni<RestResponse<Document>> createDocument(DocumentInput document) {
        return api.createDocument(document);
    }

    /**
     * The sources-service fetches the page before it answers, within its own limit (15 s by default): this call waits
     * longer than the other writes (its own timeout in application.properties, and the REST client's read timeout).
     */
    @Timeout(20_000)
    public Uni<RestResponse<Document>> archiveDocument(ArchiveRequest page) {
        return api.archiveDocument(page);
    }

    public Uni<RestResponse<Document>> updateDocument(String id, DocumentInput document, String ifMatch) {
        return api.updateDocument(id, document, ifMatch);
    }

    public Uni<Void> deleteDocument(String id, String ifMatch) {
        return api.deleteDocument(id, ifMatch);
    }
}
