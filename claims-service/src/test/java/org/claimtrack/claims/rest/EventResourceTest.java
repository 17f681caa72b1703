package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook outbox: status changes and new verdicts are kept as events until the gateway acknowledges them. */
@QuarkusTest
class EventResourceTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void aStatusChangeAndAVerdictAreEventsUntilAcknowledged() {
        acknowledgeEverything(); // other tests' changes, so this test's are among the first 500
        String claim = createClaim(uniqueText("Russia has deployed up to 100,000 soldiers on the border"));
        addStance(claim, stance(UUID.randomUUID(), "ASSERTS", "up to 100,000 soldiers", "2021-12-30T08:00:00Z",
                source("Kiev government", "GOVERNMENT", "Ukraine", "B"))).statusCode(201);
        writer().body(Map.of("rating", "MIXED", "explanation", "Later reporting put it lower.", "reviewer", "Our desk"))
                .post("/claims/{id}/verdicts", claim).then().statusCode(201);

        List<Map<String, Object>> mine = eventsOf(claim);
        // the verdict and the status change it causes share their transaction's instant: their order is not told
        List<String> what = mine.stream().map(e -> e.get("type") + " " + ((Map<?, ?>) e.get("details")).get("to")).sorted().toList();
        assertEquals(List.of("STATUS_CHANGED MISLEADING", "STATUS_CHANGED SINGLE_PARTY", "VERDICT_ADDED null"), what);
        assertEquals("STATUS_CHANGED", mine.get(0).get("type"), "the stance's change came first");
        assertEquals("UNSOURCED", ((Map<?, ?>) mine.get(0).get("details")).get("from"));

        List<String> ids = mine.stream().map(e -> (String) e.get("id")).toList();
        writer().body(Map.of("ids", ids)).post("/events/acknowledgement").then().statusCode(200).body("acknowledged", is(3));
        assertTrue(eventsOf(claim).isEmpty(), "acknowledged events are gone");
        // a second replica acknowledging the same events changes nothing
        writer().body(Map.of("ids", ids)).post("/events/acknowledgement").then().statusCode(200).body("acknowledged", is(0));
    }

    @Test
    void acknowledgingNeedsTheServiceTokenAndAListOfIds() {
        given().contentType("application/json").body(Map.of("ids", List.of(UUID.randomUUID().toString())))
                .post("/events/acknowledgement").then().statusCode(401);
        writer().body(Map.of("ids", List.of())).post("/events/acknowledgement").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("ids"));
        writer().body(Map.of()).post("/events/acknowledgement").then().statusCode(400).body("errors.field", hasItem("ids"));
        given().get("/events?limit=0").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().get("/events?limit=501").then().statusCode(400);
    }

    private static void acknowledgeEverything() {
        for (List<String> ids = pendingIds(); !ids.isEmpty(); ids = pendingIds()) {
            writer().body(Map.of("ids", ids.subList(0, Math.min(1000, ids.size())))).post("/events/acknowledgement").then().statusCode(200);
        }
    }

    private static List<String> pendingIds() {
        return given().get("/events?limit=500").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static List<Map<String, Object>> eventsOf(String claim) {
        JsonPath events = given().get("/events?limit=500").then().statusCode(200).extract().jsonPath();
        return events.<Map<String, Object>>getList("items").stream().filter(e -> claim.equals(e.get("claimId"))).toList();
    }
}
