package org.claimtrack.gateway.security;

import java.time.Duration;

/**
 * Why a sign-in was refused while the user name is locked ({@link LoginThrottle}); travels as the cause of an
 * {@code AuthenticationFailedException}, which Quarkus security expects from identity providers.
 */
public class LoginLockedException extends RuntimeException {

    private final Duration retryAfter;

    public LoginLockedException(Duration retryAfter) {
        super("Too many failed sign-ins for this user name: locked, try again in " + seconds(retryAfter) + " s.");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
