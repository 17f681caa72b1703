package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The dossier's weak ETag covers everything it joins; If-None-Match with it is a 304; If-Match still writes. */
@QuarkusTest
class DossierConditionalReadTest extends GatewayTest {

    private String read() {
        return given().get("/api/claims/" + CLAIM).then().statusCode(200).header("ETag", startsWith("W/\"3."))
                .extract().header("ETag");
    }

    @Test
    void aMatchingIfNoneMatchIs304WithoutBodyOrSearch() {
        troopsClaim(stubs, null);
        String etag = read();
        stubs.claims().resetRequests();

        given().header("If-None-Match", etag).get("/api/claims/" + CLAIM).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        // a list naming it, and the same tag without W/ (weak comparison), match too
        given().header("If-None-Match", "\"0\", " + etag).get("/api/claims/" + CLAIM).then().statusCode(304);
        given().header("If-None-Match", etag.substring(2)).get("/api/claims/" + CLAIM).then().statusCode(304);
        // the 304 needs the record and the records look-up, not the similar-claims search
        stubs.claims().verify(0, getRequestedFor(urlPathEqualTo("/claims/similar")));
        stubs.claims().verify(3, getRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/record")));
    }

    @Test
    void aChangedClaimAnswers200WithANewTag() {
        troopsClaim(stubs, null);
        String before = read();

        troopsRecord(stubs, claim(CLAIM, TEXT, "DISPUTED").replace("\"version\": 3", "\"version\": 4"), stanceItems(), "");
        String after = given().header("If-None-Match", before).get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("claim.version", equalTo(4)).extract().header("ETag");
        assertEquals("W/\"4.", after.substring(0, 5), after);

        // a change that moves no claim version (a stance's source snapshot refreshed) changes the tag too
        troopsRecord(stubs, claim(CLAIM, TEXT, "DISPUTED").replace("\"version\": 3", "\"version\": 4"),
                stanceItems().replace("Government of Russia", "Russian Government"), "");
        given().header("If-None-Match", after).get("/api/claims/" + CLAIM).then().statusCode(200)
                .header("ETag", startsWith("W/\"4.")).header("ETag", org.hamcrest.Matchers.not(equalTo(after)));
    }

    @Test
    void aChangedEmbeddedSourceOrDocumentAnswers200WithANewTag() {
        troopsClaim(stubs, null);
        String before = read();

        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [" + kiev() + "," + west() + "," + moscow().replace("\"version\": 0", "\"version\": 1")
                        .replace("\"reliability\": \"C\"", "\"reliability\": \"B\"") + "," + outlet() + "], \"documents\": ["
                        + article(false) + "], \"missingSourceIds\": [], \"missingDocumentIds\": []}")));
        String afterSource = given().header("If-None-Match", before).get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("stances[2].source.reliability", equalTo("B")).header("ETag", startsWith("W/\"3."))
                .extract().header("ETag");
        assertNotEquals(before, afterSource);

        // the document's publisher renamed: the document and the stances are the same, the publisher's name is not
        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [" + kiev() + "," + west() + "," + moscow().replace("\"version\": 0", "\"version\": 1")
                        .replace("\"reliability\": \"C\"", "\"reliability\": \"B\"") + ","
                        + outlet().replace("Example News", "Example News Daily") + "], \"documents\": ["
                        + article(false) + "], \"missingSourceIds\": [], \"missingDocumentIds\": []}")));
        String afterPublisher = given().header("If-None-Match", afterSource).get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("stances[0].document.publisher", equalTo("Example News Daily")).extract().header("ETag");
        assertNotEquals(afterSource, afterPublisher);
    }

    @Test
    void aStaleOrMalformedIfNoneMatchAnswers200() {
        troopsClaim(stubs, null);
        String etag = read();

        for (String stale : new String[] {"W/\"3.000000000000000000000000\"", "\"3\"", "garbage", "W/", "\"\"", ","}) {
            given().header("If-None-Match", stale).get("/api/claims/" + CLAIM).then().statusCode(200)
                    .header("ETag", equalTo(etag)).body("claim.id", equalTo(CLAIM));
        }
    }

    @Test
    void aDegradedDossierHasAnotherTag() {
        troopsClaim(stubs, null);
        String full = read();
        down(stubs.sources());

        given().header("If-None-Match", full).get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.contains("sources"))
                .header("ETag", org.hamcrest.Matchers.not(equalTo(full)));
    }

    @Test
    void theDossierTagWritesTheClaimAsItsVersion() {
        troopsClaim(stubs, null);
        String etag = read();
        stubs.claims().stubFor(WireMock.delete(urlPathEqualTo("/claims/" + CLAIM)).willReturn(WireMock.noContent()));

        TestUsers.admin().header("If-Match", etag).delete("/api/claims/" + CLAIM).then().statusCode(204);
        stubs.claims().verify(deleteRequestedFor(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", WireMock.equalTo("\"3\"")));

        // the claim's own ETag, and anything else, go on as they came
        stubs.claims().resetRequests();
        TestUsers.admin().header("If-Match", "\"3\"").delete("/api/claims/" + CLAIM).then().statusCode(204);
        TestUsers.admin().header("If-Match", "W/\"3\"").delete("/api/claims/" + CLAIM).then().statusCode(204);
        stubs.claims().verify(deleteRequestedFor(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", WireMock.equalTo("\"3\"")));
        stubs.claims().verify(deleteRequestedFor(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", WireMock.equalTo("W/\"3\"")));
    }
}
