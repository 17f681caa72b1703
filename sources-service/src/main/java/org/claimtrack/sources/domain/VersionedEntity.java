package org.claimtrack.sources.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.claimtrack.contract.TimeOrderedIds;
import org.claimtrack.contract.Timestamps;

/**
 * What every record of the API has: a UUID assigned by the service, timestamps, and the version
 * that is its ETag (starts at 0, +1 per change, checked by Hibernate on every write).
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public Long version;

    /** Makes this a new record: a time-ordered id, created and last updated now (Hibernate starts the version). */
    public void initAsNew() {
        id = TimeOrderedIds.next();
        createdAt = updatedAt = Timestamps.now();
    }

    /**
     * Ends a replacement: one that changed anything gets a new updatedAt and, at this flush, the next version;
     * one that changed nothing keeps both, so the ETag a client holds stays valid.
     */
    public void flushIfChanged(boolean changed) {
        if (changed) {
            updatedAt = Timestamps.now();
            Panache.flush();
        }
    }
}
