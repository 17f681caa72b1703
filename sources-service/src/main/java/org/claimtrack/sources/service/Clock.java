package org.claimtrack.sources.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at millisecond precision, which every supported database stores exactly. */
final class Clock {

    private Clock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
