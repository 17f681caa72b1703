package org.claimtrack.claims.status;

import java.time.Instant;
import java.util.UUID;

/**
 * A stance with the times that decide whether it counts at an instant: when it was stated, when it was recorded
 * (orders two stances of one source stated at the same instant) and when it was retracted (null = never).
 */
public record TimedStance(UUID id, EvidenceStance evidence, Instant statedAt, Instant createdAt, Instant retractedAt) {

    /** Said at or before {@code at} (null = the whole record). */
    boolean saidBy(Instant at) {
        return at == null || !statedAt.isAfter(at);
    }

    /** Retracted at or before {@code at} (null = the whole record: any retraction counts). */
    boolean retractedBy(Instant at) {
        return retractedAt != null && (at == null || !retractedAt.isAfter(at));
    }
}
