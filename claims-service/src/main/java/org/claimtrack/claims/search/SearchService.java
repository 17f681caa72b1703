package org.claimtrack.claims.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This replica's search index (docs/search.md): opened (or rebuilt from the database) by the first poll after start or
 * the first search, whichever comes first, kept current by a poll of the change feed every
 * {@code claimtrack.search.poll} and before every search, written to disk now and then,
 * and closed at stop. {@code claimtrack.search.index-dir} empty keeps it in memory (rebuilt at every start).
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    private final SearchIndex index;
    private final Duration keepChanges;
    private volatile boolean stopping;

    public SearchService(DataSource database,
            @ConfigProperty(name = "claimtrack.search.index-dir") java.util.Optional<String> indexDir,
            @ConfigProperty(name = "claimtrack.search.keep-changes", defaultValue = "PT1H") Duration keepChanges) {
        this.index = new SearchIndex(database, directory(indexDir.orElse("")));
        this.keepChanges = keepChanges;
    }

    private static Directory directory(String dir) {
        if (dir.isBlank()) {
            return new ByteBuffersDirectory();
        }
        try {
            Path path = Path.of(dir);
            Files.createDirectories(path);
            return FSDirectory.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index directory " + dir + " cannot be opened", e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("the search index was not closed cleanly; it is checked and caught up at the next start", e);
        }
    }

    /** True once the index is open and caught up with the feed as it stood then. */
    public boolean ready() {
        return index.isOpen();
    }

    public SearchIndex index() {
        return index;
    }

    @Scheduled(every = "${claimtrack.search.poll:0.25s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void follow() {
        if (stopping) {
            return;
        }
        try {
            index.current(); // the first run opens the index (rebuilding it if needed) off the start-up thread
        } catch (RuntimeException e) {
            // the database unreachable for a moment, or closed under a poll at shutdown: the next poll (or search) tries
            // again; a search meanwhile fails with the cause instead of answering from an index that may be behind
            LOG.warnf("search index poll failed, retried in the next one: %s", e.getCause() == null ? e : e.getCause());
        }
    }

    @Scheduled(every = "${claimtrack.search.commit:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void commitAndPrune() {
        if (!stopping && index.isOpen()) {
            index.commit();
            index.prune(Instant.now().minus(keepChanges));
        }
    }
}
