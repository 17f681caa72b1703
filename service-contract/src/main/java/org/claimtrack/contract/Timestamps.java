package org.claimtrack.contract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The services' clock: milliseconds, which every supported database (H2, PostgreSQL) and every JSON client
 * (JavaScript's Date) keeps exactly, so an instant read back equals the one written and sorts the same everywhere.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
