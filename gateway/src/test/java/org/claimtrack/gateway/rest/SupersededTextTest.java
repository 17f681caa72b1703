package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The archive is append-only: stances whose passage left the current text are flagged, never dropped or hidden. */
@QuarkusTest
class SupersededTextTest extends GatewayTest {

    /** A stance fixture that quoted the given text version. */
    private static String quoted(String stance, int version) {
        return stance.replace("\"source\": {", "\"documentVersion\": " + version + ", \"source\": {");
    }

    /** The article whose text is now at this version. */
    private static String articleAt(int textVersion, boolean withText) {
        return article(withText).replace("\"version\": 0", "\"version\": 1, \"textVersion\": " + textVersion);
    }

    private void troopsClaimQuotingVersion1(int currentVersion) {
        troopsClaim(stubs, null);
        String stances = quoted(stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia",
                "2021-12-30T11:00:00Z"), 1) + ","
                + quoted(stance(STANCE_KIEV, KIEV, "ASSERTS", ACCUSATION, "Government of Ukraine", "Ukraine", "2021-12-29T09:00:00Z"), 1);
        troopsRecord(stubs, claim(CLAIM, TEXT, "DISPUTED"), stances, "");
        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [" + kiev() + "," + moscow() + "," + outlet() + "], \"documents\": ["
                        + articleAt(currentVersion, false) + "], \"missingSourceIds\": [], \"missingDocumentIds\": []}")));
        // version 2 no longer holds Moscow's denial; Kiev's accusation is still there
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate")).willReturn(okJson("""
                {"contentSha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", "textVersion": 2,
                 "items": [{"key": "%s", "found": false}, {"key": "%s", "found": true, "start": 0, "end": 40}]}
                """.formatted(STANCE_MOSCOW, STANCE_KIEV))));
    }

    @Test
    void dossierFlagsTheStanceWhosePassageIsNotInTheCurrentVersion() {
        troopsClaimQuotingVersion1(2);

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("stances.id", contains(STANCE_KIEV, STANCE_MOSCOW))
                .body("stances[1].documentVersion", equalTo(1))
                .body("stances[1].document.textVersion", equalTo(2))
                .body("stances[1].onSupersededText", equalTo(true))
                .body("stances[0].onSupersededText", equalTo(false))
                .body("stancesOnSupersededText", contains(STANCE_MOSCOW))
                // still counted: the status is the claims-service's, untouched
                .body("status.status", equalTo("DISPUTED"))
                .body("degraded", empty());
        stubs.sources().verify(1, postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate"))
                .withRequestBody(matchingJsonPath("$.quotes[0].exact", WireMock.equalTo(DENIAL))));

        given().get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("1 stance stands on superseded text"))
                .body(containsString("On superseded text: quoted from version 1;"))
                .body(containsString("the passage is no longer in version 2, the current text"))
                .body(containsString("href=\"/documents/" + ARTICLE + "/versions/1\""));
    }

    @Test
    void anAttributionCitingAnEditedDocumentIsNeverOnSupersededText() {
        troopsClaimQuotingVersion1(2);
        String stances = quoted(stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia",
                "2021-12-30T11:00:00Z"), 1) + ","
                + attribution(STANCE_KIEV, KIEV, "PolitiFact", "Government of Ukraine", "2021-12-29T09:00:00Z");
        troopsRecord(stubs, claim(CLAIM, TEXT, "DISPUTED"), stances, "");

        // it quotes no words: nothing to look for in the current text, so it is not on superseded text
        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("stances.id", contains(STANCE_KIEV, STANCE_MOSCOW))
                .body("stances[0].kind", equalTo("ATTRIBUTION"))
                .body("stances[0].onSupersededText", equalTo(false))
                .body("stances[1].onSupersededText", equalTo(true))
                .body("stancesOnSupersededText", contains(STANCE_MOSCOW));
        stubs.sources().verify(1, postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate"))
                .withRequestBody(matchingJsonPath("$.quotes.length()", WireMock.equalTo("1"))));
    }

    @Test
    void anUnchangedTextIsNotSearchedAgain() {
        troopsClaimQuotingVersion1(1);

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("stances.onSupersededText", contains(false, false))
                .body("stancesOnSupersededText", empty());
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate")));
    }

    @Test
    void moreThan500StancesOnOneEditedDocumentAreCheckedInCallsTheSourcesServiceAccepts() {
        troopsClaimQuotingVersion1(2);
        String many = java.util.stream.IntStream.range(0, 501)
                .mapToObj(i -> quoted(stance("%08d-7777-4777-8777-777777777777".formatted(i), MOSCOW, "REPORTS", DENIAL,
                        "Government of Russia", "Russia", "2021-12-30T12:00:00Z"), 1))
                .reduce((a, b) -> a + "," + b).orElseThrow();
        troopsRecord(stubs, claim(CLAIM, TEXT, "DISPUTED"), many, "");

        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("degraded", empty());
        var calls = stubs.sources().findAll(postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate")));
        org.junit.jupiter.api.Assertions.assertEquals(2, calls.size());
        int quotes = 0;
        for (var call : calls) {
            int size = io.restassured.path.json.JsonPath.from(call.getBodyAsString()).getList("quotes").size();
            org.junit.jupiter.api.Assertions.assertTrue(size <= 500, "at most 500 quotes per call");
            quotes += size;
        }
        org.junit.jupiter.api.Assertions.assertEquals(501, quotes);
    }

    @Test
    void whenTheCurrentTextCannotBeSearchedTheDossierIsDegradedNotSilent() {
        troopsClaimQuotingVersion1(2);
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate"))
                .willReturn(aResponse().withStatus(503)));

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("stances", org.hamcrest.Matchers.hasSize(2))
                .body("stances[1]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("onSupersededText")))
                .body("degraded", contains("sources"));
    }

    @Test
    void documentPageNamesStancesOnSupersededText() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE))
                .willReturn(okJson(articleAt(2, true)).withHeader("ETag", "\"1\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances")).willReturn(okJson(page(
                quoted(stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T11:00:00Z"), 1)
                        .replace("\"source\": {", "\"claimText\": \"" + TEXT + "\", \"claimStatus\": \"DISPUTED\", \"source\": {")))));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate")).willReturn(okJson("""
                {"contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "textVersion": 2,
                 "items": [{"key": "%s", "found": false}]}
                """.formatted(STANCE_MOSCOW))));

        given().get("/api/documents/" + ARTICLE).then().statusCode(200)
                .body("document.textVersion", equalTo(2))
                .body("stances.items[0].documentVersion", equalTo(1))
                .body("passages", empty())
                .body("stancesOnSupersededText", contains(STANCE_MOSCOW));
        given().get("/documents/" + ARTICLE).then().statusCode(200)
                .body(containsString("the passage is no longer in version 2, the current text"))
                .body(containsString("href=\"/documents/" + ARTICLE + "/versions/1\""));
    }

    @Test
    void versionsAreReadOpenlyThroughTheApiAndTheUi() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(articleAt(2, true))));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE + "/versions")).willReturn(okJson("""
                {"items": [{"number": 1, "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                  "textLength": 120, "createdAt": "2021-12-30T12:00:00Z", "actor": "editor"},
                 {"number": 2, "contentSha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                  "textLength": 90, "createdAt": "2021-12-31T12:00:00Z", "actor": "editor", "reason": "corrected"}]}""")));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE + "/versions/1")).willReturn(okJson("""
                {"number": 1, "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 "textLength": 120, "createdAt": "2021-12-30T12:00:00Z", "actor": "editor", "text": "%s"}""".formatted(DENIAL))));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE + "/versions/7")).willReturn(
                aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(problem(404, "Not Found", "Document " + ARTICLE + " has no text version 7", null))));

        given().get("/api/documents/" + ARTICLE + "/versions").then().statusCode(200)
                .body("items.number", contains(1, 2)).body("items[1].reason", equalTo("corrected"));
        given().get("/api/documents/" + ARTICLE + "/versions/1").then().statusCode(200)
                .body("text", equalTo(DENIAL)).body("contentSha256", containsString("9f86d08"));
        given().get("/api/documents/" + ARTICLE + "/versions/7").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/documents/" + ARTICLE + "/versions/0").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/documents/" + ARTICLE + "/versions/one").then().statusCode(400);

        given().get("/documents/" + ARTICLE + "/versions/1").then().statusCode(200)
                .body(containsString("version 1 of 2 · superseded"))
                .body(containsString(DENIAL));
        given().get("/documents/" + ARTICLE + "/versions/0").then().statusCode(404);
    }

    @Test
    void aNewStanceRecordsTheTextVersionItsQuoteWasFoundIn() {
        // the stance write also looks the document up (its publishedAt bounds statedAt)
        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [" + outlet() + "], \"documents\": [" + articleAt(3, false) + "], \"missingSourceIds\": [], "
                        + "\"missingDocumentIds\": []}")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check")).willReturn(okJson(
                "{\"found\": true, \"start\": 120, \"end\": 139, \"matchedText\": \"" + DENIAL + "\", \"textVersion\": 3, "
                        + "\"contentSha256\": \"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752\"}")));
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/stances")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(quoted(stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia",
                        "2021-12-30T11:00:00Z"), 3))));

        TestUsers.admin().contentType(ContentType.JSON).body("""
                {"sourceId": "%s", "stance": "DENIES", "quote": "%s", "documentId": "%s", "statedAt": "2021-12-30T11:00:00Z"}
                """.formatted(MOSCOW, DENIAL, ARTICLE))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(201).body("documentVersion", equalTo(3));
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/stances"))
                .withRequestBody(matchingJsonPath("$.documentVersion", WireMock.equalTo("3"))));
    }
}
