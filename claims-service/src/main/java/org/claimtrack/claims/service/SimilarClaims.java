package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.search.SearchIndex;
import org.claimtrack.claims.search.SearchService;

/** "This claim may already exist": the search index's similar claims (method in docs/search.md), loaded. */
@ApplicationScoped
public class SimilarClaims {

    public record Match(Claim claim, double score) {
    }

    private final SearchService search;
    private final ClaimQueries queries;

    public SimilarClaims(SearchService search, ClaimQueries queries) {
        this.search = search;
        this.queries = queries;
    }

    public List<Match> similarTo(String text, int limit) {
        List<SearchIndex.Similar> found = search.index().similar(text, limit);
        Map<UUID, Double> scores = new HashMap<>();
        found.forEach(s -> scores.put(s.id(), s.score()));
        // only the claims shown are loaded
        return queries.load(found.stream().map(SearchIndex.Similar::id).toList()).stream()
                .map(claim -> new Match(claim, scores.get(claim.id))).toList();
    }
}
