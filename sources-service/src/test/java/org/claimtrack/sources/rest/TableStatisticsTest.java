package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.claimtrack.testing.PlannerStatistics;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/** After an import's source batches, POST /statistics leaves the planner statistics of the sources table current. */
@QuarkusTest
class TableStatisticsTest {

    @Inject
    DataSource db;

    @Test
    void theSourcesAnImportWroteHaveStatisticsAfterwards() {
        Instant before = Instant.now().minusSeconds(1);
        List<Object> sources = IntStream.range(0, 300)
                .mapToObj(i -> (Object) Map.of("name", unique("Imported outlet " + i), "kind", "MEDIA_OUTLET")).toList();
        writer().body(sources).post("/sources/batch").then().statusCode(200);

        boolean postgres = PostgresTestDatabase.enabled();
        writer().post("/statistics").then().statusCode(200).body("analyzed", equalTo(postgres));
        if (postgres) {
            PlannerStatistics.assertVacuumedAndAnalyzedSince(db, before, "source");
        }
        given().post("/statistics").then().statusCode(401);
    }
}
