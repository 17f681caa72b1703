package org.claimtrack.h2;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Compacts the service's embedded H2 file when the service stops. The services open their H2 files with background
 * compaction off (AUTO_COMPACT_FILL_RATE=0): in H2 2.4.240 it races with concurrent readers ("Chunk N not found",
 * answered as 500s after a bulk import). Without it the file keeps every page version written while the service runs;
 * SHUTDOWN COMPACT rewrites it to its live data, with no reader left to race with.
 */
@ApplicationScoped
public class CompactOnShutdown {

    private static final Logger LOG = Logger.getLogger(CompactOnShutdown.class);
    private static final String FILE_URL = "jdbc:h2:file:";

    private final String kind;
    private final String url;
    private final String user;
    private final String password;

    public CompactOnShutdown(@ConfigProperty(name = "quarkus.datasource.db-kind") String kind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.kind = kind;
        this.url = url;
        this.user = user.orElse("");
        this.password = password.orElse("");
    }

    void onStop(@Observes ShutdownEvent stop) {
        compact();
    }

    /** Compacts and closes the database when it is an H2 file; returns whether it did. */
    public boolean compact() {
        if (!"h2".equals(kind) || !url.startsWith(FILE_URL)) {
            return false;
        }
        File file = new File(url.substring(FILE_URL.length()).split(";", 2)[0] + ".mv.db");
        long before = file.length();
        long started = System.nanoTime();
        // a session of its own, not a pooled one: the pool would try to reset it after the database has closed
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warnf("The embedded database was not compacted: %s", e.getMessage());
            return false;
        }
        LOG.infof("Embedded database compacted from %d to %d MiB in %d ms", before >> 20, file.length() >> 20,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
