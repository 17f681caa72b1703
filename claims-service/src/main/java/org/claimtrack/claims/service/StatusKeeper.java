package org.claimtrack.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.api.StatusReport;
import org.claimtrack.claims.api.VerdictView;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.ClaimParty;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.domain.StoredStatusReport;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.status.Party;
import org.claimtrack.claims.status.StanceType;
import org.claimtrack.claims.status.StatusEngine;
import org.claimtrack.claims.status.StatusOutcome;

/**
 * Keeps the status stored on claim rows true. Callers hold the claim's row lock (PESSIMISTIC_WRITE)
 * and call {@link #recompute} in the transaction of the stance or verdict change, so the status is
 * always computed from every stance and verdict on record, even when two writes race. The full report behind it
 * (evidence, explanation, the verdict that counts) is stored beside it in the same transaction ({@link #stored}), so
 * reads of the current status do not run the rules.
 */
@ApplicationScoped
public class StatusKeeper {

    private final EntityManager em;
    private final History history;
    private final ObjectMapper json;
    private final ObjectReader reports;

    public StatusKeeper(EntityManager em, History history, ObjectMapper json) {
        this.em = em;
        this.history = history;
        this.json = json;
        this.reports = json.readerFor(StatusReport.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The claim's current status report as stored with its status; null when none is stored yet (a claim nothing was
     * recorded on, or one stored before reports were kept and not yet recomputed): the caller evaluates it then.
     */
    public StatusReport stored(UUID claimId) {
        // the text alone, not a managed entity: nothing for the read's transaction to track or check at its end
        String report = em.createQuery("select r.report from StoredStatusReport r where r.claimId = :id", String.class)
                .setParameter("id", claimId).getResultStream().findFirst().orElse(null);
        if (report == null) {
            return null;
        }
        try {
            return reports.readValue(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored status report of claim " + claimId + " is not readable", e);
        }
    }

    /** Recomputes one claim from all its stances and verdicts; true when its status changed. */
    public boolean recompute(Claim claim, Instant now, String actor) {
        return recomputeAll(List.of(claim), now, actor) == 1;
    }

    /** Recomputes several (locked) claims with two queries in all; returns how many changed status. */
    public int recomputeAll(Collection<Claim> claims, Instant now, String actor) {
        int changed = 0;
        for (Recomputation r : evaluate(claims)) {
            if (r.store(now, actor)) {
                changed++;
            }
        }
        return changed;
    }

    /** What every (locked) claim's stored status, credibility, counts and parties would become; nothing is stored yet. */
    public List<Recomputation> evaluate(Collection<Claim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = claims.stream().map(c -> c.id).toList();
        Map<UUID, List<Stance>> stances = group(em.createQuery(
                "from Stance s where s.claimId in :ids order by s.statedAt, s.id", Stance.class)
                .setParameter("ids", ids).getResultList(), s -> s.claimId);
        Map<UUID, List<Verdict>> verdicts = group(em.createQuery(
                "from Verdict v where v.claimId in :ids order by v.seq", Verdict.class)
                .setParameter("ids", ids).getResultList(), v -> v.claimId);
        List<Recomputation> result = new ArrayList<>();
        for (Claim claim : claims) {
            result.add(evaluate(claim, stances.getOrDefault(claim.id, List.of()), verdicts.getOrDefault(claim.id, List.of())));
        }
        return result;
    }

    /** The status as of an instant: stances stated and verdicts published at or before it, as recorded today. */
    public StatusOutcome asOf(UUID claimId, Instant asOf) {
        return StatusEngine.evaluate(
                em.createQuery("from Stance s where s.claimId = :id and s.statedAt <= :asOf order by s.statedAt, s.id",
                        Stance.class).setParameter("id", claimId).setParameter("asOf", asOf)
                        .getResultStream().map(Stance::asTimed).toList(),
                em.createQuery("from Verdict v where v.claimId = :id and v.publishedAt <= :asOf order by v.seq",
                        Verdict.class).setParameter("id", claimId).setParameter("asOf", asOf)
                        .getResultStream().map(Verdict::asRecord).toList(),
                asOf);
    }

    /** The full report (evidence, explanation) behind the stored status, from the current record. */
    public StatusOutcome current(UUID claimId) {
        return current(em.createQuery("from Stance s where s.claimId = :id order by s.statedAt, s.id", Stance.class)
                        .setParameter("id", claimId).getResultList(),
                em.createQuery("from Verdict v where v.claimId = :id", Verdict.class)
                        .setParameter("id", claimId).getResultList());
    }

    /**
     * The same report from a claim's stances and verdicts already read (in any order), on the whole record: every
     * retraction and withdrawal counts, whatever its time (both are refused in the future beyond the clock skew).
     */
    public StatusOutcome current(List<Stance> stances, List<Verdict> verdicts) {
        return StatusEngine.evaluate(stances.stream().map(Stance::asTimed).toList(),
                verdicts.stream().sorted(Comparator.comparingInt(v -> v.seq)).map(Verdict::asRecord).toList(), null);
    }

    private Recomputation evaluate(Claim claim, List<Stance> stances, List<Verdict> verdicts) {
        StatusOutcome outcome = current(stances, verdicts);
        Map<StanceType, Integer> counts = new HashMap<>();
        stances.forEach(s -> counts.merge(s.stance, 1, Integer::sum));
        List<ClaimParty> parties = new ArrayList<>();
        outcome.asserting().forEach(p -> parties.add(party(ClaimParty.ASSERTS, p)));
        outcome.denying().forEach(p -> parties.add(party(ClaimParty.DENIES, p)));
        return new Recomputation(claim, outcome, counts, parties, verdicts);
    }

    /** A claim's recomputed status, credibility, stance counts and parties, not yet stored on the claim row. */
    public final class Recomputation {
        public final Claim claim;
        private final StatusOutcome outcome;
        private final Map<StanceType, Integer> counts;
        private final List<ClaimParty> parties;
        private final List<Verdict> verdicts;

        private Recomputation(Claim claim, StatusOutcome outcome, Map<StanceType, Integer> counts, List<ClaimParty> parties,
                List<Verdict> verdicts) {
            this.claim = claim;
            this.outcome = outcome;
            this.counts = counts;
            this.parties = parties;
            this.verdicts = verdicts;
        }

        /**
         * Stores the report behind the result (what GET /claims/{id}/status and /record answer), nothing else: for a
         * change that moves no status, credibility, count or party but may change the report's words (a source renamed).
         */
        public void storeReport() {
            VerdictView latest = outcome.verdict() == null ? null : verdicts.stream()
                    .filter(v -> v.id.equals(outcome.verdict().id())).findFirst().map(VerdictView::of).orElse(null);
            String report;
            try {
                report = json.writeValueAsString(StatusReport.of(claim.id, outcome, latest, null));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The status report of claim " + claim.id + " cannot be written", e);
            }
            StoredStatusReport row = em.find(StoredStatusReport.class, claim.id);
            if (row == null) {
                row = new StoredStatusReport();
                row.claimId = claim.id;
                row.report = report;
                em.persist(row);
            } else if (!row.report.equals(report)) {
                row.report = report;
            }
        }

        /** True when storing would change what the claim shows: status, credibility, stance counts or parties. */
        public boolean changesClaim() {
            return claim.status != outcome.status() || claim.credibility != outcome.credibility()
                    || claim.assertsCount != count(StanceType.ASSERTS) || claim.deniesCount != count(StanceType.DENIES)
                    || claim.questionsCount != count(StanceType.QUESTIONS) || claim.reportsCount != count(StanceType.REPORTS)
                    || !samePartyList(claim.parties, parties);
        }

        /**
         * Writes the result onto the claim row (history entry when status or credibility changes) and stores its report;
         * true when the status changed.
         */
        public boolean store(Instant now, String actor) {
            storeReport();
            claim.assertsCount = count(StanceType.ASSERTS);
            claim.deniesCount = count(StanceType.DENIES);
            claim.questionsCount = count(StanceType.QUESTIONS);
            claim.reportsCount = count(StanceType.REPORTS);
            if (!samePartyList(claim.parties, parties)) {
                claim.parties.clear();
                claim.parties.addAll(parties);
            }
            if (claim.status != outcome.status() || claim.credibility != outcome.credibility()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("from", claim.status.name());
                details.put("to", outcome.status().name());
                details.put("credibilityFrom", claim.credibility);
                details.put("credibilityTo", outcome.credibility());
                details.put("rulesVersion", outcome.rulesVersion());
                history.record(claim.id, now, actor, History.STATUS_CHANGED, details);
            }
            boolean statusChanged = claim.status != outcome.status();
            claim.status = outcome.status();
            claim.credibility = outcome.credibility();
            claim.rulesVersion = outcome.rulesVersion();
            return statusChanged;
        }

        private int count(StanceType type) {
            return counts.getOrDefault(type, 0);
        }
    }

    private static ClaimParty party(String side, Party p) {
        return new ClaimParty(side, truncate(p.party()), truncate(StatusEngine.foldAffiliation(p.party())));
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static boolean samePartyList(List<ClaimParty> a, List<ClaimParty> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).side.equals(b.get(i).side) || !a.get(i).party.equals(b.get(i).party)) {
                return false;
            }
        }
        return true;
    }

    private static <T> Map<UUID, List<T>> group(List<T> rows, java.util.function.Function<T, UUID> key) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return grouped;
    }
}
