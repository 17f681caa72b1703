package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.DocumentInput;
import org.claimtrack.gateway.model.Downstream;
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

    public Uni<RestResponse<Source>> createSource(SourceInput source, String actor) {
        return api.createSource(source, actor);
    }

    public Uni<RestResponse<Source>> updateSource(String id, SourceInput source, String ifMatch, String actor) {
        return api.updateSource(id, source, ifMatch, actor);
    }

    public Uni<Void> deleteSource(String id, String ifMatch, String actor) {
        return api.deleteSource(id, ifMatch, actor);
    }

    public Uni<RestResponse<Document>> createDocument(DocumentInput document, String actor) {
        return api.createDocument(document, actor);
    }

    public Uni<RestResponse<Document>> updateDocument(String id, DocumentInput document, String ifMatch, String actor) {
        return api.updateDocument(id, document, ifMatch, actor);
    }

    public Uni<Void> deleteDocument(String id, String ifMatch, String actor) {
        return api.deleteDocument(id, ifMatch, actor);
    }
}
