package org.claimtrack.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A claim's current status report as JSON, written by {@code StatusKeeper} with the status it explains and read
 * instead of running the rules again. Absent for a claim nothing was ever recorded on and, until the recomputation at
 * start has reached them, for claims stored before it was kept.
 */
@Entity
@Table(name = "claim_status_report")
public class StoredStatusReport {

    @Id
    @Column(name = "claim_id")
    public UUID claimId;

    @Column(nullable = false)
    public String report;
}
