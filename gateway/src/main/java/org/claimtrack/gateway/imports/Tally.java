package org.claimtrack.gateway.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A running job's counters and errors, saved by {@link ImportJobStore#progress} after each group of items.
 * Groups run side by side ({@link Lanes}), so every method is synchronized.
 */
final class Tally {

    enum Outcome {
        CREATED, UNCHANGED, FAILED
    }

    private long done;
    private long created;
    private long unchanged;
    private long failed;
    private long errorCount;
    private int storedErrors;
    private final List<ImportJob.ItemError> newErrors = new ArrayList<>();

    synchronized void record(Outcome outcome) {
        done++;
        switch (outcome) {
            case CREATED -> created++;
            case UNCHANGED -> unchanged++;
            case FAILED -> failed++;
        }
    }

    /** One failed item, with why. */
    synchronized void fail(String pointer, String message) {
        record(Outcome.FAILED);
        error(pointer, message);
    }

    /** A problem that is not itself an item (e.g. an unmappable part of a ClaimReview counted elsewhere). */
    synchronized void error(String pointer, String message) {
        errorCount++;
        if (storedErrors < ImportJobStore.MAX_ERRORS) {
            storedErrors++;
            newErrors.add(new ImportJob.ItemError(pointer, message));
        }
    }

    /** The counters and the errors added since the last snapshot; {@code firstSeq} numbers the first of those. */
    record Snapshot(long done, long created, long unchanged, long failed, long errorCount,
            List<ImportJob.ItemError> newErrors, int firstSeq) {
    }

    synchronized Snapshot snapshot() {
        Snapshot snapshot = new Snapshot(done, created, unchanged, failed, errorCount, List.copyOf(newErrors),
                storedErrors - newErrors.size());
        newErrors.clear();
        return snapshot;
    }

    synchronized long done() {
        return done;
    }

    synchronized long created() {
        return created;
    }

    synchronized long unchanged() {
        return unchanged;
    }

    synchronized long failed() {
        return failed;
    }

    synchronized long errorCount() {
        return errorCount;
    }
}
