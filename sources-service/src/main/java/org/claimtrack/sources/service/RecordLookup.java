package org.claimtrack.sources.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.sources.domain.Document;
import org.claimtrack.sources.domain.Source;
import org.claimtrack.sources.api.DocumentView;
import org.claimtrack.sources.api.Lists.Records;
import org.claimtrack.sources.api.SourceView;

/** Documents and every source needed to show them beside the sources asked for: two queries, one answer. */
@ApplicationScoped
public class RecordLookup {

    public Records of(List<UUID> sourceIds, List<UUID> documentIds) {
        Lookup<Document> documents = Lookup.of(documentIds, wanted -> Document.<Document>list("id in ?1", wanted), d -> d);
        List<UUID> wanted = new ArrayList<>(sourceIds);
        documents.found().stream().map(d -> d.publisherId).filter(Objects::nonNull).forEach(wanted::add);
        Lookup<SourceView> sources = Lookup.of(wanted, ids -> Source.<Source>list("id in ?1", ids), PartyTree::view);
        Set<UUID> asked = new HashSet<>(sourceIds);
        return new Records(sources.found(), documents.found().stream().map(DocumentView::of).toList(),
                sources.missing().stream().filter(asked::contains).toList(), documents.missing());
    }
}
