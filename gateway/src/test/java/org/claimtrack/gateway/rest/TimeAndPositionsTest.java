package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** Time is enforced and shown; positions change and nothing is erased — as the gateway's /api answers it. */
@QuarkusTest
class TimeAndPositionsTest extends GatewayTest {

    private static String stanceStatedAt(String statedAt) {
        return """
                {"sourceId": "%s", "stance": "DENIES", "quote": "%s", "documentId": "%s", "statedAt": "%s"}
                """.formatted(MOSCOW, DENIAL, ARTICLE, statedAt);
    }

    /** The source exists, the quote is in the article, and the article (published 2021-12-30T15:00Z) is found. */
    private void sourceAndArticleExist() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check")).willReturn(okJson(
                "{\"found\": true, \"start\": 120, \"end\": 139, \"matchedText\": \"" + DENIAL + "\"}")));
        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [" + outlet() + "], \"documents\": [" + article(false) + "], \"missingSourceIds\": [], "
                        + "\"missingDocumentIds\": []}")));
    }

    @Test
    void aStanceStatedAfterItsDocumentWasPublishedIs422NamingBothFields() {
        sourceAndArticleExist();

        TestUsers.editor().contentType(ContentType.JSON).body(stanceStatedAt("2021-12-30T15:00:01Z"))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("statedAt", "publishedAt"))
                .body("errors[0].message", containsString("2021-12-30T15:00:00Z"))
                .body("detail", containsString("2021-12-30T15:00:01Z"));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/records/lookup"))
                .withRequestBody(equalToJson("{\"sourceIds\": [], \"documentIds\": [\"" + ARTICLE + "\"]}")));
    }

    @Test
    void aStanceStatedWhenItsDocumentWasPublishedIsRecorded() {
        sourceAndArticleExist();
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/stances")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T15:00:00Z"))));

        TestUsers.editor().contentType(ContentType.JSON).body(stanceStatedAt("2021-12-30T15:00:00Z"))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(201);
        stubs.claims().verify(1, postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/stances")));
    }

    @Test
    void aStanceStatedInTheFutureIs400NamingTheFieldAndNothingIsCalled() {
        TestUsers.editor().contentType(ContentType.JSON).body(stanceStatedAt("2031-01-01T00:00:00Z"))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("statedAt"))
                .body("errors[0].message", containsString("must not be in the future"));
        assertEquals(0, stubs.requestCount());

        sourceAndArticleExist();
        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [], \"documents\": [], \"missingSourceIds\": [], \"missingDocumentIds\": [\"" + ARTICLE + "\"]}")));
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/stances")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T15:00:00Z"))));
        // a client clock a little ahead is tolerated
        TestUsers.editor().contentType(ContentType.JSON)
                .body(stanceStatedAt(Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(201);
    }

    @Test
    void retractionPassesIfMatchAndAnswersTheRetractedStanceWithTheClaimsNewVersion() {
        String path = "/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW + "/retraction";
        String retracted = stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T11:00:00Z")
                .replaceFirst("\\}\\s*$", ", \"retraction\": {\"retractedAt\": \"2021-12-31T09:00:00Z\", \"reason\": \"Withdrawn.\"}}");
        stubs.claims().stubFor(post(urlPathEqualTo(path)).withHeader("If-Match", WireMock.equalTo("\"3\""))
                .willReturn(okJson(retracted).withHeader("ETag", "\"4\"")));
        stubs.claims().stubFor(post(urlPathEqualTo(path)).withHeader("If-Match", absent())
                .willReturn(okJson(retracted).withHeader("ETag", "\"4\"")));
        String body = "{\"retractedAt\": \"2021-12-31T09:00:00Z\", \"reason\": \"Withdrawn.\"}";

        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body).post("/api" + path).then()
                .statusCode(200).header("ETag", "\"4\"")
                .body("retraction.retractedAt", equalTo("2021-12-31T09:00:00Z"))
                .body("retraction.reason", equalTo("Withdrawn."));
        stubs.claims().verify(postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson(body))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.EDITOR)));
        // If-Match is optional for a retraction: a stance added or a claim edited meanwhile is no conflict
        TestUsers.editor().contentType(ContentType.JSON).body(body).post("/api" + path).then().statusCode(200);
        stubs.claims().verify(postRequestedFor(urlPathEqualTo(path)).withHeader("If-Match", absent()));
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"reason\": \"Withdrawn.\"}")
                .post("/api" + path).then().statusCode(400).body("errors.field", contains("retractedAt"));
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"retractedAt\": \"2031-01-01T00:00:00Z\", \"reason\": \"Later.\"}").post("/api" + path).then()
                .statusCode(400).body("errors.field", contains("retractedAt"));
        stubs.claims().verify(2, postRequestedFor(urlPathEqualTo(path)));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body).post("/api" + path).then().statusCode(401);
    }

    @Test
    void verdictsAreWithdrawnByReviewersOnly() {
        String path = "/claims/" + CLAIM + "/verdicts/" + VERDICT + "/withdrawal";
        String withdrawn = verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z")
                .replaceFirst("\\}\\s*$", ", \"withdrawal\": {\"withdrawnAt\": \"2022-01-12T10:00:00Z\", \"reason\": \"Wrong images.\"}}");
        stubs.claims().stubFor(post(urlPathEqualTo(path)).willReturn(okJson(withdrawn).withHeader("ETag", "\"5\"")));
        String body = "{\"withdrawnAt\": \"2022-01-12T10:00:00Z\", \"reason\": \"Wrong images.\"}";

        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"4\"").body(body).post("/api" + path).then()
                .statusCode(403);
        TestUsers.reviewer().contentType(ContentType.JSON).header("If-Match", "\"4\"")
                .body("{\"withdrawnAt\": \"2031-01-01T00:00:00Z\", \"reason\": \"Later.\"}").post("/api" + path).then()
                .statusCode(400).body("errors.field", contains("withdrawnAt"));
        TestUsers.reviewer().contentType(ContentType.JSON).header("If-Match", "\"4\"").body(body).post("/api" + path).then()
                .statusCode(200).header("ETag", "\"5\"").body("withdrawal.reason", equalTo("Wrong images."));
        stubs.claims().verify(1, postRequestedFor(urlPathEqualTo(path)).withHeader("If-Match", WireMock.equalTo("\"4\"")));
    }

    @Test
    void theDossierSaysWhatChangedSinceTheVerdict() {
        // the three stances were recorded on 28 Nov 2026, after the verdict of 5 Jan 2022
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("evidenceSinceVerdict.verdictId", equalTo(VERDICT))
                .body("evidenceSinceVerdict.verdictGivenAt", equalTo("2022-01-05T10:00:00Z"))
                .body("evidenceSinceVerdict.stancesAdded", equalTo(3))
                .body("evidenceSinceVerdict.stancesRetracted", equalTo(0))
                .body("evidenceSinceVerdict.summary", equalTo("3 stances added since the verdict of 5 Jan 2022"));
    }

    @Test
    void aVerdictGivenAfterTheLastChangeIsNotMarkedAndAWithdrawnOneIsNotTheOneThatCounts() {
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2026-12-01T10:00:00Z"));
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("evidenceSinceVerdict", nullValue());

        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2026-12-01T10:00:00Z")
                .replaceFirst("\\}\\s*$", ", \"withdrawal\": {\"withdrawnAt\": \"2026-12-02T10:00:00Z\", \"reason\": \"Wrong.\"}}"));
        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("evidenceSinceVerdict", nullValue())
                .body("status.verdict", nullValue())
                .body("verdicts[0].withdrawal.reason", equalTo("Wrong."));
        // a withdrawn verdict is never published as our ClaimReview
        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(404);
    }

    @Test
    void theDossierAsOfAnInstantLeavesOutWhatWasStatedAfterIt() {
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));

        given().get("/api/claims/" + CLAIM + "?asOf=2021-12-29T09:30:00Z").then().statusCode(200)
                .body("asOf", equalTo("2021-12-29T09:30:00Z"))
                .body("stances", hasSize(1))
                .body("stances[0].sourceId", equalTo(KIEV))
                .body("verdicts", hasSize(0))
                .body("afterAsOf.stances", equalTo(2))
                .body("afterAsOf.verdicts", equalTo(1));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/record"))
                .withQueryParam("asOf", WireMock.equalTo("2021-12-29T09:30:00Z")));
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("asOf", nullValue()).body("afterAsOf", nullValue())
                .body("stances.sourceId", containsInAnyOrder(KIEV, WEST, MOSCOW));
        given().get("/api/claims/" + CLAIM + "?asOf=yesterday").then().statusCode(400).body("errors.field", contains("asOf"));
    }
}
