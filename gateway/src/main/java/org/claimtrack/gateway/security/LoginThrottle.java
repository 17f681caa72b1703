package org.claimtrack.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute-force protection: after {@code max-failed-logins} failed sign-ins in a row for one user name, that name is
 * locked for {@code lock-duration}; every attempt while locked is refused without checking the password. A
 * successful sign-in resets the count. Counted per user name (not per address), in memory of this gateway process.
 */
@ApplicationScoped
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    /** Beyond this many remembered names (an attacker can invent names), the ones not locked right now are dropped. */
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    SecurityConfig config;

    Clock clock = Clock.systemUTC();

    /** How long the name is still locked, if it is. */
    public Optional<Duration> lockedFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String username) {
        if (failures.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.lockedUntil() == null || !f.lockedUntil().isAfter(now));
        }
        failures.compute(key(username), (k, f) -> {
            int count = (f == null || f.lockedUntil() != null ? 0 : f.count()) + 1;
            return count >= config.maxFailedLogins()
                    ? new Failures(count, clock.instant().plus(config.lockDuration()))
                    : new Failures(count, null);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** How many user names are remembered now. */
    int tracked() {
        return failures.size();
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
