package org.claimtrack.claims.status;

import java.time.Instant;
import java.util.UUID;

/**
 * A verdict as the rules see it: {@code publishedAt} (when the reviewer published it) decides which verdict is the
 * latest; {@code seq} (1, 2, ... per claim) breaks ties; {@code createdAt} is when it was recorded here.
 */
public record VerdictRecord(UUID id, Rating rating, String reviewer, Instant createdAt, int seq, Instant publishedAt) {

    /** A verdict published when it was recorded. */
    public VerdictRecord(UUID id, Rating rating, String reviewer, Instant createdAt, int seq) {
        this(id, rating, reviewer, createdAt, seq, createdAt);
    }
}
