package org.claimtrack.gateway.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in web UI session: the SHA-256 of its cookie's token, whose it is, and until when it holds. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(name = "username", nullable = false, length = 100)
    public String username;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** Idle expiry, moved on with use but never past {@code createdAt} + the maximum age. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
