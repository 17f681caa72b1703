package org.claimtrack.gateway.client;

import java.util.List;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Source;

/** Answer of the sources-service's {@code POST /records/lookup}: the documents, and the sources asked for with the documents' publishers. */
public record RecordLookup(List<Source> sources, List<Document> documents) {
    public List<Source> sources() {
        return sources == null ? List.of() : sources;
    }

    public List<Document> documents() {
        return documents == null ? List.of() : documents;
    }

    /** Request body: at most {@link SourcesReads#LOOKUP_MAX} ids of each kind. */
    public record Request(List<String> sourceIds, List<String> documentIds) {
    }
}
