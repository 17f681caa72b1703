package org.claimtrack.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2021-12-30T12:00:00Z");
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.config = new SecurityConfig() {
            public int maxFailedLogins() {
                return 5;
            }

            public Duration lockDuration() {
                return Duration.ofSeconds(60);
            }

            public String adminPasswordFile() {
                return "unused";
            }

            public String realm() {
                return "test";
            }
        };
        throttle.clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void fourFailuresDoNotLockTheFifthLocksForSixtySeconds() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Editor");
        }
        assertEquals(Optional.empty(), throttle.lockedFor("editor"));
        throttle.failed("editor");
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.lockedFor("EDITOR"));
        now = now.plusSeconds(59);
        assertTrue(throttle.lockedFor("editor").isPresent());
        now = now.plusSeconds(1);
        assertEquals(Optional.empty(), throttle.lockedFor("editor"));
    }

    @Test
    void aSuccessResetsTheCountAndAfterALockTheCountStartsAgain() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a");
        }
        throttle.succeeded("a");
        throttle.failed("a");
        assertEquals(Optional.empty(), throttle.lockedFor("a"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("a");
        }
        assertTrue(throttle.lockedFor("a").isPresent());
        now = now.plusSeconds(61);
        throttle.failed("a");
        assertEquals(Optional.empty(), throttle.lockedFor("a"), "one failure after the lock ran out must not relock");
        assertEquals(Optional.empty(), throttle.lockedFor("b"));
    }

    @Test
    void inventedNamesCannotGrowTheMemoryWithoutBoundButLocksSurvive() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("victim");
        }
        for (int i = 0; i < LoginThrottle.MAX_TRACKED + 10; i++) {
            throttle.failed("invented-" + i);
        }
        assertTrue(throttle.lockedFor("victim").isPresent(), "a lock must survive the clean-up");
        assertTrue(throttle.tracked() <= LoginThrottle.MAX_TRACKED, "remembered names: " + throttle.tracked());
    }
}
