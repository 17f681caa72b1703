package org.claimtrack.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Rate limits on costly reads ({@code claimtrack.rate-limit.*}, docs/security.md). */
@ConfigMapping(prefix = "claimtrack.rate-limit")
public interface RateLimitConfig {

    /** Off only for measuring the services themselves (bench/run.sh); on everywhere else. */
    @WithDefault("true")
    boolean enabled();

    /** What one client address may read without signing in. */
    @WithDefault("120")
    long anonymousBurst();

    /** How many reads come back to that bucket every {@link #refillPeriod()}. */
    @WithDefault("20")
    long anonymousRefill();

    /** What one signed-in user, or one API token, may read: more, since it is accountable. */
    @WithDefault("600")
    long signedInBurst();

    @WithDefault("100")
    long signedInRefill();

    @WithDefault("1s")
    Duration refillPeriod();

    /** A client unseen for this long starts again from a full bucket (bounds the memory). */
    @WithDefault("10m")
    Duration forgetAfter();
}
