package org.claimtrack.contract;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * {@code POST /statistics}: brings the query planner's statistics of this service's tables up to date, the one
 * maintenance step a bulk load needs before reads are planned well (issue 17: after a 100,000-claim import with
 * autovacuum off, PostgreSQL planned the reads without statistics, 5× slower). The gateway calls it on both services
 * at the end of every import job. PostgreSQL: {@code VACUUM (ANALYZE)} of the service's own database: the statistics
 * (a sample of each table) and the visibility map, without which a count over an index (every list's total, the
 * status filter's) reads the table's rows too; on 100,000 fresh claims a status total took 16 ms instead of 1.6 ms.
 * Seconds at the benchmark's size; it takes no lock that blocks reads or writes. H2: nothing; the embedded store
 * plans from its indexes and its own {@code ANALYZE} would change the plans the benchmark measured without a
 * measurement of its own.
 */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance", description = "Upkeep of this service's database.")
public class TableStatistics {

    private static final Logger LOG = Logger.getLogger(TableStatistics.class);

    @Schema(name = "TableStatistics", description = "What was done to the planner's statistics.")
    public record Refreshed(
            @Schema(description = "The database kind of this build.", examples = "postgresql") String database,
            @Schema(description = "True when the tables were analyzed (PostgreSQL); false on H2, where nothing is done.")
            boolean analyzed,
            @Schema(description = "How long it took, in milliseconds.", examples = "850") long millis) {
    }

    private final DataSource db;
    private final String dbKind;

    public TableStatistics(DataSource db, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.db = db;
        this.dbKind = dbKind;
    }

    @POST
    @ServiceWrite
    @Operation(operationId = "refreshTableStatistics", summary = "Bring the planner's table statistics up to date",
            description = "For after a bulk load (the gateway calls it at the end of every import): on PostgreSQL, "
                    + "VACUUM (ANALYZE) of this service's database; on H2 nothing. Changes no data; safe to repeat.")
    @APIResponse(responseCode = "200", description = "Done (or nothing to do on H2).")
    public Refreshed refresh() {
        long start = System.nanoTime();
        boolean analyze = "postgresql".equals(dbKind);
        if (analyze) {
            vacuumAnalyze();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (analyze) {
            LOG.infof("Table statistics and visibility refreshed (VACUUM (ANALYZE)) in %d ms", millis);
        }
        return new Refreshed(dbKind, analyze, millis);
    }

    /** VACUUM cannot run inside a transaction: its own connection, in auto-commit (this method is not transactional). */
    private void vacuumAnalyze() {
        try (Connection c = db.getConnection(); Statement vacuum = c.createStatement()) {
            c.setAutoCommit(true);
            vacuum.execute("VACUUM (ANALYZE)");
        } catch (SQLException e) {
            throw new IllegalStateException("VACUUM (ANALYZE) failed: " + e.getMessage(), e);
        }
    }
}
