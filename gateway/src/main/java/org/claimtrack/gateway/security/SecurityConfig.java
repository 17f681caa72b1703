package org.claimtrack.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Security settings of the gateway ({@code claimtrack.security.*}, see docs/security.md). */
@ConfigMapping(prefix = "claimtrack.security")
public interface SecurityConfig {

    /** Failed sign-ins in a row, for one user name from one address, after which that pair is locked. */
    @WithDefault("5")
    int maxFailedLogins();

    /** Failed sign-ins in a row for one user name from anywhere, after which new addresses are locked out of it. */
    @WithDefault("20")
    int maxFailedLoginsPerUser();

    /** Failed sign-ins in a row from one address (IPv6: one /64), whatever the names, after which it is locked. */
    @WithDefault("30")
    int maxFailedLoginsPerAddress();

    /** How long the first lock lasts; each further failure doubles it. */
    @WithDefault("60s")
    Duration lockDuration();

    /** The longest a lock grows to. */
    @WithDefault("1h")
    Duration maxLockDuration();

    /** A web UI session ends after this long without a request. */
    @WithDefault("2h")
    Duration sessionIdleTimeout();

    /** A web UI session ends this long after sign-in, however busy. */
    @WithDefault("12h")
    Duration sessionMaxAge();

    /** Where the first start writes the generated admin password (the directory is created if needed). */
    String adminPasswordFile();

    /** The editor account the Kubernetes seed Job imports with ({@link SeedAccount}). */
    @WithDefault("claimtrack-seed")
    String seedUser();

    /** Its password, from the Secret the seed Job shares; none = no such account. */
    Optional<String> seedPassword();

    /** The realm named in {@code WWW-Authenticate} challenges. */
    @WithDefault("Claimtrack")
    String realm();
}
