package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Party;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.TextVersion;
import org.claimtrack.gateway.model.TextVersions;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads from the sources-service (retried; problems are answers, see {@link ClaimsReads}). */
@ApplicationScoped
@DownstreamCall(Downstream.SOURCES)
@Timeout
@Retry(abortOn = DownstreamProblem.class)
@CircuitBreaker(skipOn = DownstreamProblem.class)
public class SourcesReads {

    /** The sources-service answers at most this many ids per look-up. */
    public static final int LOOKUP_MAX = 500;

    @RestClient
    SourcesApi api;

    public Uni<Page<Source>> sources(MultivaluedMap<String, String> filters) {
        return api.sources(filters);
    }

    public Uni<RestResponse<Source>> source(String id) {
        return api.source(id);
    }

    public Uni<List<String>> sourceMembers(String id) {
        return api.sourceMembers(id).map(SourcesApi.SourceIds::sourceIds);
    }

    public Uni<Page<Party>> parties(MultivaluedMap<String, String> filters) {
        return api.parties(filters);
    }

    public Uni<RestResponse<Party>> party(String id) {
        return api.party(id);
    }

    public Uni<List<String>> partySources(String id) {
        return api.partySources(id).map(SourcesApi.SourceIds::sourceIds);
    }

    /** One call per {@value #LOOKUP_MAX} ids (in parallel); no call at all for none. */
    public Uni<List<Source>> lookupSources(Collection<String> ids) {
        return inBatches(ids, batch -> api.lookupSources(new Lookup.Request(batch)).map(Lookup::items));
    }

    /** How each source's root party was decided: one call per {@value #LOOKUP_MAX} ids (in parallel); none for none. */
    public Uni<List<SourcePartyChain>> partyChains(Collection<String> sourceIds) {
        return inBatches(sourceIds, batch -> api.partyChains(new Lookup.Request(batch)).map(Lookup::items));
    }

    public Uni<Page<Document>> documents(MultivaluedMap<String, String> filters) {
        return api.documents(filters);
    }

    public Uni<RestResponse<Document>> document(String id) {
        return api.document(id);
    }

    /**
     * Documents with every source needed to show them (the ones asked for and the documents' publishers): one call
     * per {@value #LOOKUP_MAX} ids of each kind (in parallel); no call at all for none.
     */
    public Uni<RecordLookup> records(Collection<String> sourceIds, Collection<String> documentIds) {
        List<String> sources = List.copyOf(sourceIds);
        List<String> documents = List.copyOf(documentIds);
        List<Uni<RecordLookup>> calls = new ArrayList<>();
        for (int from = 0; from < Math.max(sources.size(), documents.size()); from += LOOKUP_MAX) {
            calls.add(api.records(new RecordLookup.Request(slice(sources, from), slice(documents, from))));
        }
        if (calls.isEmpty()) {
            return Uni.createFrom().item(new RecordLookup(List.of(), List.of()));
        }
        return Uni.join().all(calls).andFailFast().map(parts -> new RecordLookup(
                parts.stream().flatMap(p -> p.sources().stream()).toList(),
                parts.stream().flatMap(p -> p.documents().stream()).toList()));
    }

    private static List<String> slice(List<String> ids, int from) {
        return ids.subList(Math.min(from, ids.size()), Math.min(ids.size(), from + LOOKUP_MAX));
    }

    public Uni<QuoteCheck> quoteCheck(String documentId, QuoteCheck.Request quote) {
        return api.quoteCheck(documentId, quote);
    }

    public Uni<QuoteLocate> locateQuotes(String documentId, QuoteLocate.Request quotes) {
        return api.locateQuotes(documentId, quotes);
    }

    public Uni<TextVersions> textVersions(String documentId) {
        return api.textVersions(documentId);
    }

    public Uni<TextVersion> textVersion(String documentId, String number) {
        return api.textVersion(documentId, number);
    }

    private static <T> Uni<List<T>> inBatches(Collection<String> ids, Function<List<String>, Uni<List<T>>> lookup) {
        List<String> all = List.copyOf(ids);
        if (all.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<List<T>>> calls = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LOOKUP_MAX) {
            calls.add(lookup.apply(all.subList(from, Math.min(all.size(), from + LOOKUP_MAX))));
        }
        return Uni.join().all(calls).andFailFast()
                .map(parts -> parts.stream().flatMap(List::stream).toList());
    }
}
