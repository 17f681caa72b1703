package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.claimtrack.testing.PlannerStatistics;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/** After an import's batches, POST /statistics leaves the planner statistics of the filled tables current. */
@QuarkusTest
class TableStatisticsTest {

    @Inject
    DataSource db;

    @Test
    void theTablesAnImportFilledHaveStatisticsAfterwards() {
        Instant before = Instant.now().minusSeconds(1);
        List<Object> claims = IntStream.range(0, 200)
                .mapToObj(i -> (Object) Map.of("text", uniqueText("Imported claim number " + i + " about the border"))).toList();
        List<String> ids = writer().body(claims).post("/claims/batch").then().statusCode(200).extract().path("items.id");
        List<Object> stances = new ArrayList<>();
        UUID source = UUID.randomUUID();
        ids.forEach(id -> stances.add(Map.of("claimId", id, "sourceId", source.toString(), "stance", "ASSERTS",
                "quote", "about the border", "statedAt", "2021-12-30T10:00:00Z",
                "source", Map.of("name", "Government of Ukraine", "kind", "GOVERNMENT", "affiliation", "Ukraine", "reliability", "C"))));
        writer().body(stances).post("/stances/batch").then().statusCode(200);

        boolean postgres = PostgresTestDatabase.enabled();
        writer().post("/statistics").then().statusCode(200)
                .body("database", equalTo(postgres ? "postgresql" : "h2")).body("analyzed", equalTo(postgres));

        if (postgres) {
            PlannerStatistics.assertVacuumedAndAnalyzedSince(db, before, "claim", "stance", "claim_status_report");
        }
    }

    @Test
    void onlyTheGatewayMayAskForIt() {
        given().post("/statistics").then().statusCode(401);
    }
}
