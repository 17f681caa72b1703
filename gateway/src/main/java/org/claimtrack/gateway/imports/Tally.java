package org.claimtrack.gateway.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Counters and errors: one per group of items (groups run side by side in {@link Lanes}, so every method is
 * synchronized), and the job's own, to which each group is {@link #add}ed when it is committed
 * ({@link ImportJobStore#progress}).
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

    Tally() {
    }

    /** A job's tally as its last holder committed it (a job taken over goes on counting from there). */
    static Tally resumed(ImportJob job, int storedErrors) {
        Tally tally = new Tally();
        tally.done = job.done();
        tally.created = job.created();
        tally.unchanged = job.unchanged();
        tally.failed = job.failed();
        tally.errorCount = job.errorCount();
        tally.storedErrors = storedErrors;
        return tally;
    }

    /** Adds a finished group's counts and errors (the errors beyond the job's first {@value ImportJobStore#MAX_ERRORS} only counted). */
    synchronized void add(Tally group) {
        Snapshot counts = group.snapshot();
        done += counts.done();
        created += counts.created();
        unchanged += counts.unchanged();
        failed += counts.failed();
        errorCount += counts.errorCount();
        for (ImportJob.ItemError item : counts.newErrors()) {
            if (storedErrors < ImportJobStore.MAX_ERRORS) {
                storedErrors++;
                newErrors.add(item);
            }
        }
    }

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
