package org.claimtrack.gateway.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Brute-force protection, shared by every gateway replica through the database. An attempt whose password must be
 * checked is first counted, under a row lock, for three keys: the user name from this address, the user name, and the
 * address. A key locks once its failures in a row reach its limit ({@code max-failed-logins} for the pair,
 * {@code max-failed-logins-per-user}, {@code max-failed-logins-per-address}), for {@code lock-duration}, doubled with
 * every further failure up to {@code max-lock-duration}. Counting before the ~100 ms bcrypt check is what makes it
 * atomic: N concurrent guesses are N counted failures, not N checks against an old count. A success resets the pair
 * and refunds its count on the user and address keys. Locks on the user name or the address spare a user on an
 * address it has signed in from before, so guesses from elsewhere cannot lock a legitimate user out.
 *
 * <p>Hand-written on a table rather than with a rate-limit library: the gateway runs on H2 or PostgreSQL and
 * Bucket4j's JDBC back-ends do not cover H2, and the policy needs refunds and a growing lock, not a token bucket.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    SecurityConfig config;

    Clock clock = Clock.systemUTC();

    /** The three keys an attempt is counted under. */
    public record Attempt(String pair, String user, String address) {

        static Attempt of(String username, String clientAddress) {
            String name = username.toLowerCase(Locale.ROOT);
            String address = addressKey(clientAddress);
            return new Attempt("pair:" + name + "|" + address, "user:" + name, "address:" + address);
        }

        /** Sorted, so that concurrent attempts lock rows in one order and cannot deadlock. */
        List<String> keys() {
            return Stream.of(pair, user, address).sorted().toList();
        }
    }

    /**
     * Counts an attempt as failed before its password is checked; refused with {@link LoginLockedException} (nothing
     * counted) while one of its keys is locked. Call {@link #succeeded} when the password turns out right.
     */
    public Attempt begin(String username, String clientAddress) {
        Attempt attempt = Attempt.of(username, clientAddress);
        Instant now = clock.instant();
        ensureRows(attempt, now);
        return QuarkusTransaction.requiringNew().call(() -> {
            lockRows(attempt);
            ThrottleCounter pair = ThrottleCounter.findById(attempt.pair());
            ThrottleCounter user = ThrottleCounter.findById(attempt.user());
            ThrottleCounter address = ThrottleCounter.findById(attempt.address());
            // the wider keys spare a user on an address it has signed in from before: guesses from elsewhere, or
            // from others behind the same NAT, must not lock it out
            boolean known = pair.lastSuccess != null;
            Optional<Instant> lockedUntil = Stream.of(pair, known ? null : user, known ? null : address)
                    .filter(c -> c != null && c.lockedAt(now)).map(c -> c.lockedUntil).max(Instant::compareTo);
            if (lockedUntil.isPresent()) {
                throw new LoginLockedException(Duration.between(now, lockedUntil.get()));
            }
            fail(pair, config.maxFailedLogins(), now);
            fail(user, config.maxFailedLoginsPerUser(), now);
            fail(address, config.maxFailedLoginsPerAddress(), now);
            return attempt;
        });
    }

    /** The password was right: the pair starts again (and is remembered), the other keys get this attempt back. */
    public void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            lockRows(attempt);
            ThrottleCounter pair = ThrottleCounter.findById(attempt.pair());
            pair.failures = 0;
            pair.lockedUntil = null;
            pair.lastSuccess = now;
            pair.updatedAt = now;
            refund(ThrottleCounter.findById(attempt.user()), config.maxFailedLoginsPerUser(), now);
            refund(ThrottleCounter.findById(attempt.address()), config.maxFailedLoginsPerAddress(), now);
        });
    }

    /** Forgets keys idle for a day (and remembered successes after 30 days), so invented names do not pile up. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> ThrottleCounter.delete(
                "updatedAt < ?1 and (lockedUntil is null or lockedUntil < ?2) and (lastSuccess is null or lastSuccess < ?3)",
                now.minus(Duration.ofDays(1)), now, now.minus(Duration.ofDays(30))));
    }

    private void fail(ThrottleCounter counter, int limit, Instant now) {
        counter.failures++;
        counter.updatedAt = now;
        if (counter.failures >= limit) {
            int beyond = Math.min(counter.failures - limit, 20);
            Duration lock = config.lockDuration().multipliedBy(1L << beyond);
            counter.lockedUntil = now.plus(lock.compareTo(config.maxLockDuration()) > 0 ? config.maxLockDuration() : lock);
        }
    }

    private static void refund(ThrottleCounter counter, int limit, Instant now) {
        counter.failures = Math.max(0, counter.failures - 1);
        counter.updatedAt = now;
        if (counter.failures < limit) {
            counter.lockedUntil = null;
        }
    }

    private static void lockRows(Attempt attempt) {
        for (String key : attempt.keys()) {
            if (ThrottleCounter.findById(key, LockModeType.PESSIMISTIC_WRITE) == null) {
                throw new IllegalStateException("throttle row " + key + " vanished while in use");
            }
        }
    }

    /** Inserts the rows an attempt will lock; a concurrent insert of the same key wins and the retry finds it. */
    private static void ensureRows(Attempt attempt, Instant now) {
        for (int round = 1; ; round++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> attempt.keys().stream()
                        .filter(key -> ThrottleCounter.findById(key) == null)
                        .forEach(key -> {
                            ThrottleCounter counter = new ThrottleCounter();
                            counter.key = key;
                            counter.updatedAt = now;
                            counter.persist();
                        }));
                return;
            } catch (RuntimeException raced) {
                if (round == 3) {
                    throw raced;
                }
            }
        }
    }

    /**
     * The address a failure is counted for: the IP as given, except that IPv6 addresses count per /64, since one
     * client usually holds a whole /64.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}
