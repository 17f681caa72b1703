package org.claimtrack.bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A claim-sized row: a UUID key, a sentence, a few short fields. */
@Entity
@Table(name = "bench_row")
public class Row extends PanacheEntityBase {

    @Id
    public UUID id;
    public String text;
    public String topic;
    public String status;
    public int credibility;
    @Column(name = "created_at")
    public Instant createdAt;
    public long version;
}
