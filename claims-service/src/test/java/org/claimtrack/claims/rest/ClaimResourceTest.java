package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.claimBody;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class ClaimResourceTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void createsReadsUpdatesAndDeletesAClaim() {
        String text = uniqueText("  Russia has deployed up to 100,000 soldiers on Ukraine's borders.  ");
        Map<String, Object> body = claimBody(text, "troops", " troops ", "Russia-Ukraine");
        body.put("headline", "100,000 troops");
        body.put("topic", "Russia-Ukraine border");
        body.put("eventTime", "2021-12-30T00:00:00Z");
        String location = writer().header("X-Claimtrack-Actor", "maria").body(body).post("/claims").then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/claims/"))
                .body("text", equalTo(text.strip()))
                .body("tags", equalTo(List.of("troops", "Russia-Ukraine")))
                .body("language", equalTo("en"))
                .body("status", equalTo("UNSOURCED"))
                .body("credibility", equalTo(6))
                .body("assertingParties", equalTo(List.of()))
                .body("counts.asserts", equalTo(0))
                .body("version", equalTo(0))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().get("/claims/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("headline", equalTo("100,000 troops")).body("eventTime", equalTo("2021-12-30T00:00:00Z"));

        body.put("headline", "Up to 100,000 troops");
        writer().header("If-Match", "\"0\"").body(body).put("/claims/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("headline", equalTo("Up to 100,000 troops")).body("version", equalTo(1));

        // an identical PUT changes nothing, not even the version
        writer().header("If-Match", "\"1\"").body(body).put("/claims/{id}", id).then().statusCode(200).header("ETag", "\"1\"");

        writer().header("If-Match", "\"1\"").queryParam("reason", "Duplicate of another claim").delete("/claims/{id}", id)
                .then().statusCode(204);
        given().get("/claims/{id}", id).then().statusCode(404);
        given().get("/claims/{id}/history", id).then().statusCode(200)
                .body("items.action", equalTo(List.of("CLAIM_CREATED", "CLAIM_UPDATED", "CLAIM_DELETED")))
                .body("items[2].details.reason", equalTo("Duplicate of another claim"))
                .body("items[0].actor", equalTo("maria"))
                .body("items[1].actor", equalTo("system"))
                .body("items[1].details.headline.to", equalTo("Up to 100,000 troops"));
    }

    @Test
    void rejectsInvalidClaimsWithFieldErrorsAndWritesNothing() {
        String text = uniqueText("Short");
        writer().body(Map.of("text", "   tiny   ", "tags", List.of("ok", ""), "language", "english!"))
                .post("/claims").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("text"))
                .body("errors.field", hasItem("tags[1]"))
                .body("errors.field", hasItem("language"));
        writer().body(Map.of("headline", "no text")).post("/claims").then().statusCode(400)
                .body("errors.field", hasItem("text"));
        writer().body("{\"text\": 12345678901}").post("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("text")).body("detail", containsString("must be a string"));
        writer().body("{\"text\": ").post("/claims").then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
        writer().body(Map.of("text", text, "eventTime", "yesterday")).post("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTime"));
        given().get("/claims?q={q}", text).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theNulCharacterIsRefusedInBodiesAndUrlsOnEveryDatabase() {
        String text = uniqueText("Troops were counted twice at the border");
        writer().body(Map.of("text", text + "\u0000")).post("/claims").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("U+0000"));
        given().get("/claims?q={q}", text).then().statusCode(200).body("total", equalTo(0));
        given().urlEncodingEnabled(false).get("/claims?size=5&topic=border%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("topic"));
        given().urlEncodingEnabled(false).get("/claims/counts?q=troops%00").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));

        String id = createClaim(text);
        writer().header("If-Match", "\"0\"").body(claimBody(text, "ok", "bad\u0000tag")).put("/claims/{id}", id).then()
                .statusCode(400).body("errors[0].field", equalTo("tags[1]"));
        given().get("/claims/{id}", id).then().statusCode(200).body("version", equalTo(0)).body("tags", equalTo(List.of()));
    }

    @Test
    void instantsOutsideYearsOneTo9999AreRefusedOnEveryDatabase() {
        String text = uniqueText("The bridge was closed for a very long time");
        writer().body(Map.of("text", text, "eventTime", "0000-06-01T00:00:00Z")).post("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTime")).body("errors[0].message", containsString("9999-12-31"));
        // an epoch number, as a number or as digits, is not the ISO-8601 text the document asks for
        for (Object epoch : List.of(-5_345_345_345_345L, 123, "123")) {
            writer().body(Map.of("text", text, "eventTime", epoch)).post("/claims").then().statusCode(400)
                    .body("errors[0].field", equalTo("eventTime")).body("errors[0].message", containsString("ISO-8601"));
        }
        writer().body(Map.of("text", text, "eventTime", "+20000-01-01T00:00:00Z")).post("/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTime"));
        given().get("/claims?q={q}", text).then().statusCode(200).body("total", equalTo(0));
        given().urlEncodingEnabled(false).get("/claims?updatedSince=%2B169104628-12-10T19:08:15Z").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        writer().body(Map.of("text", text, "eventTime", "9999-12-31T00:00:00Z")).post("/claims").then().statusCode(201);
    }

    @Test
    void duplicateTextIsA409WithTheExistingId() {
        String text = uniqueText("Moscow will ask Washington for legal security guarantees");
        String id = createClaim(text);
        writer().body(claimBody("  " + text.toUpperCase().replace(" ", "   ") + " ")).post("/claims").then()
                .statusCode(409).body("existingId", equalTo(id)).body("errors[0].field", equalTo("text"));

        String other = createClaim(uniqueText("Another claim about the Geneva talks"));
        writer().header("If-Match", "\"0\"").body(claimBody(text)).put("/claims/{id}", other).then()
                .statusCode(409).body("existingId", equalTo(id));
        given().get("/claims/{id}", other).then().body("version", equalTo(0));
    }

    @Test
    void updatesAndDeletesNeedTheCurrentVersion() {
        String id = createClaim(uniqueText("Talks between Russia and NATO will be held on January 12"));
        Map<String, Object> body = claimBody(uniqueText("Talks between Russia and NATO are set for January 12"));
        writer().body(body).put("/claims/{id}", id).then().statusCode(428).body("status", equalTo(428));
        writer().header("If-Match", "\"7\"").body(body).put("/claims/{id}", id).then().statusCode(412)
                .header("ETag", "\"0\"");
        writer().delete("/claims/{id}", id).then().statusCode(428);
        writer().header("If-Match", "W/\"0\"").delete("/claims/{id}", id).then().statusCode(412);
        given().get("/claims/{id}", id).then().statusCode(200).body("version", equalTo(0));
        writer().header("If-Match", "\"0\"").body(body).put("/claims/{id}", java.util.UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void unknownClaimIsA404Problem() {
        given().get("/claims/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not Found"))
                .body("instance", notNullValue()).body("errors", nullValue());
        given().get("/claims/{id}/history", java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
