package org.claimtrack.gateway.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.claimtrack.gateway.service.Actor;

/**
 * Runs a job's groups of items on up to {@code width} threads at once, so a service can write one group while
 * another is on the wire or being prepared. Two groups sharing a natural key never run side by side (the second
 * waits for the first), so the services' select-then-insert never races with itself and a repeated item still
 * comes back UNCHANGED. The first failure stops the job: groups already running finish (their items are
 * counted), then it is thrown from {@link #submit} or {@link #finish} on the job's own thread. A group acts for the
 * same user as the job's thread ({@link Actor#carriedTo}).
 */
final class Lanes {

    private record Running(Set<String> keys, Future<?> future) {
    }

    private final ExecutorService pool;
    private final int width;
    private final List<Running> running = new ArrayList<>();

    Lanes(ExecutorService pool, int width) {
        this.pool = pool;
        this.width = Math.max(1, width);
    }

    /** Starts {@code group} once a lane is free and no running group shares one of its {@code keys}. */
    void submit(Set<String> keys, Runnable group) {
        while (running.size() >= width || running.stream().anyMatch(r -> !Collections.disjoint(r.keys(), keys))) {
            awaitOldest();
        }
        running.add(new Running(keys, pool.submit(Actor.carriedTo(group))));
    }

    /** Waits for every running group. */
    void finish() {
        while (!running.isEmpty()) {
            awaitOldest();
        }
    }

    private void awaitOldest() {
        Running oldest = running.remove(0);
        try {
            oldest.future().get();
        } catch (ExecutionException e) {
            drain();
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            running.forEach(r -> r.future().cancel(true));
            Thread.currentThread().interrupt();
            drain();
            throw new Downstream.Unavailable(ImportRunner.INTERRUPTED);
        }
    }

    /** Lets the other running groups end (their outcomes stay counted), ignoring their own failures. */
    private void drain() {
        boolean interrupted = Thread.interrupted();
        for (Running other : running) {
            try {
                other.future().get();
            } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
                // the first failure is the one reported
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        running.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
