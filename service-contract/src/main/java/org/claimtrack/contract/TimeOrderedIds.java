package org.claimtrack.contract;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Ids for new rows: version 7 UUIDs (RFC 9562), a millisecond timestamp first, then random bits. Rows written
 * together get neighbouring ids, so a bulk import appends to the end of each primary-key and claim-id index instead
 * of touching a random page of it per row (version 4): fewer pages rewritten per commit, which is what made
 * imports slow down as the tables grew and the embedded H2 file grow far beyond its live data. The ids stay
 * unguessable enough for what they are (record names, never credentials: 74 random bits).
 */
public final class TimeOrderedIds {

    // JUG's generator keeps ids created in the same millisecond in order (a counter in the random bits)
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
