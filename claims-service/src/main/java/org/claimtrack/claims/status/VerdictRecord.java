package org.claimtrack.claims.status;

import java.time.Instant;
import java.util.UUID;

/** A verdict as the rules see it; {@code seq} (1, 2, ... per claim) breaks ties between equal createdAt. */
public record VerdictRecord(UUID id, Rating rating, String reviewer, Instant createdAt, int seq) {
}
