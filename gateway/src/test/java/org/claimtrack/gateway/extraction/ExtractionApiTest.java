package org.claimtrack.gateway.extraction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.ARTICLE;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.KIEV;
import static org.claimtrack.gateway.support.Fixtures.MISSING;
import static org.claimtrack.gateway.support.Fixtures.MOSCOW;
import static org.claimtrack.gateway.support.Fixtures.OUTLET;
import static org.claimtrack.gateway.support.Fixtures.article;
import static org.claimtrack.gateway.support.Fixtures.claim;
import static org.claimtrack.gateway.support.Fixtures.outlet;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * /api/extractions against stubbed services: the seed-shaped sentence "Kiev and Western countries have accused Russia
 * of …, which Moscow denied" becomes one proposal with three positions, speakers resolved through the stubbed party
 * registry; nothing is sent to the claims-service; bad input is a problem naming the field.
 */
@QuarkusTest
public class ExtractionApiTest extends GatewayTest {

    static final String RUSSIA = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String UKRAINE = "aaaaaaaa-0000-4000-8000-000000000002";
    static final String WEST_PARTY = "aaaaaaaa-0000-4000-8000-000000000003";

    static String party(String id, String name, String aliases) {
        return """
                {"id": "%s", "name": "%s", "aliases": [%s], "createdAt": "2026-11-28T09:00:00Z",
                 "updatedAt": "2026-11-28T09:00:00Z", "version": 0}""".formatted(id, name, aliases);
    }

    static String government(String id, String name, String partyId, String partyName) {
        return """
                {"id": "%s", "name": "%s", "kind": "GOVERNMENT", "affiliation": "%s",
                 "party": {"id": "%s", "name": "%s"}, "rootParty": {"id": "%s", "name": "%s"}, "reliability": "C",
                 "createdAt": "2026-11-28T09:00:00Z", "updatedAt": "2026-11-28T09:00:00Z", "version": 0}
                """.formatted(id, name, partyName, partyId, partyName, partyId, partyName);
    }

    static String page(String... items) {
        return "{\"items\": [" + String.join(",", items) + "], \"page\": 0, \"size\": 200, \"total\": " + items.length + "}";
    }

    void registry() {
        registry(stubs);
    }

    /** The seed-shaped article, its publisher, three parties with aliases and the two governments, stubbed. */
    public static void registry(org.claimtrack.gateway.support.Downstreams stubs) {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))
                .withHeader("ETag", "\"0\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties")).willReturn(okJson(page(
                party(RUSSIA, "Russia", "\"Russian Federation\", \"Moscow\", \"the Kremlin\""),
                party(UKRAINE, "Ukraine", "\"Kiev\", \"Kyiv\""),
                party(WEST_PARTY, "West", "\"Western countries\", \"the West\"")))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).atPriority(9).willReturn(okJson(page())));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).withQueryParam("partyId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(RUSSIA))
                .willReturn(okJson(page(government(MOSCOW, "Government of Russia", RUSSIA, "Russia")))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).withQueryParam("partyId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(UKRAINE))
                .willReturn(okJson(page(government(KIEV, "Government of Ukraine", UKRAINE, "Ukraine")))));
    }

    /**
     * Starts an extraction as a client does: a 503 (a service too slow just now — the first calls of a freshly started
     * test JVM on a loaded machine) is tried again, at most three times.
     */
    public static ExtractableResponse<Response> start(String body) {
        ExtractableResponse<Response> answer = null;
        for (int attempt = 0; attempt < 3 && (answer == null || answer.statusCode() == 503); attempt++) {
            answer = TestUsers.editor().contentType(ContentType.JSON).body(body).post("/api/extractions").then()
                    .extract();
        }
        return answer;
    }

    @Test
    void proposesTheClaimWithWhoAssertsAndDeniesItAndWritesNothing() {
        registry();
        ExtractableResponse<Response> created = start("{\"documentId\": \"" + ARTICLE + "\"}");
        assertEquals(201, created.statusCode(), created.body().asString());
        String id = created.path("id");
        assertEquals(RestAssured.baseURI + ":" + RestAssured.port + "/api/extractions/" + id, created.header("Location"));

        RestAssured.get("/api/extractions/" + id).then().statusCode(200)
                .body("documentId", equalTo(ARTICLE))
                .body("language", equalTo("en"))
                .body("engine", equalTo("rules-en/1"))
                .body("proposals.claimText", contains(
                        "Russia has deployed up to 100,000 soldiers on the borders of Ukraine in the past few weeks."))
                .body("proposals[0].decision", equalTo("PROPOSED"))
                .body("proposals[0].stances.stance", contains("ASSERTS", "ASSERTS", "REPORTS", "DENIES"))
                .body("proposals[0].stances.speaker.sourceId", contains(KIEV, null, OUTLET, MOSCOW))
                .body("proposals[0].stances.speaker.party", contains("Ukraine", "West", null, "Russia"))
                .body("proposals[0].stances[1].speaker.name", equalTo("Western countries"))
                .body("proposals[0].stances[1].speaker.kind", equalTo("GROUP"))
                .body("proposals[0].stances[3].quote", equalTo("which Moscow denied"))
                .body("proposals[0].stances[3].selector.exact", equalTo("which Moscow denied"))
                .body("proposals[0].stances[3].selector.prefix", containsString("few weeks, "))
                .body("proposals[0].stances[3].statedAt", equalTo("2021-12-30T15:00:00Z"))
                .body("proposals[0].stances[3].reason", containsString("which X denied"));
        assertEquals(0, stubs.claims().getAllServeEvents().stream()
                .filter(e -> !e.getRequest().getMethod().getName().equals("GET")).count(), "nothing written to claims");
    }

    @Test
    void aBodyTheArticleNamesInOtherWordsIsTheOneOnRecord() {
        registry();
        String justice = "aaaaaaaa-0000-4000-8000-0000000000d1";
        String health = "aaaaaaaa-0000-4000-8000-0000000000d2";
        String us = "aaaaaaaa-0000-4000-8000-000000000004";
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true)
                .replaceFirst("\"archivedText\": \"[^\"]*\"",
                        "\"archivedText\": \"The Justice Department said the law was under review.\""))
                .withHeader("ETag", "\"0\"")));
        // the sources-service finds names holding the longest word; the gateway checks that one holds every word
        stubs.sources().stubFor(get(urlPathEqualTo("/sources"))
                .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.equalTo("department"))
                .willReturn(okJson(page(government(health, "Department of Health", us, "United States"),
                        government(justice, "United States Department of Justice", us, "United States")))));
        ExtractableResponse<Response> created = start("{\"documentId\": \"" + ARTICLE + "\"}");
        assertEquals(201, created.statusCode(), created.body().asString());

        RestAssured.get("/api/extractions/" + created.path("id")).then().statusCode(200)
                .body("proposals.claimText", contains("The law was under review."))
                .body("proposals[0].stances[0].speaker.mention", equalTo("Justice Department"))
                .body("proposals[0].stances[0].speaker.sourceId", equalTo(justice))
                .body("proposals[0].stances[0].speaker.name", equalTo("United States Department of Justice"))
                .body("proposals[0].stances[0].speaker.party", equalTo("United States"));
    }

    @Test
    void pastedTextIsArchivedAsADocumentFirst() {
        registry();
        stubs.sources().stubFor(post(urlPathEqualTo("/documents")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"").withBody(article(true))));
        ExtractableResponse<Response> created = start("""
                {"document": {"url": "https://example.org/pasted", "title": "Pasted", "language": "en",
                 "publisherId": "%s", "archivedText": "Kiev accused Russia of massing 100,000 soldiers."}}
                """.formatted(OUTLET));
        assertEquals(201, created.statusCode(), created.body().asString());
        assertEquals(ARTICLE, created.path("documentId"));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/documents")));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        registry();
        TestUsers.editor().contentType(ContentType.JSON).body("{}").post("/api/extractions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("documentId"));
        TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"documentId\": \"" + ARTICLE + "\", \"document\": {\"url\": \"https://example.org/x\", "
                        + "\"title\": \"x\", \"archivedText\": \"Kiev said so.\"}}")
                .post("/api/extractions").then().statusCode(400).body("errors.field", hasItem("documentId"));
        TestUsers.editor().contentType(ContentType.JSON).body("{\"documentId\": \"not-a-uuid\"}")
                .post("/api/extractions").then().statusCode(400).body("errors.field", hasItem(containsString("documentId")));
        TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"document\": {\"url\": \"https://example.org/x\", \"title\": \"x\", \"language\": \"en\"}}")
                .post("/api/extractions").then().statusCode(400).body("errors.field", hasItem("document.archivedText"));
        TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"document\": {\"url\": \"https://example.org/x\", \"title\": \"x\", \"language\": \"fr\", "
                        + "\"archivedText\": \"Moscou a démenti.\"}}")
                .post("/api/extractions").then().statusCode(422).body("errors.field", hasItem("document.language"));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + MISSING)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\": \"Not Found\", \"status\": 404}")));
        TestUsers.editor().contentType(ContentType.JSON).body("{\"documentId\": \"" + MISSING + "\"}")
                .post("/api/extractions").then().statusCode(422).body("errors.field", hasItem("documentId"));
        RestAssured.given().contentType(ContentType.JSON).body("{\"documentId\": \"" + ARTICLE + "\"}")
                .post("/api/extractions").then().statusCode(401);
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/documents")));
        RestAssured.get("/api/extractions/" + MISSING).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDocumentWithoutTextHasNothingToExtract() {
        registry();
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(false))));
        TestUsers.editor().contentType(ContentType.JSON).body("{\"documentId\": \"" + ARTICLE + "\"}")
                .post("/api/extractions").then().statusCode(422).body("errors.field", hasItem("documentId"))
                .body("detail", containsString("no archived text"));
    }

    @Test
    void aDecisionIsRecordedOnceAndAnAcceptedClaimMustExist() {
        registry();
        ExtractableResponse<Response> created = start("{\"documentId\": \"" + ARTICLE + "\"}");
        assertEquals(201, created.statusCode(), created.body().asString());
        String id = created.path("id");
        String decision = "/api/extractions/" + id + "/proposals/0/decision";
        TestUsers.editor().contentType(ContentType.JSON).body("{\"decision\": \"ACCEPTED\"}").post(decision).then()
                .statusCode(400).body("errors.field", hasItem("claimId"));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + MISSING)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\": \"Not Found\", \"status\": 404}")));
        TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"decision\": \"ACCEPTED\", \"claimId\": \"" + MISSING + "\"}").post(decision).then()
                .statusCode(422).body("errors.field", hasItem("claimId"));
        TestUsers.editor().contentType(ContentType.JSON).body("{\"decision\": \"REJECTED\"}")
                .post("/api/extractions/" + id + "/proposals/7/decision").then().statusCode(404);

        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM)).willReturn(okJson(claim(CLAIM,
                "Russia has deployed up to 100,000 soldiers on Ukraine's borders", "DISPUTED"))
                .withHeader("ETag", "\"3\"")));
        TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"decision\": \"ACCEPTED\", \"claimId\": \"" + CLAIM + "\"}").post(decision).then()
                .statusCode(200).body("proposals[0].decision", equalTo("ACCEPTED"))
                .body("proposals[0].claimId", equalTo(CLAIM)).body("proposals[0].decidedBy", equalTo(TestUsers.EDITOR));
        TestUsers.editor().contentType(ContentType.JSON).body("{\"decision\": \"REJECTED\"}").post(decision).then()
                .statusCode(409).body("detail", containsString("already ACCEPTED"));
        TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"decision\": \"ACCEPTED\", \"claimId\": \"" + CLAIM + "\"}").post(decision).then()
                .statusCode(200).body("proposals[0].decision", equalTo("ACCEPTED"));
        RestAssured.get("/api/extractions/" + id).then().body("proposals[0].decision", equalTo("ACCEPTED"))
                .body("proposals[0].claimId", equalTo(CLAIM)).body("proposals[0].decidedAt", org.hamcrest.Matchers.notNullValue());
        RestAssured.given().contentType(ContentType.JSON).body("{\"decision\": \"REJECTED\"}").post(decision).then()
                .statusCode(401);
    }
}
