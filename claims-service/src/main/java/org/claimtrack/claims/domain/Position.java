package org.claimtrack.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A stance or a verdict: a position on a claim that counts from a time until it is ended from a later one (a stance's
 * retraction, a verdict's withdrawal), with a reason, once. One type, so that both are read and ended by one flow;
 * each kind names the ending's columns with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class Position {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When it stopped counting (a stance's retractedAt, a verdict's withdrawnAt); null while it stands. */
    public Instant endedAt;

    /** Why it stopped counting; null while it stands. */
    public String endReason;

    /** From when it counts: a stance's statedAt, a verdict's publishedAt. */
    public abstract Instant countsFrom();

    public void end(Instant at, String reason) {
        endedAt = at;
        endReason = reason;
    }
}
