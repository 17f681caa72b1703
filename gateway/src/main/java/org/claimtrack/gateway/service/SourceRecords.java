package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Source;

/**
 * Current sources-service records for a set of stances: their documents, their sources and the documents'
 * publishers, in one batched call (one per 500 ids).
 */
@ApplicationScoped
public class SourceRecords {

    @Inject
    SourcesReads sources;

    public record Records(Map<String, Source> sources, Map<String, Document> documents) {
        public Source source(String id) {
            return id == null ? null : sources.get(id);
        }

        public Document document(String id) {
            return id == null ? null : documents.get(id);
        }
    }

    public Uni<Records> of(Collection<String> sourceIds, Collection<String> documentIds) {
        return sources.records(distinct(sourceIds), distinct(documentIds)).map(found -> new Records(
                found.sources().stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a)),
                found.documents().stream().collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a))));
    }

    private static Set<String> distinct(Collection<String> ids) {
        return ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
