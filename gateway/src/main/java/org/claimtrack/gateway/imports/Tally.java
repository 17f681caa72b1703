package org.claimtrack.gateway.imports;

import java.util.ArrayList;
import java.util.List;

/** A running job's counters and errors, saved by {@link ImportJobStore#progress} after each batch. */
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

    void record(Outcome outcome) {
        done++;
        switch (outcome) {
            case CREATED -> created++;
            case UNCHANGED -> unchanged++;
            case FAILED -> failed++;
        }
    }

    /** One failed item, with why. */
    void fail(String pointer, String message) {
        record(Outcome.FAILED);
        error(pointer, message);
    }

    /** A problem that is not itself an item (e.g. an unmappable part of a ClaimReview counted elsewhere). */
    void error(String pointer, String message) {
        errorCount++;
        if (storedErrors < ImportJobStore.MAX_ERRORS) {
            storedErrors++;
            newErrors.add(new ImportJob.ItemError(pointer, message));
        }
    }

    List<ImportJob.ItemError> takeNewErrors() {
        List<ImportJob.ItemError> taken = List.copyOf(newErrors);
        newErrors.clear();
        return taken;
    }

    int storedErrors() {
        return storedErrors;
    }

    long done() {
        return done;
    }

    long created() {
        return created;
    }

    long unchanged() {
        return unchanged;
    }

    long failed() {
        return failed;
    }

    long errorCount() {
        return errorCount;
    }
}
