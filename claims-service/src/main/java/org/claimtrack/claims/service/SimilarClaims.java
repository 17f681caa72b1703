package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.claimtrack.claims.domain.Claim;

/**
 * "This claim may already exist": lexical similarity on the indexed claim_token table (method in
 * docs/claims-service.md). Query tokens are weighted by IDF; candidates are the claims sharing the
 * rarest query tokens; the score is an IDF-weighted Jaccard between query and candidate tokens.
 * Reads stay bounded however large the corpus: at most MAX_POSTINGS postings, MAX_CANDIDATES candidates scored, and only
 * the claims returned are loaded.
 */
@ApplicationScoped
public class SimilarClaims {

    /** Query tokens considered (the rarest ones carry the signal). */
    static final int MAX_QUERY_TOKENS = 24;
    /** Tokens used to find candidates at most. */
    static final int CANDIDATE_TOKENS = 6;
    /** Postings read to find candidates at most. */
    static final int MAX_POSTINGS = 5_000;
    /** Candidates scored exactly. */
    static final int MAX_CANDIDATES = 200;

    /** Tokens in at least this many claims are common: their counts are reused for a while. */
    static final long COMMON = 1_000;
    static final Duration COMMON_KEPT = Duration.ofMinutes(1);

    public record Match(Claim claim, double score) {
    }

    private final EntityManager em;
    private final ClaimQueries queries;
    /** At most one entry per common token: a corpus's postings divided by COMMON bounds it. */
    private final Map<String, Counted> commonTokens = new ConcurrentHashMap<>();

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

        // candidates: the claims holding the rarest query tokens, rarest first while their postings fit in
        // MAX_POSTINGS (the rarest is always used): a token in more claims than that tells too few of them apart
        List<String> rare = candidateTokens(query, df);
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
        List<Object[]> overlaps = em.createNativeQuery("select t.claim_id, t.token, c.token_count from claim_token t"
                + " join claim c on c.id = t.claim_id where t.claim_id in (:ids) and t.token in (:tokens)")
                .setParameter("ids", candidates).setParameter("tokens", query).getResultList();
        Map<UUID, Double> sharedWeight = new HashMap<>();
        Map<UUID, Integer> sharedTokens = new HashMap<>();
        Map<UUID, Integer> tokenCounts = new HashMap<>();
        for (Object[] o : overlaps) {
            UUID id = ClaimQueries.uuid(o[0]);
            sharedWeight.merge(id, idf.get((String) o[1]), Double::sum);
            sharedTokens.merge(id, 1, Integer::sum);
            tokenCounts.put(id, ((Number) o[2]).intValue());
        }
        double queryWeight = query.stream().mapToDouble(idf::get).sum();
        double meanWeight = queryWeight / query.size();
        Map<UUID, Double> scores = new HashMap<>();
        sharedWeight.forEach((id, weight) -> {
            double candidateOnly = Math.max(0, tokenCounts.get(id) - sharedTokens.get(id)) * meanWeight;
            scores.put(id, Math.round(weight / (queryWeight + candidateOnly) * 1000) / 1000.0);
        });
        List<UUID> best = scores.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()))
                .limit(limit).map(Map.Entry::getKey).toList();
        // only the claims shown are loaded
        return queries.load(best).stream().map(claim -> new Match(claim, scores.get(claim.id))).toList();
    }

    static List<String> candidateTokens(List<String> query, Map<String, Long> df) {
        List<String> rarestFirst = query.stream().filter(t -> df.getOrDefault(t, 0L) > 0)
                .sorted(Comparator.comparing((String t) -> df.get(t)).thenComparing(t -> t)).toList();
        List<String> chosen = new ArrayList<>();
        long postings = 0;
        for (String token : rarestFirst) {
            postings += df.get(token);
            if (!chosen.isEmpty() && (postings > MAX_POSTINGS || chosen.size() == CANDIDATE_TOKENS)) {
                break;
            }
            chosen.add(token);
        }
        return chosen;
    }

    /**
     * Claims per token, each counted only up to MAX_POSTINGS: a token in more claims than that carries too little
     * signal to tell them apart, and counting every claim of a common word cost most of a query's time. Counts of
     * common tokens (at least COMMON) are reused for COMMON_KEPT: they were the slowest to count, and a minute's
     * writes barely move them; rarer counts are always read, so a claim just written is found at once.
     */
    private Map<String, Long> documentFrequencies(List<String> tokens) {
        Map<String, Long> df = new HashMap<>();
        long now = System.nanoTime();
        for (String token : tokens) {
            Counted kept = commonTokens.get(token);
            long claims;
            if (kept != null && now - kept.at() < COMMON_KEPT.toNanos()) {
                claims = kept.claims();
            } else {
                claims = queries.claimsWithToken(token, MAX_POSTINGS + 1L);
                if (claims >= COMMON) {
                    commonTokens.put(token, new Counted(claims, now));
                } else {
                    commonTokens.remove(token);
                }
            }
            if (claims > 0) {
                df.put(token, claims);
            }
        }
        return df;
    }

    private record Counted(long claims, long at) {
    }
}
