package org.claimtrack.claims.status;

import java.time.Instant;
import java.util.UUID;

/**
 * A verdict as the rules see it; {@code seq} (1, 2, ... per claim) breaks ties between equal createdAt;
 * {@code withdrawnAt} is when the reviewer withdrew it (null = standing).
 */
public record VerdictRecord(UUID id, Rating rating, String reviewer, Instant createdAt, int seq, Instant withdrawnAt) {

    public VerdictRecord(UUID id, Rating rating, String reviewer, Instant createdAt, int seq) {
        this(id, rating, reviewer, createdAt, seq, null);
    }

    /** Given at or before {@code at} and not withdrawn by then (null = the whole record: any withdrawal counts). */
    boolean standsAt(Instant at) {
        boolean given = at == null || !createdAt.isAfter(at);
        boolean withdrawn = withdrawnAt != null && (at == null || !withdrawnAt.isAfter(at));
        return given && !withdrawn;
    }
}
