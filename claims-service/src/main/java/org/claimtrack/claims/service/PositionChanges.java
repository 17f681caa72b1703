package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.claimtrack.claims.api.PositionChange;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Position;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.Timestamps;
import org.claimtrack.contract.Versions;

/**
 * The one flow that ends a position from a time, with a reason: a stance's retraction and a verdict's withdrawal are
 * the same change to a claim. The position stays on record and counts before that time only; If-Match carries the
 * claim's ETag; it is written once (409) and never before the position began to count (422).
 */
@ApplicationScoped
public class PositionChanges {

    /** How a kind of position and its ending are named in problems, field errors and the history. */
    public record Kind(String position, String ended, String change, String atField, String fromField, String action) {
    }

    public static final Kind RETRACTION = new Kind("stance", "retracted", "retraction", "retractedAt", "statedAt",
            History.STANCE_RETRACTED);
    public static final Kind WITHDRAWAL = new Kind("verdict", "withdrawn", "withdrawal", "withdrawnAt", "publishedAt",
            History.VERDICT_WITHDRAWN);

    private final ClaimService claims;
    private final StatusKeeper status;
    private final History history;
    private final InputCheck check;

    public PositionChanges(ClaimService claims, StatusKeeper status, History history, InputCheck check) {
        this.claims = claims;
        this.status = status;
        this.history = history;
        this.check = check;
    }

    /**
     * Ends the position {@code find} reads (404 when the claim does not hold it) and recomputes the claim's status;
     * {@code describe} names it in the history entry.
     */
    @Transactional
    public <P extends Position> Written<P> end(Kind kind, UUID claimId, PositionChange raw, String ifMatch, String actor,
            Supplier<P> find, Function<P, Map<String, Object>> describe) {
        Versions.requireIfMatch(ifMatch);
        PositionChange input = check.require(raw.normalized());
        Claim claim = claims.lock(claimId);
        P position = find.get();
        Versions.check(ifMatch, claim.version);
        if (position.endedAt() != null) {
            throw Problems.of(Response.Status.CONFLICT, "This " + kind.position() + " was already " + kind.ended() + " at "
                    + position.endedAt() + "; a " + kind.change() + " is never changed");
        }
        if (input.at().isBefore(position.countsFrom())) {
            String start = "the " + kind.position() + "'s " + kind.fromField() + " " + position.countsFrom();
            throw Problems.unprocessable(kind.atField() + " " + input.at() + " is before " + start + ": a "
                    + kind.position() + " cannot be " + kind.ended() + " before it counts",
                    List.of(new FieldError(kind.atField(), "must not be before " + start),
                            new FieldError(kind.fromField(), "is " + position.countsFrom())));
        }
        position.end(input.at(), input.reason());
        Instant now = Timestamps.now();
        claim.touch(now);
        Map<String, Object> details = describe.apply(position);
        details.put(kind.atField(), input.at().toString());
        details.put("reason", input.reason());
        history.record(claimId, now, actor, kind.action(), details);
        status.recompute(claim, now, actor);
        return new Written<>(position, claim);
    }
}
