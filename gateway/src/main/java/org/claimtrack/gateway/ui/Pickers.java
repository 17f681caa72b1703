package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Source;

/** The choices offered by the forms' source and document pickers (one sources-service call each). */
@ApplicationScoped
public class Pickers {

    static final int CHOICES = 100;

    @Inject
    SourcesReads sources;

    /** Sources whose name matches the search, the already chosen one always among them. */
    public Uni<List<Source>> sources(String search, String selected) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        String q = ClaimFilters.blankToNull(search);
        if (q != null) {
            query.putSingle("q", q);
        }
        query.putSingle("size", Integer.toString(CHOICES));
        return sources.sources(query).flatMap(page -> {
            List<Source> found = page.items();
            if (!Forms.isId(selected) || found.stream().anyMatch(s -> s.id().equals(selected))) {
                return Uni.createFrom().item(found);
            }
            return sources.lookupSources(List.of(selected)).map(chosen -> {
                List<Source> all = new ArrayList<>(chosen);
                all.addAll(found);
                return all;
            });
        });
    }

    /** The most recent documents, the newest first, the already chosen one (e.g. from "Quote it") always among them. */
    public Uni<List<Document>> documents(String selected) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.putSingle("size", Integer.toString(CHOICES));
        return sources.documents(query).flatMap(page -> {
            List<Document> found = page.items();
            if (!Forms.isId(selected) || found.stream().anyMatch(d -> d.id().equals(selected))) {
                return Uni.createFrom().item(found);
            }
            return sources.document(selected).map(chosen -> {
                List<Document> all = new ArrayList<>(List.of(chosen.getEntity()));
                all.addAll(found);
                return all;
            });
        });
    }
}
