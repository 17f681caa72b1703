package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.api.VerdictInput;
import org.claimtrack.claims.api.Withdrawal;

/** Verdicts are append-only (a withdrawal only adds when one stopped counting); each one locks its claim, bumps its version and recomputes its status. */
@ApplicationScoped
public class VerdictService extends ClaimPositions<Verdict, Withdrawal> {

    static final Kind WITHDRAWAL = new Kind("verdict", "withdrawn", "withdrawal", "withdrawnAt", "publishedAt",
            History.VERDICT_ADDED, History.VERDICT_WITHDRAWN);

    public VerdictService() {
        // ofClaim: latest first
        super(Verdict.class, WITHDRAWAL, "p.publishedAt desc, p.seq desc");
    }

    @Transactional
    public Written<Verdict> add(UUID claimId, VerdictInput raw, String actor) {
        return addTo(claimId, actor, (claim, now) -> insert(claim, check.require(raw.normalized()), now, actor));
    }

    /** Persists a valid verdict on a locked claim and records it; the caller recomputes the status. */
    Verdict insert(Claim claim, VerdictInput input, Instant now, String actor) {
        Verdict v = new Verdict();
        v.rating = input.rating();
        v.explanation = input.explanation();
        v.reviewer = input.reviewer();
        v.publishedAt = input.publishedAt() == null ? now : input.publishedAt();
        v.url = input.url();
        v.organization = input.organization();
        v.seq = 1 + ((Number) em.createQuery("select coalesce(max(v.seq), 0) from Verdict v where v.claimId = :id")
                .setParameter("id", claim.id).getSingleResult()).intValue();
        return persistNew(claim, v, now, actor);
    }

    /** What names a verdict in the history. */
    @Override
    protected Map<String, Object> describe(Verdict v) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("verdictId", v.id.toString());
        d.put("rating", v.rating.name());
        d.put("reviewer", v.reviewer);
        return d;
    }

    /** A verdict added is recorded with what it says, not only what names it. */
    @Override
    protected Map<String, Object> describeAdded(Verdict v) {
        Map<String, Object> d = describe(v);
        d.put("explanation", v.explanation);
        d.put("publishedAt", v.publishedAt.toString());
        if (v.url != null) {
            d.put("url", v.url);
        }
        if (v.organization != null) {
            d.put("organization", v.organization);
        }
        return d;
    }

    public Verdict get(UUID id) {
        return em.find(Verdict.class, id);
    }
}
