package org.claimtrack.claims.service;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.claimtrack.claims.api.PositionChange;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Position;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.TimeOrderedIds;
import org.claimtrack.contract.Timestamps;
import org.claimtrack.contract.Versions;

/**
 * What {@link StanceService} and {@link VerdictService} share: a claim's positions are read through their claim, and
 * added, changed and ended by one flow each (a stance's retraction and a verdict's withdrawal are the same change to
 * a claim). Each change locks the claim row, recomputes its status and bumps its version, in one transaction.
 */
public abstract class ClaimPositions<P extends Position, C extends PositionChange> {

    /** How a kind of position and its ending are named in problems, field errors and the history. */
    public record Kind(String position, String ended, String change, String atField, String fromField,
            String addedAction, String endedAction) {
    }

    // injected into fields: a normal-scoped bean needs a no-args constructor for its client proxy
    @Inject
    EntityManager em;
    @Inject
    ClaimService claims;
    @Inject
    StatusKeeper status;
    @Inject
    History history;
    @Inject
    InputCheck check;

    private final Class<P> type;
    private final Kind kind;
    private final String order;

    /** {@code order}: how {@link #ofClaim} sorts, on the alias {@code p}. */
    protected ClaimPositions(Class<P> type, Kind kind, String order) {
        this.type = type;
        this.kind = kind;
        this.order = order;
    }

    /** What names a position in the history. */
    protected abstract Map<String, Object> describe(P position);

    /** What the history says of a position when it is added; by default what names it. */
    protected Map<String, Object> describeAdded(P position) {
        return describe(position);
    }

    /** The position on this claim; 404 when the claim does not exist or does not hold it. */
    public P get(UUID claimId, UUID id) {
        claims.get(claimId);
        P position = em.find(type, id);
        if (position == null || !position.claimId.equals(claimId)) {
            throw Problems.notFound(type.getSimpleName(), id);
        }
        return position;
    }

    /** The claim's positions of this kind (404 when the claim does not exist). */
    public List<P> ofClaim(UUID claimId) {
        claims.get(claimId);
        return em.createQuery("from " + type.getSimpleName() + " p where p.claimId = :id order by " + order, type)
                .setParameter("id", claimId).getResultList();
    }

    /**
     * Adds a position under the claim's lock: {@code insert} validates, persists and records it; then the claim's
     * status is recomputed. The caller is transactional.
     */
    protected Written<P> addTo(UUID claimId, String actor, BiFunction<Claim, Instant, P> insert) {
        Claim claim = claims.lock(claimId);
        Instant now = Timestamps.now();
        P position = insert.apply(claim, now);
        status.recompute(claim, now, actor);
        return new Written<>(position, claim);
    }

    /** Persists a new position on its locked claim and records it in the history; the caller recomputes the status. */
    protected P persistNew(Claim claim, P position, Instant now, String actor) {
        position.id = TimeOrderedIds.next();
        position.claimId = claim.id;
        position.createdAt = now;
        em.persist(position);
        claim.touch(now);
        history.record(claim.id, now, actor, kind.addedAction(), describeAdded(position));
        return position;
    }

    /** Under its claim's lock, {@code act} changes a position and answers the details of its history entry. */
    protected Written<P> change(UUID claimId, UUID id, String ifMatch, String action, String actor,
            Function<P, Map<String, Object>> act) {
        Claim claim = claims.lock(claimId);
        P position = get(claimId, id);
        Versions.checkIfGiven(ifMatch, claim.version);
        Map<String, Object> details = act.apply(position);
        Instant now = Timestamps.now();
        claim.touch(now);
        history.record(claimId, now, actor, action, details);
        status.recompute(claim, now, actor);
        return new Written<>(position, claim);
    }

    /**
     * Ends a position from a time, with a reason (a stance's retraction, a verdict's withdrawal): it stays on record
     * and counts before that time only (for a verdict, the latest standing one counts after it). If-Match carries the
     * claim's ETag; it is written once (409) and never before the position began to count (422).
     */
    @Transactional
    public Written<P> end(UUID claimId, UUID id, C raw, String ifMatch, String actor) {
        PositionChange input = check.require(raw.normalized());
        return change(claimId, id, ifMatch, kind.endedAction(), actor, position -> {
            if (position.endedAt != null) {
                throw Problems.of(Response.Status.CONFLICT, "This " + kind.position() + " was already " + kind.ended()
                        + " at " + position.endedAt + "; a " + kind.change() + " is never changed");
            }
            if (input.at().isBefore(position.countsFrom())) {
                String start = "the " + kind.position() + "'s " + kind.fromField() + " " + position.countsFrom();
                throw Problems.unprocessable(kind.atField() + " " + input.at() + " is before " + start + ": a "
                        + kind.position() + " cannot be " + kind.ended() + " before it counts",
                        List.of(new FieldError(kind.atField(), "must not be before " + start),
                                new FieldError(kind.fromField(), "is " + position.countsFrom())));
            }
            position.end(input.at(), input.reason());
            Map<String, Object> details = describe(position);
            details.put(kind.atField(), input.at().toString());
            details.put("reason", input.reason());
            return details;
        });
    }
}
