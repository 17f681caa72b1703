package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.KIEV;
import static org.claimtrack.gateway.support.Fixtures.MOSCOW;
import static org.claimtrack.gateway.support.Fixtures.source;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** Parties through the gateway: root parties reach the claims-service's snapshots, and typos come back as choices. */
@QuarkusTest
class PartiesTest extends GatewayTest {

    static final String RUSSIA = "6ecd8c99-4036-403d-bf84-cf8400f67836";
    static final String FEDERATION = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

    static String party(String id, String name, String aliases, long version) {
        return """
                {"id": "%s", "name": "%s", "aliases": %s, "createdAt": "2026-11-28T09:00:00Z",
                 "updatedAt": "2026-11-28T09:00:00Z", "version": %d}
                """.formatted(id, name, aliases, version);
    }

    /** A source whose own and root party are given (the sources-service's answer). */
    static String sourceOf(String id, String name, String partyId, String partyName, long version) {
        String plain = source(id, name, "GOVERNMENT", partyName, "C", null).replace("\"version\": 0", "\"version\": " + version);
        String ref = "{\"id\": \"" + partyId + "\", \"name\": \"" + partyName + "\"}";
        return plain.replace("\"kind\"", "\"party\": " + ref + ", \"rootParty\": " + ref + ", \"kind\"");
    }

    @Test
    void aSourceWriteCarriesItsNewRootPartyIntoTheSnapshotsOfItAndItsMembers() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW))
                .willReturn(okJson(sourceOf(MOSCOW, "Kremlin press service", FEDERATION, "Russian Federation", 0))));
        String after = sourceOf(MOSCOW, "Kremlin press service", RUSSIA, "Russia", 1);
        stubs.sources().stubFor(put(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(after).withHeader("ETag", "\"1\"")));
        // the press service has a member (Kiev stands in for it): its root party changes too
        String member = sourceOf(KIEV, "Press officer", RUSSIA, "Russia", 3);
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW + "/members"))
                .willReturn(okJson("{\"sourceIds\": [\"" + KIEV + "\", \"" + MOSCOW + "\"]}")));
        stubs.sources().stubFor(post(urlPathEqualTo("/sources/lookup"))
                .willReturn(okJson("{\"items\": [" + member + ", " + after + "], \"missingIds\": []}")));
        stubs.claims().stubFor(put(WireMock.urlPathMatching("/source-snapshots/.*"))
                .willReturn(okJson("{\"stancesUpdated\": 1, \"claimsRecomputed\": 1, \"statusesChanged\": 1}")));

        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Kremlin press service\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Russia\", \"reliability\": \"C\"}")
                .put("/api/sources/" + MOSCOW).then().statusCode(200)
                .body("source.rootParty.name", equalTo("Russia"))
                .body("snapshotRefresh.state", equalTo("DONE"))
                .body("snapshotRefresh.statusesChanged", equalTo(2));
        for (String id : new String[] {MOSCOW, KIEV}) {
            stubs.claims().verify(putRequestedFor(urlPathEqualTo("/source-snapshots/" + id))
                    .withQueryParam("reason", WireMock.containing("changed from \"Russian Federation\" to \"Russia\""))
                    .withRequestBody(equalToJson("{\"rootPartyId\": \"" + RUSSIA + "\", \"rootPartyName\": \"Russia\"}", true, true)));
        }
    }

    @Test
    void aMergeRefreshesEverySourceUnderThePartyMergedIntoAndSaysWhy() {
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + FEDERATION))
                .willReturn(okJson(party(FEDERATION, "Russian Federation", "[]", 0))));
        stubs.sources().stubFor(post(urlPathEqualTo("/parties/" + FEDERATION + "/merge")).willReturn(
                okJson(party(RUSSIA, "Russia", "[\"Russian Federation\"]", 1)).withHeader("ETag", "\"1\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + RUSSIA + "/sources"))
                .willReturn(okJson("{\"sourceIds\": [\"" + MOSCOW + "\"]}")));
        stubs.sources().stubFor(post(urlPathEqualTo("/sources/lookup")).willReturn(okJson(
                "{\"items\": [" + sourceOf(MOSCOW, "Kremlin press service", RUSSIA, "Russia", 1) + "], \"missingIds\": []}")));
        stubs.claims().stubFor(put(urlPathEqualTo("/source-snapshots/" + MOSCOW))
                .willReturn(okJson("{\"stancesUpdated\": 2, \"claimsRecomputed\": 1, \"statusesChanged\": 1}")));

        TestUsers.editor().contentType(ContentType.JSON).body("{\"into\": \"" + RUSSIA + "\"}")
                .post("/api/parties/" + FEDERATION + "/merge").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("party.aliases", hasItem("Russian Federation"))
                .body("snapshotRefresh.state", equalTo("DONE"))
                .body("snapshotRefresh.statusesChanged", equalTo(1));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/parties/" + FEDERATION + "/merge"))
                .withRequestBody(equalToJson("{\"into\": \"" + RUSSIA + "\"}")));
        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/source-snapshots/" + MOSCOW))
                .withQueryParam("reason", WireMock.equalTo("party \"Russian Federation\" merged into \"Russia\""))
                .withRequestBody(equalToJson("{\"rootPartyId\": \"" + RUSSIA + "\"}", true, true)));

        // reads are open, writes need the editor role
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body("{\"into\": \"" + RUSSIA + "\"}")
                .post("/api/parties/" + FEDERATION + "/merge").then().statusCode(401);
        TestUsers.editor().contentType(ContentType.JSON).body("{\"into\": \"nope\"}")
                .post("/api/parties/" + FEDERATION + "/merge").then().statusCode(400).body("errors.field", hasItem("into"));
    }

    @Test
    void aTypoIsPassedOnWithItsCandidates() {
        stubs.sources().stubFor(post(urlPathEqualTo("/sources")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "about:blank", "title": "Conflict", "status": 409, "detail": "No party is named \\"Rusia\\".",
                         "errors": [{"field": "affiliation", "message": "close to existing parties: \\"Russia\\""}],
                         "candidates": [{"id": "%s", "name": "Russia"}]}
                        """.formatted(RUSSIA))));

        TestUsers.editor().contentType(ContentType.JSON).body("{\"name\": \"Embassy\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Rusia\"}")
                .post("/api/sources").then().statusCode(409)
                .contentType("application/problem+json")
                .body("candidates[0].id", equalTo(RUSSIA))
                .body("candidates[0].name", equalTo("Russia"));
    }

    @Test
    void partiesAreListedAndReadOpenly() {
        stubs.sources().stubFor(get(urlPathEqualTo("/parties")).willReturn(okJson(
                "{\"items\": [" + party(RUSSIA, "Russia", "[\"Moscow\"]", 0) + "], \"page\": 0, \"size\": 20, \"total\": 1}")));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + RUSSIA))
                .willReturn(okJson(party(RUSSIA, "Russia", "[\"Moscow\"]", 2)).withHeader("ETag", "\"2\"")));

        io.restassured.RestAssured.given().queryParam("q", "moscow").get("/api/parties").then().statusCode(200)
                .body("items[0].name", equalTo("Russia"));
        stubs.sources().verify(WireMock.getRequestedFor(urlPathEqualTo("/parties")).withQueryParam("q", WireMock.equalTo("moscow")));
        io.restassured.RestAssured.given().get("/api/parties/" + RUSSIA).then().statusCode(200).header("ETag", "\"2\"")
                .body("aliases[0]", equalTo("Moscow"));
        io.restassured.RestAssured.given().queryParam("country", "ru").get("/api/parties").then().statusCode(400)
                .body("errors.field", hasItem("country"));
    }
}
