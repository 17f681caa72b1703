package org.claimtrack.claims.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimtrack.claims.status.Rating;
import org.claimtrack.claims.status.VerdictRecord;

/**
 * A reviewer's conclusion on a claim. Append-only: what it says never changes, the latest standing one counts; a
 * withdrawal (time and reason, set once) only adds when it stopped counting.
 */
@Entity
@AttributeOverride(name = "endedAt", column = @Column(name = "withdrawn_at"))
@AttributeOverride(name = "endReason", column = @Column(name = "withdrawal_reason"))
@Table(name = "verdict")
public class Verdict extends Position {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;

    @Column(nullable = false)
    public String explanation;

    @Column(nullable = false)
    public String reviewer;

    /** When the reviewer published it: the time it counts from (asOf). Defaults to createdAt (when it was recorded here). */
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** Where the review was published (an imported ClaimReview's url); null when it was written here. */
    public String url;

    /** The reviewing organisation when it is not us (an imported review's author); null for our own reviewers. */
    public String organization;

    /** 1, 2, 3 ... per claim, in the order recorded. */
    @Column(nullable = false)
    public int seq;

    @Override
    public Instant countsFrom() {
        return publishedAt;
    }

    public VerdictRecord asRecord() {
        return new VerdictRecord(id, rating, reviewer, createdAt, seq, publishedAt, endedAt);
    }
}
