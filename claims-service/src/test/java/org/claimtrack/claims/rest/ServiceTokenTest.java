package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.ServiceTokenSweep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the served document, without the service token and with a wrong one: 401 problem, and the
 * claim, its stances, verdicts and history, and the number of claims and stances are what they were.
 */
@QuarkusTest
class ServiceTokenTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void everyServedWriteIsRefusedWithoutTheRightTokenAndChangesNothing() throws Exception {
        String claim = createClaim(uniqueText("Russia has massed up to 100,000 soldiers near the border"));
        UUID source = UUID.randomUUID();
        String stance = addStance(claim, stance(source, "ASSERTS", "up to 100,000 soldiers", "2021-12-30T08:00:00Z",
                source("Kiev government", "GOVERNMENT", "Ukraine", "B"))).statusCode(201).extract().path("id");
        String verdict = writer().body(Map.of("rating", "MIXED", "explanation", "Later reporting put it lower.",
                "reviewer", "Our desk")).post("/claims/{id}/verdicts", claim).then().statusCode(201).extract().path("id");
        String note = writer().body(Map.of("text", "Ask the border guard")).post("/claims/{id}/notes", claim).then()
                .statusCode(201).extract().path("id");

        List<String> swept = ServiceTokenSweep.sweep(Set.of(), (path, name) -> switch (name) {
            case "id" -> claim;
            case "stanceId" -> stance;
            case "verdictId" -> verdict;
            case "sourceId" -> source.toString();
            case "noteId" -> note;
            default -> throw new AssertionError("no value for {" + name + "} in " + path);
        }, () -> List.of(
                given().get("/claims/counts").then().statusCode(200).extract().asString(),
                given().get("/stances/counts?sourceIds={s}", source).then().extract().asString(),
                given().get("/claims/{id}/record", claim).then().statusCode(200).extract().asString(),
                given().get("/claims/{id}/history", claim).then().statusCode(200).extract().asString(),
                given().get("/claims/{id}/notes", claim).then().statusCode(200).extract().asString()));

        // claims: create, batch, update, delete; stances: add, retract, delete, batch; verdicts: add, withdraw,
        // batch; source snapshots: refresh; events: acknowledge; the search index: rebuild; workflow: change, publish;
        // notes: add, edit; the planner statistics: refresh (a write only the gateway may ask for)
        assertEquals(19, swept.size(), String.valueOf(swept));
    }
}
