package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.etag;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Positions change, nothing is erased: reversals, retractions, verdict withdrawals, and no statements from the future. */
@QuarkusTest
class PositionsResourceTest {

    private static final Map<String, Object> KYIV = source("Government of Ukraine", "GOVERNMENT", "Ukraine", "C");
    private static final Map<String, Object> MOSCOW = source("Government of Russia", "GOVERNMENT", "Russia", "D");

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void aRetractedStanceCountsBeforeItsRetractionOnlyAndStaysOnRecord() {
        String id = createClaim(uniqueText("Russia has moved field hospitals to the border with Ukraine"));
        addStance(id, stance(UUID.randomUUID(), "ASSERTS", "field hospitals were moved", "2021-12-30T06:00:00Z", KYIV))
                .statusCode(201);
        String denial = addStance(id, stance(UUID.randomUUID(), "DENIES", "no hospitals were moved", "2021-12-30T12:00:00Z", MOSCOW))
                .statusCode(201).extract().path("id");
        given().get("/claims/{id}", id).then().body("status", equalTo("DISPUTED")).body("version", equalTo(2));
        String path = "/claims/{id}/stances/{s}/retraction";
        Map<String, Object> retraction = Map.of("retractedAt", "2021-12-31T09:00:00Z", "reason", "The ministry withdrew it.");

        writer().header("If-Match", "\"1\"").body(retraction).post(path, id, denial).then().statusCode(412)
                .header("ETag", "\"2\"");
        writer().header("If-Match", "\"2\"").body(retraction).post(path, id, UUID.randomUUID()).then().statusCode(404);
        writer().header("If-Match", "\"2\"").body(Map.of("retractedAt", "2021-12-31T09:00:00Z")).post(path, id, denial).then()
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        writer().header("If-Match", "\"2\"").body(Map.of("retractedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString(),
                "reason", "later")).post(path, id, denial).then().statusCode(400)
                .body("errors.field", equalTo(List.of("retractedAt")))
                .body("errors[0].message", containsString("must not be in the future"));
        writer().header("If-Match", "\"2\"").body(Map.of("retractedAt", "2021-12-30T11:59:59Z", "reason", "too early"))
                .post(path, id, denial).then().statusCode(422)
                .body("errors.field", equalTo(List.of("retractedAt", "statedAt")))
                .body("detail", containsString("2021-12-30T12:00:00Z"));
        // rejected requests changed nothing
        given().get("/claims/{id}", id).then().body("version", equalTo(2)).body("status", equalTo("DISPUTED"));

        // If-Match is checked when given (412 above) but not needed: a retraction is written once, so it loses nothing
        writer().header("X-Claimtrack-Actor", "maria").body(retraction).post(path, id, denial)
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("id", equalTo(denial))
                .body("retraction.retractedAt", equalTo("2021-12-31T09:00:00Z"))
                .body("retraction.reason", equalTo("The ministry withdrew it."));
        given().get("/claims/{id}", id).then().body("status", equalTo("SINGLE_PARTY")).body("version", equalTo(3))
                .body("denyingParties", equalTo(List.of()));
        given().get("/claims/{id}/status?asOf=2021-12-31T08:59:59Z", id).then().body("status", equalTo("DISPUTED"));
        given().get("/claims/{id}/status?asOf=2021-12-31T09:00:00Z", id).then().body("status", equalTo("SINGLE_PARTY"))
                .body("explanation", containsString("1 retracted stance does not count."));
        given().get("/claims/{id}/stances/{s}", id, denial).then().statusCode(200)
                .body("stance", equalTo("DENIES")).body("retraction.reason", equalTo("The ministry withdrew it."));
        given().get("/claims/{id}/record", id).then().body("stances.find { it.id == '" + denial + "' }.retraction.retractedAt",
                equalTo("2021-12-31T09:00:00Z"));
        given().get("/claims/{id}/record?asOf=2021-12-31T08:00:00Z", id).then().statusCode(200)
                .body("status.status", equalTo("DISPUTED")).body("status.asOf", equalTo("2021-12-31T08:00:00Z"))
                .body("stances.size()", equalTo(2));
        given().get("/claims/{id}/record?asOf=yesterday", id).then().statusCode(400);
        given().get("/claims/{id}/history", id).then()
                .body("items.action", hasItem("STANCE_RETRACTED"))
                .body("items.find { it.action == 'STANCE_RETRACTED' }.actor", equalTo("maria"))
                .body("items.find { it.action == 'STANCE_RETRACTED' }.details.reason", equalTo("The ministry withdrew it."))
                .body("items.find { it.action == 'STANCE_RETRACTED' }.details.retractedAt", equalTo("2021-12-31T09:00:00Z"));

        writer().header("If-Match", "\"3\"").body(retraction).post(path, id, denial).then().statusCode(409)
                .body("detail", containsString("already retracted"));
    }

    @Test
    void aSourceThatAssertsAndLaterDeniesCountsOnlyOnItsLatestSide() {
        String id = createClaim(uniqueText("Russia has closed the airspace over the Black Sea to civilian flights"));
        UUID moscow = UUID.randomUUID();
        addStance(id, stance(moscow, "ASSERTS", "the airspace is closed", "2021-12-30T06:00:00Z", MOSCOW)).statusCode(201);
        given().get("/claims/{id}", id).then().body("status", equalTo("SINGLE_PARTY"));
        addStance(id, stance(moscow, "DENIES", "the airspace was never closed", "2021-12-31T06:00:00Z", MOSCOW))
                .statusCode(201);
        given().get("/claims/{id}", id).then().body("status", equalTo("DENIED"))
                .body("assertingParties", equalTo(List.of())).body("denyingParties", equalTo(List.of("Russia")));
        given().get("/claims/{id}/status?asOf=2021-12-30T12:00:00Z", id).then().body("status", equalTo("SINGLE_PARTY"));
        // both stances stay on record
        given().get("/claims/{id}/stances", id).then().body("items.stance", equalTo(List.of("ASSERTS", "DENIES")));
    }

    @Test
    void aStatementFromTheFutureIsRefusedNamingTheField() {
        String id = createClaim(uniqueText("Talks in Geneva will resume on the tenth of January"));
        addStance(id, stance(UUID.randomUUID(), "ASSERTS", "talks resume on the tenth", "2031-01-01T00:00:00Z", KYIV))
                .statusCode(400).body("errors.field", equalTo(List.of("statedAt")))
                .body("errors[0].message", containsString("must not be in the future"));
        Map<String, Object> item = stance(UUID.randomUUID(), "ASSERTS", "talks resume", "2031-01-01T00:00:00Z", KYIV);
        item.put("claimId", id);
        writer().body(List.of(item)).post("/stances/batch").then().statusCode(200)
                .body("items[0].outcome", equalTo("FAILED")).body("items[0].errors.field", equalTo(List.of("statedAt")));
        given().get("/claims/{id}", id).then().body("version", equalTo(0)).body("status", equalTo("UNSOURCED"));
        // a client clock a little ahead is tolerated
        addStance(id, stance(UUID.randomUUID(), "ASSERTS", "talks resume on the tenth",
                Instant.now().plus(2, ChronoUnit.MINUTES).toString(), KYIV)).statusCode(201);
    }

    @Test
    void aWithdrawnVerdictCountsBeforeItsWithdrawalOnly() {
        String id = createClaim(uniqueText("Satellite images show a new camp near Yelnya"));
        addStance(id, stance(UUID.randomUUID(), "ASSERTS", "a new camp near Yelnya", "2021-12-30T06:00:00Z", KYIV)).statusCode(201);
        Map<String, Object> earlier = Map.of("rating", "MOSTLY_TRUE", "explanation", "Several providers show the same camp.",
                "reviewer", "A. Reviewer");
        writer().body(earlier).post("/claims/{id}/verdicts", id).then().statusCode(201);
        String verdict = writer().body(Map.of("rating", "FALSE", "explanation", "The images show an older, empty site.",
                "reviewer", "B. Reviewer")).post("/claims/{id}/verdicts", id).then().statusCode(201).extract().path("id");
        String given = given().get("/claims/{id}/verdicts/{v}", id, verdict).then().extract().path("createdAt");
        Instant createdAt = Instant.parse(given);
        given().get("/claims/{id}", id).then().body("status", equalTo("FALSE")).body("version", equalTo(3));
        String path = "/claims/{id}/verdicts/{v}/withdrawal";
        String withdrawnAt = createdAt.plus(2, ChronoUnit.MINUTES).toString();
        Map<String, Object> withdrawal = Map.of("withdrawnAt", withdrawnAt, "reason", "Wrong images were compared.");

        writer().header("If-Match", "\"2\"").body(withdrawal).post(path, id, verdict).then().statusCode(412);
        writer().header("If-Match", "\"3\"").body(withdrawal).post(path, id, UUID.randomUUID()).then().statusCode(404);
        writer().header("If-Match", "\"3\"").body(Map.of("withdrawnAt", "2999-01-01T00:00:00Z", "reason", "x"))
                .post(path, id, verdict).then().statusCode(400).body("errors.field", equalTo(List.of("withdrawnAt")));
        writer().header("If-Match", "\"3\"").body(Map.of("withdrawnAt", "2021-01-01T00:00:00Z", "reason", "x"))
                .post(path, id, verdict).then().statusCode(422).body("errors.field", equalTo(List.of("withdrawnAt", "publishedAt")));
        writer().header("If-Match", "\"3\"").body(Map.of("withdrawnAt", withdrawnAt, "reason", " "))
                .post(path, id, verdict).then().statusCode(400).body("errors.field", equalTo(List.of("reason")));

        writer().body(withdrawal).post(path, id, verdict).then().statusCode(200) // no If-Match needed
                .header("ETag", "\"4\"").body("rating", equalTo("FALSE"))
                .body("withdrawal.withdrawnAt", equalTo(withdrawnAt)).body("withdrawal.reason", equalTo("Wrong images were compared."));
        // the latest verdict not withdrawn counts; the withdrawn one stays on record
        given().get("/claims/{id}", id).then().body("status", equalTo("VERIFIED")).body("credibility", equalTo(2));
        given().get("/claims/{id}/status", id).then().body("verdict.rating", equalTo("MOSTLY_TRUE"))
                .body("verdict.withdrawal", nullValue());
        given().get("/claims/{id}/status?asOf={t}", id, createdAt.plus(1, ChronoUnit.MINUTES).toString()).then()
                .body("status", equalTo("FALSE")).body("verdict.id", equalTo(verdict));
        given().get("/claims/{id}/status?asOf={t}", id, withdrawnAt).then().body("status", equalTo("VERIFIED"))
                .body("verdict.id", not(equalTo(verdict)));
        given().get("/claims/{id}/verdicts", id).then().body("items.size()", equalTo(2))
                .body("items.find { it.id == '" + verdict + "' }.withdrawal.reason", equalTo("Wrong images were compared."));
        given().get("/claims/{id}/history", id).then()
                .body("items.find { it.action == 'VERDICT_WITHDRAWN' }.details.verdictId", equalTo(verdict));
        writer().header("If-Match", "\"4\"").body(withdrawal).post(path, id, verdict).then().statusCode(409);
        given().get("/claims/{id}", id).then().body("version", equalTo(4));
        given().get("/claims/{id}", id).then().header("ETag", etag(id));
    }
}
