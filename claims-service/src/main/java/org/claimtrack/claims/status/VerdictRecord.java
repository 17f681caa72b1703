package org.claimtrack.claims.status;

import java.time.Instant;
import java.util.UUID;

/**
 * A verdict as the rules see it: {@code publishedAt} (when the reviewer published it) decides when it counts from and
 * which verdict is the latest; {@code seq} (1, 2, ... per claim) breaks ties; {@code createdAt} is when it was
 * recorded here; {@code withdrawnAt} is when the reviewer withdrew it (null = standing).
 */
public record VerdictRecord(UUID id, Rating rating, String reviewer, Instant createdAt, int seq, Instant publishedAt,
        Instant withdrawnAt) {

    /** A standing verdict published when it was recorded. */
    public VerdictRecord(UUID id, Rating rating, String reviewer, Instant createdAt, int seq) {
        this(id, rating, reviewer, createdAt, seq, createdAt, null);
    }

    /** Published at or before {@code at} and not withdrawn by then (null = the whole record: any withdrawal counts). */
    boolean standsAt(Instant at) {
        return publishedBy(at) && !(withdrawnAt != null && (at == null || !withdrawnAt.isAfter(at)));
    }

    /** Published at or before {@code at} (null = the whole record). */
    boolean publishedBy(Instant at) {
        return at == null || !publishedAt.isAfter(at);
    }
}
