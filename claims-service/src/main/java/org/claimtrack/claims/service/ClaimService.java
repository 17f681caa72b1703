package org.claimtrack.claims.service;

import org.claimtrack.contract.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.claimtrack.contract.Timestamps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.api.ClaimInput;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.Versions;
import org.claimtrack.claims.status.StatusEngine;

/** Claim create, read, update, delete. Every change is written to the history in the same transaction. */
@ApplicationScoped
public class ClaimService {

    private final EntityManager em;
    private final History history;
    private final InputCheck check;

    public ClaimService(EntityManager em, History history, InputCheck check) {
        this.em = em;
        this.history = history;
        this.check = check;
    }

    public Claim get(UUID id) {
        return found(id, em.find(Claim.class, id));
    }

    /**
     * The claim with its tags and parties, read in one query (404 when absent): a read that shows the whole claim
     * would otherwise make three.
     */
    public Claim read(UUID id) {
        return em.createQuery("select c from Claim c left join fetch c.tags left join fetch c.parties where c.id = :id",
                Claim.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Problems.notFound("Claim", id));
    }

    /** The claim read, or 404 naming {@code id}. */
    private static Claim found(UUID id, Claim claim) {
        return Optional.ofNullable(claim).orElseThrow(() -> Problems.notFound("Claim", id));
    }

    /** The claim with its row locked for the rest of the transaction (404 when absent). */
    public Claim lock(UUID id) {
        return found(id, em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Claim> findByText(String text) {
        return em.createQuery("from Claim c where c.textKey = :key", Claim.class)
                .setParameter("key", ClaimText.key(text)).getResultStream().findFirst();
    }

    @Transactional
    public Claim create(ClaimInput raw, String actor) {
        ClaimInput input = check.require(raw.normalized());
        findByText(input.text()).ifPresent(existing -> {
            throw Problems.duplicate("A claim with this text already exists", "text", existing.id);
        });
        return insert(input, Timestamps.now(), actor);
    }

    /** Persists a valid, new claim (also used by the batch import). */
    Claim insert(ClaimInput input, Instant now, String actor) {
        Claim claim = new Claim();
        claim.id = TimeOrderedIds.next();
        claim.createdAt = now;
        claim.version = 0;
        claim.updatedAt = now;
        claim.rulesVersion = StatusEngine.RULES_VERSION;
        assign(claim, input);
        em.persist(claim);
        history.record(claim.id, now, actor, History.CLAIM_CREATED, fields(claim));
        return claim;
    }

    @Transactional
    public Claim update(UUID id, String ifMatch, ClaimInput raw, String actor) {
        Claim claim = lock(id);
        Versions.check(ifMatch, claim.version);
        ClaimInput input = check.require(raw.normalized());
        findByText(input.text()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw Problems.duplicate("Another claim already has this text", "text", other.id);
        });
        Map<String, Object> before = fields(claim);
        Instant now = Timestamps.now();
        assign(claim, input);
        Map<String, Object> after = fields(claim);
        Map<String, Object> changes = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                changes.put(field, Map.of("from", old == null ? "" : old, "to", after.get(field) == null ? "" : after.get(field)));
            }
        });
        if (!changes.isEmpty()) { // an identical PUT changes nothing, not even the version
            claim.touch(now);
            history.record(claim.id, now, actor, History.CLAIM_UPDATED, changes);
        }
        return claim;
    }

    @Transactional
    public void delete(UUID id, String ifMatch, String reason, String actor) {
        Claim claim = lock(id);
        Versions.check(ifMatch, claim.version);
        int stances = em.createQuery("delete from Stance s where s.claimId = :id").setParameter("id", id).executeUpdate();
        int verdicts = em.createQuery("delete from Verdict v where v.claimId = :id").setParameter("id", id).executeUpdate();
        Map<String, Object> details = fields(claim);
        details.put("stancesRemoved", stances);
        details.put("verdictsRemoved", verdicts);
        details.put("status", claim.status.name());
        if (reason != null) {
            details.put("reason", reason);
        }
        em.remove(claim);
        history.record(id, Timestamps.now(), actor, History.CLAIM_DELETED, details);
    }

    private static void assign(Claim claim, ClaimInput input) {
        claim.text = input.text();
        claim.textKey = ClaimText.key(input.text());
        claim.headline = input.headline();
        claim.topic = input.topic();
        claim.language = input.language();
        claim.eventTime = input.eventTime();
        if (!claim.tags.equals(input.tags())) {
            claim.tags.clear();
            claim.tags.addAll(input.tags());
        }
    }

    private static Map<String, Object> fields(Claim c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", c.text);
        fields.put("headline", c.headline);
        fields.put("topic", c.topic);
        fields.put("tags", new ArrayList<>(c.tags));
        fields.put("language", c.language);
        fields.put("eventTime", c.eventTime == null ? null : c.eventTime.toString());
        return fields;
    }
}
