package org.claimtrack.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A change newsroom tools subscribe to (webhooks), kept until the gateway has acknowledged it. */
@Entity
@Table(name = "claim_event")
public class ClaimEvent {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    /** The history action it mirrors: STATUS_CHANGED or VERDICT_ADDED. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public Instant at;

    /** The same JSON object as the history entry's details. */
    @Column(nullable = false)
    public String details;
}
