package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.IntStream;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

@QuarkusTest
class ClaimReadsTest extends GatewayTest {

    @Test
    void listPassesFiltersAndAnswersThePage() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(page(claim(CLAIM, TEXT, "DISPUTED")))));

        given().queryParam("status", "DISPUTED").queryParam("status", "DENIED").queryParam("party", "Russia")
                .queryParam("q", "soldiers").queryParam("sort", "createdAt,asc").queryParam("size", 5)
                .when().get("/api/claims")
                .then().statusCode(200)
                .body("items[0].text", equalTo(TEXT))
                .body("items[0].status", equalTo("DISPUTED"))
                .body("items[0].credibility", equalTo(3))
                .body("items[0].assertingParties", contains("Ukraine", "Western governments"))
                .body("items[0].denyingParties", contains("Russia"))
                .body("items[0].counts.asserts", equalTo(2))
                .body("total", equalTo(1));

        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims"))
                .withQueryParam("status", WireMock.havingExactly("DISPUTED", "DENIED"))
                .withQueryParam("party", WireMock.equalTo("Russia"))
                .withQueryParam("q", WireMock.equalTo("soldiers"))
                .withQueryParam("sort", WireMock.equalTo("createdAt,asc"))
                .withQueryParam("size", WireMock.equalTo("5")));
    }

    @Test
    void aPageCostsTheSameDownstreamCallsWhateverItsSize() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).withQueryParam("size", WireMock.equalTo("1"))
                .willReturn(okJson(page(claim(CLAIM, TEXT, "DISPUTED")))));
        String[] hundred = IntStream.range(0, 100)
                .mapToObj(i -> claim("%08d-0000-4000-8000-000000000000".formatted(i), "Claim number " + i + " is checkable", "UNSOURCED"))
                .toArray(String[]::new);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).withQueryParam("size", WireMock.equalTo("100"))
                .willReturn(okJson(page(hundred))));

        stubs.settle();
        given().queryParam("size", 1).get("/api/claims").then().statusCode(200).body("items", hasSize(1));
        var forOne = stubs.reads();
        stubs.claims().resetRequests();
        stubs.sources().resetRequests();
        given().queryParam("size", 100).get("/api/claims").then().statusCode(200).body("items", hasSize(100));
        var forHundred = stubs.reads();

        assertEquals(1, forOne.size(), forOne.toString());
        assertEquals(1, forHundred.size(), forHundred.toString());
    }

    @Test
    void listRejectsBadParametersWithFieldErrors() {
        given().queryParam("status", "PROBABLY").get("/api/claims").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("DISPUTED"));
        assertEquals(0, stubs.requestCount());
    }

    /** The list and the per-status counts take the same filters, checked the same way, each named in its error. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/claims", "/api/claims/counts"})
    void listAndCountsRejectBadFiltersNamingThem(String path) {
        Map<String, String> bad = Map.of("sourceId", "not-a-uuid", "updatedSince", "yesterday", "assignedToMe", "yes",
                "overdue", "maybe", "q", "x".repeat(201), "language", "x".repeat(36));
        bad.forEach((name, value) -> given().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.contains(name)));
        // a repeated parameter's bad value is named by its place among the values sent
        given().queryParam("workStatus", "NEW", "DONE").get(path).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("workStatus[1]"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("IN_REVIEW"));
        given().queryParam("assignedToMe", "true").get(path).then().statusCode(400).body("errors.field", hasItem("assignedToMe"));
        assertEquals(0, stubs.requestCount());
    }

    @Test
    void dossierOfTheTroopsClaimHasBothSidesTheirQuotesAndTheArticle() {
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z") + ","
                + verdict("88888888-8888-4888-8888-888888888880", "MIXED", "2022-01-02T10:00:00Z"));

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("W/\"3\\.[0-9a-f]{24}\""))
                .body("claim.text", equalTo(TEXT))
                .body("status.status", equalTo("DISPUTED"))
                .body("status.evidence.asserting.party", contains("Ukraine", "Western governments"))
                .body("status.evidence.denying.party", contains("Russia"))
                .body("status.rulesVersion", equalTo(1))
                .body("stances", hasSize(3))
                .body("stances.stance", contains("ASSERTS", "ASSERTS", "DENIES"))
                .body("stances[2].source.name", equalTo("Government of Russia"))
                .body("stances[2].source.affiliation", equalTo("Russia"))
                .body("stances[2].quote", equalTo(DENIAL))
                .body("stances[2].selector.exact", equalTo(DENIAL))
                .body("stances[2].statedAt", equalTo("2021-12-30T11:00:00Z"))
                .body("stances[0].source.name", equalTo("Government of Ukraine"))
                .body("stances[0].document.title", equalTo(ARTICLE_TITLE))
                .body("stances[0].document.url", equalTo(ARTICLE_URL))
                .body("stances[0].document.publisher", equalTo("Example News"))
                .body("stances[0].document.publishedAt", equalTo("2021-12-30T15:00:00Z"))
                .body("verdicts.id", contains(VERDICT, "88888888-8888-4888-8888-888888888880"))
                .body("similar.id", contains(SIMILAR))
                .body("degraded", empty());
    }

    @Test
    void dossierLooksUpSourcesAndDocumentsInOneBatchedCall() {
        troopsClaim(stubs, null);

        given().get("/api/claims/" + CLAIM).then().statusCode(200);

        var lookups = stubs.sources().findAll(WireMock.postRequestedFor(urlPathEqualTo("/records/lookup")));
        assertEquals(1, lookups.size());
        assertEquals(1, stubs.sources().getAllServeEvents().size());
        var body = io.restassured.path.json.JsonPath.from(lookups.get(0).getBodyAsString());
        assertEquals(java.util.Set.of(KIEV, WEST, MOSCOW), java.util.Set.copyOf(body.getList("sourceIds")));
        assertEquals(java.util.List.of(ARTICLE), body.getList("documentIds"));
    }

    @Test
    void lookupsOfMoreThan500IdsAreSplitIntoBatchesTheSourcesServiceAccepts() {
        troopsClaim(stubs, null);
        String many = IntStream.range(0, 501)
                .mapToObj(i -> stance("%08d-7777-4777-8777-777777777777".formatted(i), "%08d-1111-4111-8111-111111111111".formatted(i),
                        "REPORTS", ACCUSATION, "Outlet " + i, "", "2021-12-30T12:00:00Z"))
                .reduce((a, b) -> a + "," + b).orElseThrow();
        troopsRecord(stubs, claim(CLAIM, TEXT, "DISPUTED"), many, "");

        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("stances", hasSize(501)).body("degraded", empty());

        var lookups = stubs.sources().findAll(WireMock.postRequestedFor(urlPathEqualTo("/records/lookup")));
        assertEquals(2, lookups.size());
        int sources = 0;
        for (var lookup : lookups) {
            var body = io.restassured.path.json.JsonPath.from(lookup.getBodyAsString());
            org.junit.jupiter.api.Assertions.assertTrue(body.getList("sourceIds").size() <= 500, "at most 500 ids of a kind");
            org.junit.jupiter.api.Assertions.assertTrue(body.getList("documentIds").size() <= 500, "at most 500 ids of a kind");
            sources += body.getList("sourceIds").size();
        }
        assertEquals(501, sources);
    }

    @Test
    void dossierWithoutTheSourcesServiceIsDegradedNeverInvented() {
        troopsClaim(stubs, null);
        down(stubs.sources());

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("degraded", contains("sources"))
                .body("claim.status", equalTo("DISPUTED"))
                .body("stances", hasSize(3))
                .body("stances[0].source", nullValue())
                .body("stances[0].document", nullValue())
                .body("stances[0].sourceSnapshot.name", equalTo("Government of Ukraine"))
                .body("stances[0].quote", equalTo(ACCUSATION));
    }

    @Test
    void dossierWithoutTheClaimsServiceIs503WithRetryAfter() {
        down(stubs.claims());

        given().get("/api/claims/" + CLAIM).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("status", equalTo(503))
                .body("detail", org.hamcrest.Matchers.containsString("claims-service"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void slowClaimsServiceTimesOutInto503() {
        slow(stubs.claims(), claim(CLAIM, TEXT, "DISPUTED"));

        given().get("/api/claims").then().statusCode(503).header("Retry-After", "7");
    }

    @Test
    void aDossierReadAgainReusesItsSimilarClaimsButReadsTheRecordAgain() {
        troopsClaim(stubs, null);

        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("similar.id", contains(SIMILAR));
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("similar.id", contains(SIMILAR));
        stubs.claims().verify(1, getRequestedFor(urlPathEqualTo("/claims/similar")));
        stubs.claims().verify(2, getRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/record")));
    }

    @Test
    void aFailedSimilarSearchIsNotKeptForTheNextDossier() {
        troopsClaim(stubs, null);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/similar")).willReturn(aResponse().withStatus(500)));
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("degraded", contains("similar"));

        troopsClaim(stubs, null);
        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("degraded", empty())
                .body("similar.id", contains(SIMILAR));
    }

    @Test
    void slowSourcesServiceDegradesTheDossier() {
        troopsClaim(stubs, null);
        slow(stubs.sources(), "{\"items\": [], \"missingIds\": []}");

        given().get("/api/claims/" + CLAIM).then().statusCode(200).body("degraded", contains("sources"));
    }

    @Test
    void slowSimilarClaimsAreLeftOutOfTheDossierMarkedDegraded() {
        troopsClaim(stubs, null);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/similar"))
                .willReturn(okJson("{\"items\": []}").withFixedDelay(4000)));

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("degraded", contains("similar"))
                .body("similar", nullValue())
                .body("claim.status", equalTo("DISPUTED"))
                .body("stances", hasSize(3))
                .body("stances[0].source.name", equalTo("Government of Ukraine"));
    }

    @Test
    void failingSimilarClaimsAreLeftOutOfTheDossierMarkedDegraded() {
        troopsClaim(stubs, null);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/similar")).willReturn(aResponse().withStatus(500)));
        down(stubs.sources());

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("degraded", contains("sources", "similar"))
                .body("similar", nullValue())
                .body("verdicts", hasSize(0))
                .body("stances", hasSize(3));
    }

    @Test
    void unknownClaimKeepsTheDownstream404Problem() {
        stubs.claims().stubFor(WireMock.any(WireMock.urlPathMatching("/claims/" + MISSING + ".*"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(problem(404, "Not Found", "No claim " + MISSING, null))));

        given().get("/api/claims/" + MISSING).then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No claim " + MISSING))
                .body("instance", equalTo("/api/claims/" + MISSING));
        given().get("/api/claims/" + MISSING + "/status").then().statusCode(404);
        given().get("/api/claims/" + MISSING + "/history").then().statusCode(404);
    }

    @Test
    void badClaimIdIs400WithoutADownstreamCall() {
        given().get("/api/claims/123").then().statusCode(400).body("errors.field", hasItem("id"));
        assertEquals(0, stubs.requestCount());
    }

    @Test
    void statusPassesAsOfThrough() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/status"))
                .willReturn(okJson(status("SINGLE_PARTY", null))));

        given().queryParam("asOf", "2021-12-29T12:00:00Z").get("/api/claims/" + CLAIM + "/status")
                .then().statusCode(200).body("status", equalTo("SINGLE_PARTY"));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/status"))
                .withQueryParam("asOf", WireMock.equalTo("2021-12-29T12:00:00Z")));
        given().queryParam("asOf", "last week").get("/api/claims/" + CLAIM + "/status")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
    }

    @Test
    void historyCountsAndSimilarPassThrough() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/history")).willReturn(okJson("""
                {"items": [{"at": "2026-11-28T10:00:00Z", "actor": "desk", "action": "CREATED", "details": {"text": "x"}}]}
                """)));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/counts")).willReturn(okJson("""
                {"total": 5, "byStatus": {"UNSOURCED": 1, "SINGLE_PARTY": 0, "CORROBORATED": 0, "DISPUTED": 4, "DENIED": 0,
                 "VERIFIED": 0, "MISLEADING": 0, "FALSE": 0, "UNVERIFIABLE": 0}}
                """)));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/similar")).willReturn(okJson("""
                {"items": [{"id": "%s", "text": "%s", "status": "DISPUTED", "score": 0.93}]}
                """.formatted(CLAIM, TEXT))));

        given().get("/api/claims/" + CLAIM + "/history").then().statusCode(200).body("items[0].action", equalTo("CREATED"));
        given().queryParam("party", "Russia").get("/api/claims/counts").then().statusCode(200)
                .body("total", equalTo(5)).body("byStatus.DISPUTED", equalTo(4));
        given().queryParam("text", "troops at the border").queryParam("limit", 3).get("/api/claims/similar")
                .then().statusCode(200).body("items[0].score", equalTo(0.93f));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims/similar"))
                .withQueryParam("limit", WireMock.equalTo("3")));
        given().get("/api/claims/similar").then().statusCode(400).body("errors.field", hasItem("text"));
    }

    @Test
    void sourcesAreNotNeededForTheList() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(page(claim(CLAIM, TEXT, "DISPUTED")))));
        down(stubs.sources());

        given().get("/api/claims").then().statusCode(200).body("items.id", containsInAnyOrder(CLAIM));
    }
}
