package org.claimtrack.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Security settings of the gateway ({@code claimtrack.security.*}, see docs/security.md). */
@ConfigMapping(prefix = "claimtrack.security")
public interface SecurityConfig {

    /** Failed sign-ins in a row after which a user name is locked. */
    @WithDefault("5")
    int maxFailedLogins();

    /** How long a locked user name stays locked. */
    @WithDefault("60s")
    Duration lockDuration();

    /** Where the first start writes the generated admin password (the directory is created if needed). */
    String adminPasswordFile();

    /** The realm named in {@code WWW-Authenticate} challenges. */
    @WithDefault("Claimtrack")
    String realm();
}
