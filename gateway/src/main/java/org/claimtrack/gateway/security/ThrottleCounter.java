package org.claimtrack.gateway.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One counted key of {@link LoginThrottle}: failed sign-ins in a row, the lock they caused, the last success. */
@Entity
@Table(name = "login_throttle")
public class ThrottleCounter extends PanacheEntityBase {

    @Id
    @Column(name = "throttle_key", length = 400)
    public String key;

    @Column(name = "failures", nullable = false)
    public int failures;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** Set on pair keys only: this user has signed in from this address, so a lock on the user name spares it. */
    @Column(name = "last_success")
    public Instant lastSuccess;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
