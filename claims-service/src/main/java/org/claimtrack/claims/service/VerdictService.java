package org.claimtrack.claims.service;

import org.claimtrack.contract.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.api.VerdictInput;
import org.claimtrack.claims.api.Withdrawal;
import org.claimtrack.contract.Problems;

/** Verdicts are append-only (a withdrawal only adds when one stopped counting); each one locks its claim, bumps its version and recomputes its status. */
@ApplicationScoped
public class VerdictService {

    private final EntityManager em;
    private final ClaimService claims;
    private final StatusKeeper status;
    private final History history;
    private final InputCheck check;
    private final PositionChanges changes;

    public VerdictService(EntityManager em, ClaimService claims, StatusKeeper status, History history, InputCheck check,
            PositionChanges changes) {
        this.em = em;
        this.changes = changes;
        this.claims = claims;
        this.status = status;
        this.history = history;
        this.check = check;
    }

    @Transactional
    public Written<Verdict> add(UUID claimId, VerdictInput raw, String actor) {
        Claim claim = claims.lock(claimId);
        VerdictInput input = check.require(raw.normalized());
        Instant now = Timestamps.now();
        Verdict verdict = insert(claim, input, now, actor);
        status.recompute(claim, now, actor);
        return new Written<>(verdict, claim);
    }

    /** Persists a valid verdict on a locked claim and records it; the caller recomputes the status. */
    Verdict insert(Claim claim, VerdictInput input, Instant now, String actor) {
        Verdict v = new Verdict();
        v.id = UUID.randomUUID();
        v.claimId = claim.id;
        v.rating = input.rating();
        v.explanation = input.explanation();
        v.reviewer = input.reviewer();
        v.createdAt = now;
        v.publishedAt = input.publishedAt() == null ? now : input.publishedAt();
        v.url = input.url();
        v.organization = input.organization();
        v.seq = 1 + ((Number) em.createQuery("select coalesce(max(v.seq), 0) from Verdict v where v.claimId = :id")
                .setParameter("id", claim.id).getSingleResult()).intValue();
        em.persist(v);
        claim.touch(now);
        Map<String, Object> d = describe(v);
        d.put("explanation", v.explanation);
        d.put("publishedAt", v.publishedAt.toString());
        if (v.url != null) {
            d.put("url", v.url);
        }
        if (v.organization != null) {
            d.put("organization", v.organization);
        }
        history.record(claim.id, now, actor, History.VERDICT_ADDED, d);
        return v;
    }

    /**
     * Withdraws a verdict from a time, with a reason ({@link PositionChanges}): it counts before that time only; the
     * latest standing verdict, if any, counts after it.
     */
    public Written<Verdict> withdraw(UUID claimId, UUID verdictId, Withdrawal input, String ifMatch, String actor) {
        return changes.end(PositionChanges.WITHDRAWAL, claimId, input, ifMatch, actor, () -> get(claimId, verdictId),
                VerdictService::describe);
    }

    /** What names a verdict in the history. */
    static Map<String, Object> describe(Verdict v) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("verdictId", v.id.toString());
        d.put("rating", v.rating.name());
        d.put("reviewer", v.reviewer);
        return d;
    }

    public Verdict get(UUID id) {
        return em.find(Verdict.class, id);
    }

    public Verdict get(UUID claimId, UUID verdictId) {
        claims.get(claimId);
        Verdict verdict = em.find(Verdict.class, verdictId);
        if (verdict == null || !verdict.claimId.equals(claimId)) {
            throw Problems.notFound("Verdict", verdictId);
        }
        return verdict;
    }

    /** Latest first. */
    public List<Verdict> ofClaim(UUID claimId) {
        claims.get(claimId);
        return em.createQuery("from Verdict v where v.claimId = :id order by v.publishedAt desc, v.seq desc", Verdict.class)
                .setParameter("id", claimId).getResultList();
    }
}
