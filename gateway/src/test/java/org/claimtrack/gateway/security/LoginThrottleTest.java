package org.claimtrack.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in throttle on the real database: counted before the check, per pair, user and address, growing locks. */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityConfig config;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2021-12-30T12:00:00Z"));
    private Clock original;
    private String name;

    @BeforeEach
    void setUp() {
        LoginThrottle bean = ClientProxy.unwrap(throttle);
        original = bean.clock;
        bean.clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        name = "user-" + UUID.randomUUID(); // each test its own keys: the table outlives a test
    }

    @AfterEach
    void restoreClock() {
        ClientProxy.unwrap(throttle).clock = original;
    }

    private void fail(String user, String address) {
        throttle.begin(user, address); // counted as failed until succeeded() says otherwise
    }

    private Duration lockedFor(String user, String address) {
        LoginLockedException locked = assertThrows(LoginLockedException.class, () -> throttle.begin(user, address));
        return Duration.ofSeconds(locked.retryAfterSeconds());
    }

    private void later(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    @Test
    void thePairLocksAtItsLimitAndEachFurtherFailureDoublesTheLock() {
        String ip = "192.0.2.1";
        for (int i = 0; i < config.maxFailedLogins(); i++) {
            fail(name, ip);
        }
        assertEquals(Duration.ofSeconds(60), lockedFor(name, ip));
        later(Duration.ofSeconds(59));
        assertEquals(Duration.ofSeconds(1), lockedFor(name, ip), "refused attempts are not counted");
        later(Duration.ofSeconds(1));
        fail(name, ip);
        assertEquals(Duration.ofSeconds(120), lockedFor(name, ip));
        later(Duration.ofSeconds(120));
        fail(name, ip);
        assertEquals(Duration.ofSeconds(240), lockedFor(name, ip));
        for (int i = 0; i < 20; i++) {
            later(Duration.ofHours(2));
            fail(name, ip);
        }
        assertEquals(config.maxLockDuration(), lockedFor(name, ip), "the lock stops growing");
    }

    @Test
    void aSuccessStartsThePairAgainButOnlyRefundsItselfOnTheWiderKeys() {
        String ip = "192.0.2.2";
        for (int i = 0; i < config.maxFailedLogins() - 1; i++) {
            fail(name, ip);
        }
        throttle.succeeded(throttle.begin(name, ip));
        for (int i = 0; i < config.maxFailedLogins() - 1; i++) {
            fail(name, ip);
        }
        throttle.begin(name, ip); // the fifth in a row since the success: allowed, and it locks
        assertEquals(Duration.ofSeconds(60), lockedFor(name, ip));
    }

    @Test
    void guessesFromOtherAddressesDoNotLockOutAUserWhereItHasSignedInBefore() {
        String home = "198.51.100.7";
        throttle.succeeded(throttle.begin(name, home));
        // a distributed guesser: a few tries from each of many addresses, under each pair's limit
        for (int i = 0; i < config.maxFailedLoginsPerUser(); i++) {
            fail(name, "203.0.113." + i);
        }
        assertEquals(Duration.ofSeconds(60), lockedFor(name, "203.0.113.200"), "a new address is locked out of the name");
        throttle.succeeded(throttle.begin(name, home)); // the user at home is not
    }

    @Test
    void anAddressTryingManyNamesIsLockedForNamesItNeverSignedInWith() {
        String ip = "192.0.2." + (10 + (int) (Math.random() * 200));
        String regular = name + "-regular";
        throttle.succeeded(throttle.begin(regular, ip));
        for (int i = 0; i < config.maxFailedLoginsPerAddress(); i++) {
            fail(name + "-" + i, ip);
        }
        lockedFor(name + "-another", ip);
        throttle.succeeded(throttle.begin(regular, ip)); // someone who signs in from there is spared
    }

    @Test
    void ipv6AddressesCountPerSlash64() {
        assertEquals("2001:db8:0:1::/64", LoginThrottle.addressKey("2001:db8:0:1:aaaa:bbbb:cccc:dddd"));
        assertEquals(LoginThrottle.addressKey("2001:db8:0:1::1"), LoginThrottle.addressKey("2001:db8:0:1:ffff::2"));
        assertEquals("192.0.2.1", LoginThrottle.addressKey("192.0.2.1"));
        assertEquals("unknown", LoginThrottle.addressKey(null));
    }

    @Test
    void concurrentAttemptsAreEachCountedSoOnlyTheLimitGetsThrough() throws Exception {
        int attempts = 60;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        throttle.begin(name, "192.0.2.250");
                        return true;
                    } catch (LoginLockedException locked) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> r : results) {
                allowed += r.get() ? 1 : 0;
            }
            assertEquals(config.maxFailedLogins(), allowed, "attempts that got to the password check");
        } finally {
            pool.shutdownNow();
        }
    }
}
