package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.claimtrack.gateway.service.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs accepted import jobs one at a time on a thread of their own (imports compete for the same services, so
 * running them side by side would only slow each down). Within a job, groups of claims run on up to
 * {@code claimtrack.imports.lanes} threads ({@link Lanes}). A job saves its progress after every group; a job the
 * gateway did not finish — crash or stop — is failed at the next start: its upload is gone, and sending the
 * same upload again is safe because every batch write is idempotent.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final String INTERRUPTED = "Interrupted: the gateway stopped before this import finished. Send the same "
            + "upload again: items already imported come back unchanged.";

    @Inject
    ImportJobStore jobs;

    @Inject
    Downstream downstream;

    @Inject
    ObjectMapper mapper;

    /** Claim groups written side by side: 2 keeps both services busy without queueing on a small machine. */
    @ConfigProperty(name = "claimtrack.imports.lanes", defaultValue = "2")
    int lanes;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "claimtrack-import"));
    private ExecutorService lanePool;

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    void onStart(@Observes StartupEvent event) {
        lanePool = Executors.newFixedThreadPool(Math.max(1, lanes), runnable -> daemon(runnable, "claimtrack-import-lane"));
        int failed = jobs.failUnfinished(INTERRUPTED);
        if (failed > 0) {
            LOG.warnf("%d unfinished import job(s) marked FAILED; re-run them to complete", failed);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
        if (lanePool != null) {
            lanePool.shutdownNow();
        }
    }

    /** Queues the job; the runner owns {@code file} from here on and deletes it when the job ends. */
    void submit(ImportJob job, Path file) {
        // the request that started the job ends now: the job works for the user it recorded (Actor says why)
        executor.submit(Actor.workingFor(job.actor(), () -> run(job, file)));
    }

    private void run(ImportJob job, Path file) {
        UUID id = job.id();
        Tally tally = new Tally();
        long start = System.nanoTime();
        Writer writer = new Writer(downstream, tally);
        try {
            jobs.started(id);
            new Upload(mapper, file).write(job.format(), writer, new Lanes(lanePool, lanes), () -> {
                jobs.progress(id, tally);
                if (Thread.currentThread().isInterrupted()) {
                    throw new Downstream.Unavailable(INTERRUPTED);
                }
            });
            jobs.progress(id, tally);
            jobs.finished(id, tally.failed() > 0 ? ImportJob.Status.COMPLETED_WITH_ERRORS : ImportJob.Status.SUCCEEDED, null);
            LOG.infof("import %s: %d items, %d created, %d unchanged, %d failed in %.1f s (batch calls: %s)", id, tally.done(),
                    tally.created(), tally.unchanged(), tally.failed(), (System.nanoTime() - start) / 1e9, writer.callTimes());
        } catch (Downstream.Unavailable e) {
            stop(id, tally, e.getMessage() + ". Items written so far stay; send the same upload again once the services are back: it "
                    + "completes the import without duplicates.");
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "import %s failed", id);
            stop(id, tally, "The import stopped unexpectedly. Items written so far stay; send the same upload again "
                    + "to complete it without duplicates.");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("could not delete %s", file);
            }
        }
    }

    private void stop(UUID id, Tally tally, String detail) {
        try {
            jobs.progress(id, tally);
            jobs.finished(id, ImportJob.Status.FAILED, detail);
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s: could not record its failure", id);
        }
    }
}
