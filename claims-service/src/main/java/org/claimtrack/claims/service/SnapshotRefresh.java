package org.claimtrack.claims.service;

import org.claimtrack.contract.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.api.StanceInput.SourceSnapshot;

/**
 * When a source's name, kind, affiliation, root party or reliability changes, the gateway sends the new snapshot:
 * every stance of that source is updated and the claims they are on are recomputed, one transaction
 * per batch of claims (locked in id order, as every multi-claim write does, so writers cannot deadlock).
 * Idempotent: a second identical call changes nothing.
 */
@ApplicationScoped
public class SnapshotRefresh {

    static final int BATCH = 200;

    public record Result(int stancesUpdated, int claimsRecomputed, int statusesChanged) {
    }

    private final EntityManager em;
    private final StatusKeeper status;
    private final History history;

    public SnapshotRefresh(EntityManager em, StatusKeeper status, History history) {
        this.em = em;
        this.status = status;
        this.history = history;
    }

    /** Not transactional itself: each batch of claims commits on its own. */
    public Result refresh(UUID sourceId, SourceSnapshot snapshot, String reason, String actor) {
        List<UUID> claimIds = em.createQuery("select distinct s.claimId from Stance s where s.sourceId = :id"
                + " order by s.claimId", UUID.class).setParameter("id", sourceId).getResultList();
        int stances = 0;
        int recomputed = 0;
        int changed = 0;
        for (int from = 0; from < claimIds.size(); from += BATCH) {
            List<UUID> batch = claimIds.subList(from, Math.min(claimIds.size(), from + BATCH));
            Result part = QuarkusTransaction.requiringNew().call(() -> refreshBatch(sourceId, snapshot, batch, reason, actor));
            stances += part.stancesUpdated();
            recomputed += part.claimsRecomputed();
            changed += part.statusesChanged();
        }
        return new Result(stances, recomputed, changed);
    }

    private Result refreshBatch(UUID sourceId, SourceSnapshot snapshot, List<UUID> claimIds, String reason,
            String actor) {
        List<Claim> locked = em.createQuery("from Claim c where c.id in :ids order by c.id", Claim.class)
                .setParameter("ids", claimIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<Stance> stances = em.createQuery("from Stance s where s.sourceId = :source and s.claimId in :ids", Stance.class)
                .setParameter("source", sourceId).setParameter("ids", claimIds).getResultList();
        Instant now = Timestamps.now();
        Map<UUID, Integer> updatedOn = new HashMap<>();
        for (Stance s : stances) {
            if (differs(s, snapshot)) {
                s.sourceName = snapshot.name();
                s.sourceKind = snapshot.kind();
                s.sourceAffiliation = snapshot.affiliation();
                s.sourceReliability = snapshot.reliability();
                s.sourceRootPartyId = snapshot.rootPartyId();
                s.sourceRootParty = snapshot.rootPartyName();
                updatedOn.merge(s.claimId, 1, Integer::sum);
            }
        }
        // A claim whose status, credibility and parties stay the same is not touched: no version, no history entry.
        List<Claim> affected = locked.stream().filter(c -> updatedOn.containsKey(c.id)).toList();
        int recomputed = 0;
        int statusesChanged = 0;
        for (StatusKeeper.Recomputation r : status.evaluate(affected)) {
            if (!r.changesClaim()) {
                r.storeReport(); // the evidence names the source as it is now
                continue;
            }
            Claim claim = r.claim;
            claim.touch(now);
            history.record(claim.id, now, actor, History.SNAPSHOT_REFRESHED, details(sourceId, snapshot, reason,
                    updatedOn.get(claim.id)));
            recomputed++;
            if (r.store(now, actor)) {
                statusesChanged++;
            }
        }
        int updated = updatedOn.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(updated, recomputed, statusesChanged);
    }

    private static boolean differs(Stance s, SourceSnapshot snapshot) {
        return !s.sourceName.equals(snapshot.name()) || s.sourceKind != snapshot.kind()
                || !s.sourceAffiliation.equals(snapshot.affiliation()) || s.sourceReliability != snapshot.reliability()
                || !Objects.equals(s.sourceRootPartyId, snapshot.rootPartyId())
                || !Objects.equals(s.sourceRootParty, snapshot.rootPartyName());
    }

    /** The history entry says what the source is now and, when the caller knows it, why (e.g. a party merge). */
    private static Map<String, Object> details(UUID sourceId, SourceSnapshot snapshot, String reason, int stancesUpdated) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sourceId", sourceId.toString());
        d.put("name", snapshot.name());
        d.put("kind", snapshot.kind().name());
        d.put("affiliation", snapshot.affiliation());
        if (snapshot.rootPartyId() != null) {
            d.put("rootPartyId", snapshot.rootPartyId().toString());
            d.put("rootParty", snapshot.rootPartyName());
        }
        d.put("reliability", snapshot.reliability().name());
        d.put("stancesUpdated", stancesUpdated);
        if (reason != null) {
            d.put("reason", reason);
        }
        return d;
    }
}
