package org.claimtrack.gateway.client;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Collection;
import java.util.List;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.History;
import org.claimtrack.gateway.model.Notes;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.SimilarClaims;
import org.claimtrack.gateway.model.SourceStance;
import org.claimtrack.gateway.model.StatusReport;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Reads from the claims-service. Reads are safe to repeat, so they are retried; problems (4xx) are answers,
 * not failures: they are neither retried nor counted by the circuit breaker. Settings: application.properties.
 */
@ApplicationScoped
@DownstreamCall(Downstream.CLAIMS)
@Timeout
@Retry(abortOn = DownstreamProblem.class)
@CircuitBreaker(skipOn = DownstreamProblem.class)
public class ClaimsReads {

    public static final String RECENT_SIMILAR = "recent-similar-claims";

    @RestClient
    ClaimsApi api;

    public Uni<Page<Claim>> list(MultivaluedMap<String, String> filters) {
        return api.list(filters);
    }

    public Uni<ClaimCounts> counts(MultivaluedMap<String, String> filters) {
        return api.counts(filters);
    }

    public Uni<SimilarClaims> similar(String text, Integer limit) {
        return api.similar(text, limit);
    }

    /**
     * Similar claims as a dossier shows them: a text search over every claim, by far the costliest read of a dossier,
     * so an answer is reused for the same text for a short while (cache {@value #RECENT_SIMILAR}, settings in
     * application.properties). They are a hint to look at, not part of the record; failures are not kept.
     */
    @CacheResult(cacheName = RECENT_SIMILAR)
    public Uni<SimilarClaims> recentSimilar(String text, int limit) {
        return api.similar(text, limit);
    }

    public Uni<RestResponse<Claim>> claim(String id) {
        return api.get(id);
    }

    public Uni<StatusReport> status(String id, String asOf) {
        return api.status(id, asOf);
    }

    /** The claim, its status report, stances and verdicts in one call; the ETag is the claim's. */
    public Uni<RestResponse<ClaimRecord>> record(String claimId) {
        return api.record(claimId, null);
    }

    /** The record with its status as of an instant (null = now). */
    public Uni<RestResponse<ClaimRecord>> record(String claimId, String asOf) {
        return api.record(claimId, asOf);
    }

    public Uni<History> history(String claimId) {
        return api.history(claimId);
    }

    /** The claim's internal notes (never part of its record). */
    public Uni<Notes> notes(String claimId) {
        return api.notes(claimId);
    }

    /** A page of the source's stances: page number {@code page}, or the page after {@code cursor} (null: by number). */
    public Uni<Page<SourceStance>> stancesBySource(String sourceId, int page, int size, String cursor) {
        return api.stancesBy(sourceId, null, page, size, cursor);
    }

    public Uni<Page<SourceStance>> stancesByDocument(String documentId, int page, int size, String cursor) {
        return api.stancesBy(null, documentId, page, size, cursor);
    }

    public Uni<List<SourceStanceCounts>> stanceCounts(String sourceId) {
        return api.stanceCounts(sourceId).map(Items::items);
    }

    public Uni<List<Reference>> references(Collection<String> sourceIds, Collection<String> documentIds) {
        return api.references(csv(sourceIds), csv(documentIds)).map(Items::items);
    }

    private static String csv(Collection<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }
}
