package org.claimtrack.gateway.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A user of the embedded sign-in: name, bcrypt hash of the password, roles (comma-separated ids). */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @Column(name = "username", length = 100)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(name = "roles", nullable = false, length = 200)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** {@link #LOCAL} (a password kept here) or {@link #SINGLE_SIGN_ON} (made and given roles by the OIDC provider). */
    @Column(name = "origin", nullable = false, length = 10)
    public String origin = LOCAL;

    public static final String LOCAL = "local";
    public static final String SINGLE_SIGN_ON = "oidc";

    public Set<String> roleSet() {
        return roles.isBlank() ? Set.of()
                : Arrays.stream(roles.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
