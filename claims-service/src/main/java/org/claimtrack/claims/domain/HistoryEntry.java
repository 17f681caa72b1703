package org.claimtrack.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a claim's append-only audit trail. */
@Entity
@Table(name = "claim_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_history_seq")
    @SequenceGenerator(name = "claim_history_seq", sequenceName = "claim_history_seq", allocationSize = 50)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    /** JSON object with what changed. */
    @Column(nullable = false)
    public String details;
}
