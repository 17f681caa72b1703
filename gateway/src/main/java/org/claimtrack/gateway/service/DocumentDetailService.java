package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.QuoteLocate;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.DocumentDetail;
import org.claimtrack.gateway.model.DocumentDetail.Passage;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Selector;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceStance;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A document with its publisher and the stances quoting it (in parallel), then where they quote it, located by the
 * sources-service; degraded without the claims-service, or without the passages when they cannot be located.
 */
@ApplicationScoped
public class DocumentDetailService {

    @Inject
    SourcesReads sources;

    @Inject
    ClaimsReads claims;

    public record Tagged(DocumentDetail detail, String etag) {
    }

    public Uni<Tagged> detail(String id, int page, int size, String cursor) {
        Uni<Page<SourceStance>> stances = claims.stancesByDocument(id, page, size, cursor)
                .onFailure(ServiceUnavailable.class).recoverWithNull();
        return Uni.combine().all().unis(sources.document(id), stances).asTuple().flatMap(t -> {
            Document document = t.getItem1().getEntity();
            Uni<Source> publisher = document.publisherId() == null ? Uni.createFrom().nullItem()
                    : sources.source(document.publisherId()).map(RestResponse::getEntity)
                            .onFailure(Problems::isNotFound).recoverWithNull();
            return Uni.combine().all().unis(publisher, passages(document, t.getItem2())).with((p, passages) -> new Tagged(
                    new DocumentDetail(document, p, t.getItem2(), passages, degraded(t.getItem2(), passages),
                            onSupersededText(document, t.getItem2(), passages)),
                    t.getItem1().getHeaderString("ETag")));
        });
    }

    /** Where the stances quote the text; null when that is unknown. */
    private Uni<List<Passage>> passages(Document document, Page<SourceStance> stances) {
        if (stances == null) {
            return Uni.createFrom().nullItem();
        }
        List<QuoteLocate.Quote> quotes = stances.items().stream().map(DocumentDetailService::quote).filter(Objects::nonNull).toList();
        if (document.archivedText() == null || quotes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sources.locateQuotes(document.id(), new QuoteLocate.Request(quotes))
                // offsets into a text changed since it was read would mark the wrong words
                .map(found -> !found.contentSha256().equals(document.contentSha256()) ? null : found.items().stream()
                        .filter(QuoteLocate.Item::found).map(i -> new Passage(i.key(), i.start(), i.end())).toList())
                .onFailure(ServiceUnavailable.class).recoverWithNull();
    }

    /**
     * Stances not found in the current text that quoted an earlier version (stances recorded before versions were
     * kept quoted version 1): the text was edited under them. Empty when the passages are unknown.
     */
    static List<String> onSupersededText(Document document, Page<SourceStance> stances, List<Passage> passages) {
        if (stances == null || passages == null || document.textVersion() == null) {
            return List.of();
        }
        Set<String> located = passages.stream().map(Passage::stanceId).collect(Collectors.toSet());
        return stances.items().stream()
                .filter(s -> !located.contains(s.id()) && quote(s) != null)
                .filter(s -> (s.documentVersion() == null ? 1 : s.documentVersion()) < document.textVersion())
                .map(SourceStance::id).toList();
    }

    private static List<Downstream> degraded(Page<SourceStance> stances, List<Passage> passages) {
        return stances == null ? List.of(Downstream.CLAIMS) : passages == null ? List.of(Downstream.SOURCES) : List.of();
    }

    private static QuoteLocate.Quote quote(SourceStance stance) {
        return locatable(stance.id(), stance.selector(), stance.quote());
    }

    /** The selector, or the bare quote of a stance recorded without one; null when there are no words to find. */
    static QuoteLocate.Quote locatable(String stanceId, Selector selector, String quote) {
        Selector s = selector != null ? selector : new Selector(quote, null, null);
        return s.exact() == null || s.exact().isBlank() ? null : new QuoteLocate.Quote(stanceId, s.exact(), s.prefix(), s.suffix());
    }
}
