package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.DocumentDetail;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceStance;
import org.jboss.resteasy.reactive.RestResponse;

/** A document with its publisher and the stances quoting it (in parallel); degraded without the claims-service. */
@ApplicationScoped
public class DocumentDetailService {

    @Inject
    SourcesReads sources;

    @Inject
    ClaimsReads claims;

    public record Tagged(DocumentDetail detail, String etag) {
    }

    public Uni<Tagged> detail(String id, int page, int size) {
        Uni<Page<SourceStance>> stances = claims.stancesByDocument(id, page, size)
                .onFailure(ServiceUnavailable.class).recoverWithNull();
        return Uni.combine().all().unis(sources.document(id), stances).asTuple().flatMap(t -> {
            Document document = t.getItem1().getEntity();
            Uni<Source> publisher = document.publisherId() == null ? Uni.createFrom().nullItem()
                    : sources.source(document.publisherId()).map(RestResponse::getEntity)
                            .onFailure(Problems::isNotFound).recoverWithNull();
            return publisher.map(p -> new Tagged(new DocumentDetail(document, p, t.getItem2(),
                    t.getItem2() == null ? List.of(Downstream.CLAIMS) : List.of()), t.getItem1().getHeaderString("ETag")));
        });
    }
}
