package org.claimtrack.bench.bare;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

@Path("/rows")
public class RowResource {

    private static final int ROWS = 100_000;

    /** Fills the table once with as many rows as the benchmark has claims. */
    @Transactional
    void seed(@Observes StartupEvent event, EntityManager em) {
        if (Row.count() == 0) {
            em.createNativeQuery("INSERT INTO bench_row (id, text, topic, status, credibility, created_at, version) "
                    + "SELECT RANDOM_UUID(), CONCAT('Generated row ', X, ': troops near the border rose this week.'), "
                    + "'troops', 'DISPUTED', 3, CURRENT_TIMESTAMP, 0 FROM SYSTEM_RANGE(1, " + ROWS + ")").executeUpdate();
        }
    }

    @GET
    @Path("/{id}")
    public Row row(@PathParam("id") UUID id) {
        Row row = Row.findById(id);
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }

    /** Some ids, for the load generator. */
    @GET
    public List<UUID> ids(@QueryParam("limit") int limit) {
        return Row.<Row>findAll().page(0, Math.max(1, Math.min(limit, 10_000))).list().stream().map(r -> r.id).toList();
    }
}
