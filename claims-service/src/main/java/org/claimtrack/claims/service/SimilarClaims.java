package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;

/**
 * "This claim may already exist": lexical similarity on the indexed claim_token table (method in
 * docs/claims-service.md). Query tokens are weighted by IDF; candidates are the claims sharing the
 * rarest query tokens; the score is an IDF-weighted Jaccard between query and candidate tokens.
 */
@ApplicationScoped
public class SimilarClaims {

    /** Query tokens considered (the rarest ones carry the signal). */
    static final int MAX_QUERY_TOKENS = 24;
    /** Tokens used to find candidates; each must be in at most this many claims unless nothing rarer exists. */
    static final int CANDIDATE_TOKENS = 6;
    static final int MAX_POSTINGS = 5_000;
    /** Candidates scored exactly. */
    static final int MAX_CANDIDATES = 200;

    public record Match(Claim claim, double score) {
    }

    private final EntityManager em;
    private final ClaimQueries queries;

    public SimilarClaims(EntityManager em, ClaimQueries queries) {
        this.em = em;
        this.queries = queries;
    }

    public List<Match> similarTo(String text, int limit) {
        List<String> query = Tokens.split(text).stream().distinct().filter(t -> !Tokens.isStopword(t))
                .limit(MAX_QUERY_TOKENS).toList();
        if (query.isEmpty()) {
            return List.of();
        }
        long claims = ((Number) em.createNativeQuery("select count(*) from claim").getSingleResult()).longValue();
        Map<String, Long> df = documentFrequencies(query);
        Map<String, Double> idf = new HashMap<>();
        query.forEach(t -> idf.put(t, Math.log(1.0 + (double) claims / Math.max(1L, df.getOrDefault(t, 0L)))));

        // candidates: claims sharing the rarest present query tokens, ranked by the IDF they share
        List<String> rare = query.stream().filter(t -> df.getOrDefault(t, 0L) > 0)
                .sorted(Comparator.comparing((String t) -> df.get(t)).thenComparing(t -> t))
                .limit(CANDIDATE_TOKENS).toList();
        if (rare.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> postings = em.createNativeQuery("select t.claim_id, t.token from claim_token t where t.token in (:tokens)")
                .setParameter("tokens", rare).setMaxResults(MAX_POSTINGS).getResultList();
        Map<UUID, Double> shared = new HashMap<>();
        postings.forEach(p -> shared.merge(ClaimQueries.uuid(p[0]), idf.get((String) p[1]), Double::sum));
        List<UUID> candidates = shared.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()))
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();

        // exact score: every query token each candidate shares, against its own token count
        @SuppressWarnings("unchecked")
        List<Object[]> overlaps = em.createNativeQuery("select t.claim_id, t.token from claim_token t"
                + " where t.claim_id in (:ids) and t.token in (:tokens)")
                .setParameter("ids", candidates).setParameter("tokens", query).getResultList();
        Map<UUID, List<String>> common = new HashMap<>();
        overlaps.forEach(o -> common.computeIfAbsent(ClaimQueries.uuid(o[0]), k -> new ArrayList<>()).add((String) o[1]));
        double queryWeight = query.stream().mapToDouble(idf::get).sum();
        double meanWeight = queryWeight / query.size();
        List<Match> matches = new ArrayList<>();
        for (Claim claim : queries.load(candidates)) {
            List<String> both = common.getOrDefault(claim.id, List.of());
            double sharedWeight = both.stream().mapToDouble(idf::get).sum();
            double candidateOnly = Math.max(0, claim.tokenCount - both.size()) * meanWeight;
            double score = sharedWeight / (queryWeight + candidateOnly);
            matches.add(new Match(claim, Math.round(score * 1000) / 1000.0));
        }
        return matches.stream()
                .sorted(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.claim().id.toString()))
                .filter(m -> m.score() > 0)
                .limit(limit).toList();
    }

    /**
     * Claims per token, each counted only up to MAX_POSTINGS: a token in more claims than that carries too little
     * signal to tell them apart, and counting every claim of a common word cost most of a query's time.
     */
    private Map<String, Long> documentFrequencies(List<String> tokens) {
        Map<String, Long> df = new HashMap<>();
        for (String token : tokens) {
            long claims = queries.claimsWithToken(token, MAX_POSTINGS + 1L);
            if (claims > 0) {
                df.put(token, claims);
            }
        }
        return df;
    }
}
