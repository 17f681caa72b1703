package org.claimtrack.contract;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
 * at the end of every import job. PostgreSQL: {@code ANALYZE} of the service's own database (every table it owns,
 * a sample of each: seconds at the benchmark's size). H2: nothing; the embedded store plans from its indexes and
 * its own {@code ANALYZE} would change the plans the benchmark measured without a measurement of its own.
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

    private final EntityManager em;
    private final String dbKind;

    public TableStatistics(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.dbKind = dbKind;
    }

    @POST
    @ServiceWrite
    @Transactional
    @Operation(operationId = "refreshTableStatistics", summary = "Bring the planner's table statistics up to date",
            description = "For after a bulk load (the gateway calls it at the end of every import): on PostgreSQL, "
                    + "ANALYZE of this service's database; on H2 nothing. Changes no data; safe to repeat.")
    @APIResponse(responseCode = "200", description = "Done (or nothing to do on H2).")
    public Refreshed refresh() {
        long start = System.nanoTime();
        boolean analyze = "postgresql".equals(dbKind);
        if (analyze) {
            em.createNativeQuery("ANALYZE").executeUpdate();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (analyze) {
            LOG.infof("Table statistics refreshed (ANALYZE) in %d ms", millis);
        }
        return new Refreshed(dbKind, analyze, millis);
    }
}
