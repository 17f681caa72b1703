package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimtrack.gateway.service.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs import jobs from the database, one at a time per replica (imports compete for the same services, so running
 * several side by side on one replica would only slow each down). Every replica polls for a job nobody holds and takes
 * it under a lease ({@link ImportJobStore#claimNext}) that it renews at each poll while the job runs; a job whose
 * holder died is taken by another replica once the lease expires, and a replica that stops gives its job back at
 * once. Within a job, groups of claims run on up to {@code claimtrack.imports.lanes} threads ({@link Lanes}); groups
 * are committed in upload order ({@link Commits}), so a job taken over resumes after the last committed group and
 * counts each item once.
 *
 * <p>Why a lease of our own and not a job library. JobRunr is not among the packages this build can resolve. Quartz
 * (quarkus-quartz, clustered JDBC store) would need its eleven tables written twice (BYTEA on PostgreSQL, BLOB on H2)
 * and would make every {@code @Scheduled} method of the gateway cluster-wide, and its fail-over is per scheduler
 * instance: it re-fires a job whose node missed its check-ins, but does nothing to stop that node (stalled, not dead)
 * from going on writing the job's progress beside the new holder. Progress here is committed only while the lease is
 * the committer's, and that check is the lease itself: one compare-and-set UPDATE per claim, renewal and commit, which
 * works the same on H2 and PostgreSQL.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final String INTERRUPTED = "Interrupted: this replica is stopping; another replica takes the import over.";

    @Inject
    ImportJobStore jobs;

    @Inject
    Downstream downstream;

    @Inject
    ObjectMapper mapper;

    /** Claim groups written side by side: 2 keeps both services busy without queueing on a small machine. */
    @ConfigProperty(name = "claimtrack.imports.lanes", defaultValue = "2")
    int lanes;

    /** How long a job stays this replica's without a renewal (renewed at every poll, so several polls must fail). */
    @ConfigProperty(name = "claimtrack.imports.lease", defaultValue = "30s")
    Duration lease;

    /** Who holds a job: this process, unique across restarts (a restarted pod is not its former self). */
    private final String owner = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "claimtrack-import"));
    private ExecutorService lanePool;
    /** The job this replica runs, if any. */
    private volatile Held held;
    private volatile boolean stopping;

    /** A job this replica runs; {@code lost} once another replica holds its lease. */
    private static final class Held {
        final UUID id;
        final Thread thread;
        volatile boolean lost;

        Held(UUID id, Thread thread) {
            this.id = id;
            this.thread = thread;
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "gateway";
        }
    }

    String owner() {
        return owner;
    }

    void onStart(@Observes StartupEvent event) {
        lanePool = Executors.newFixedThreadPool(Math.max(1, lanes), runnable -> daemon(runnable, "claimtrack-import-lane"));
    }

    /** Stops the running job and gives it back, so another replica resumes it at its next poll instead of after the lease. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdownNow();
        if (lanePool != null) {
            lanePool.shutdownNow();
        }
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the running import did not stop within 10 s; its lease expires for another replica to take it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job was queued on this replica: look at once rather than at the next poll. */
    void wake() {
        poll();
    }

    /**
     * Renews the lease of the running job (interrupting it when another replica has it now), or takes a job when idle.
     */
    @Scheduled(every = "${claimtrack.imports.poll-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void poll() {
        if (stopping || lanePool == null) {
            return;
        }
        try {
            Held running = held;
            if (running != null) {
                if (!running.lost && !jobs.renew(running.id, owner, lease)) {
                    LOG.warnf("import %s: lease lost to another replica; stopping here", running.id);
                    running.lost = true;
                    running.thread.interrupt();
                }
                return;
            }
            jobs.claimNext(owner, lease).ifPresent(claimed -> worker.submit(() -> {
                held = new Held(claimed.job().id(), Thread.currentThread());
                try {
                    Actor.workingFor(claimed.job().actor(), () -> run(claimed)).run();
                } finally {
                    held = null;
                }
            }));
        } catch (RuntimeException e) {
            LOG.warnf("import poll failed (retried at the next poll): %s", e.toString());
        }
    }

    private void run(ImportJobStore.Claimed claimed) {
        ImportJob job = claimed.job();
        UUID id = job.id();
        long start = System.nanoTime();
        Tally total = Tally.resumed(job, claimed.storedErrors());
        Writer writer = new Writer(downstream, total);
        Path file = null;
        try {
            if (claimed.takenOver()) {
                LOG.infof("import %s taken over by %s: resuming after %d committed group(s), %d of %d items done", id, owner,
                        claimed.committedGroups(), job.done(), job.total());
            }
            file = Files.createTempFile("claimtrack-import-", ".json");
            jobs.download(id, file);
            new Upload(mapper, file).write(job.format(), writer, new Lanes(lanePool, lanes),
                    new Commits(id, total, claimed.committedGroups()));
            // before the job says it is done: reads right after it are planned on the rows it loaded
            downstream.refreshStatistics();
            jobs.finished(id, owner, total.failed() > 0 ? ImportJob.Status.COMPLETED_WITH_ERRORS : ImportJob.Status.SUCCEEDED, null);
            LOG.infof("import %s: %d items, %d created, %d unchanged, %d failed in %.1f s (batch calls: %s)", id, total.done(),
                    total.created(), total.unchanged(), total.failed(), (System.nanoTime() - start) / 1e9, writer.callTimes());
        } catch (ImportJobStore.LeaseLost e) {
            LOG.warn(e.getMessage());
        } catch (Downstream.Unavailable e) {
            if (!handBack(id)) {
                stop(id, e.getMessage() + ". Items written so far stay; send the same upload again once the services are back: "
                        + "it completes the import without duplicates.");
            }
        } catch (IOException | RuntimeException e) {
            if (!handBack(id)) {
                LOG.errorf(e, "import %s failed", id);
                stop(id, "The import stopped unexpectedly. Items written so far stay; send the same upload again "
                        + "to complete it without duplicates.");
            }
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("could not delete %s", file);
                }
            }
        }
    }

    /** When this replica is stopping (or lost the job), the job is not failed: it is given back to be resumed. */
    private boolean handBack(UUID id) {
        Held running = held;
        if (running != null && running.lost) {
            return true; // the job is another replica's now: nothing of it is ours to change
        }
        if (!stopping) {
            return false;
        }
        try {
            jobs.release(id, owner);
            LOG.infof("import %s handed back: another replica resumes it", id);
        } catch (RuntimeException e) {
            LOG.warnf("import %s: could not hand it back (%s); it is taken over when its lease expires", id, e.toString());
        }
        return true;
    }

    private void stop(UUID id, String detail) {
        try {
            jobs.finished(id, owner, ImportJob.Status.FAILED, detail);
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s: could not record its failure", id);
        }
    }

    /**
     * Commits finished groups in upload order: group n is counted (and the job's committed count moves past it) only
     * once every group before it is, so "n groups committed" always means exactly groups 0 .. n-1, whatever order the
     * lanes finished them in.
     */
    private final class Commits implements Upload.Groups {
        private final UUID id;
        private final Tally total;
        private final int resumeAt;
        private final SortedMap<Integer, Tally> waiting = new TreeMap<>();
        private int next;

        Commits(UUID id, Tally total, int resumeAt) {
            this.id = id;
            this.total = total;
            this.resumeAt = resumeAt;
            this.next = resumeAt;
        }

        @Override
        public int committed() {
            return resumeAt;
        }

        @Override
        public synchronized void done(int number, Tally tally) {
            waiting.put(number, tally);
            int before = next;
            while (waiting.containsKey(next)) {
                total.add(waiting.remove(next));
                next++;
            }
            if (next > before) {
                jobs.progress(id, owner, total, next);
            }
            if (stopping) {
                throw new Downstream.Unavailable(INTERRUPTED);
            }
        }
    }
}
