package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.KIEV;
import static org.claimtrack.gateway.support.Fixtures.MINISTRY;
import static org.claimtrack.gateway.support.Fixtures.MOSCOW;
import static org.claimtrack.gateway.support.Fixtures.WEST;
import static org.claimtrack.gateway.support.Fixtures.troopsClaim;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/claims/{id}?explain=partyChains}: every evidence source carries how its root party was decided, from
 * one batched sources-service read, asked only when requested; the web UI shows the same on request.
 */
@QuarkusTest
class PartyChainsTest extends GatewayTest {

    static final String RUSSIA = "6ecd8c99-4036-403d-bf84-cf8400f67836";
    static final String GOVERNMENT_PARTY = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    static final String UKRAINE = "2c5ea4c0-4067-41fa-9a4c-6a1d1a2b3c4d";

    /** Kiev's own party; Moscow a member of the Foreign Ministry source, whose party belongs to Russia; West none. */
    private void chains() {
        stubs.sources().stubFor(post(urlPathEqualTo("/sources/party-chains")).willReturn(okJson("""
                {"items": [
                  {"sourceId": "%s", "steps": [{"link": "SOURCE", "id": "%s", "name": "Government of Ukraine"},
                                               {"link": "PARTY", "id": "%s", "name": "Ukraine"}],
                   "rootParty": {"id": "%s", "name": "Ukraine"}},
                  {"sourceId": "%s", "steps": [{"link": "SOURCE", "id": "%s", "name": "Western governments"}]},
                  {"sourceId": "%s", "steps": [{"link": "SOURCE", "id": "%s", "name": "Government of Russia"},
                                               {"link": "MEMBER_OF", "id": "%s", "name": "Russian Foreign Ministry"},
                                               {"link": "PARTY", "id": "%s", "name": "Government of Russia"},
                                               {"link": "PARENT", "id": "%s", "name": "Russia"}],
                   "rootParty": {"id": "%s", "name": "Russia"}}],
                 "missingIds": []}
                """.formatted(KIEV, KIEV, UKRAINE, UKRAINE, WEST, WEST, MOSCOW, MOSCOW, MINISTRY, GOVERNMENT_PARTY, RUSSIA,
                RUSSIA))));
    }

    @Test
    void withoutTheParameterNoChainIsAskedForOrShown() {
        troopsClaim(stubs, null);
        chains();

        given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("status.evidence.asserting[0].sources[0].partyChain", nullValue())
                .body("status.evidence.denying[0].sources[0].partyChain", nullValue());

        assertEquals(0, stubs.sources().findAll(postRequestedFor(urlPathEqualTo("/sources/party-chains"))).size());
    }

    @Test
    void explainPartyChainsGivesEachEvidenceSourceItsChainFromOneBatchedCall() {
        troopsClaim(stubs, null);
        chains();

        given().queryParam("explain", "partyChains").get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("degraded", empty())
                .body("status.status", equalTo("DISPUTED"))
                .body("status.evidence.asserting[0].sources[0].partyChain.steps.link", contains("SOURCE", "PARTY"))
                .body("status.evidence.asserting[0].sources[0].partyChain.rootParty.name", equalTo("Ukraine"))
                // no party anywhere: its own party, no root party
                .body("status.evidence.asserting[1].sources[0].partyChain.steps.link", contains("SOURCE"))
                .body("status.evidence.asserting[1].sources[0].partyChain.rootParty", nullValue())
                .body("status.evidence.denying[0].sources[0].partyChain.steps.link",
                        contains("SOURCE", "MEMBER_OF", "PARTY", "PARENT"))
                .body("status.evidence.denying[0].sources[0].partyChain.steps.name",
                        contains("Government of Russia", "Russian Foreign Ministry", "Government of Russia", "Russia"))
                .body("status.evidence.denying[0].sources[0].partyChain.steps.id",
                        contains(MOSCOW, MINISTRY, GOVERNMENT_PARTY, RUSSIA))
                .body("status.evidence.denying[0].sources[0].partyChain.rootParty.id", equalTo(RUSSIA));

        var calls = stubs.sources().findAll(postRequestedFor(urlPathEqualTo("/sources/party-chains")));
        assertEquals(1, calls.size());
        assertEquals(Set.of(KIEV, WEST, MOSCOW), Set.copyOf(JsonPath.from(calls.get(0).getBodyAsString()).getList("ids")));
    }

    @Test
    void chainsGoWithAsOfToo() {
        troopsClaim(stubs, null);
        chains();

        given().queryParam("explain", "partyChains").queryParam("asOf", "2021-12-30T09:00:00Z").get("/api/claims/" + CLAIM)
                .then().statusCode(200)
                .body("asOf", equalTo("2021-12-30T09:00:00Z"))
                .body("status.evidence.denying[0].sources[0].partyChain.rootParty.name", equalTo("Russia"));
    }

    @Test
    void anUnknownExplainValueIsA400ProblemNamingTheParameter() {
        // (an empty value is no request, like an empty asOf)
        for (String value : new String[] {"chain", "PARTYCHAINS", "partyChains,more", "1"}) {
            given().queryParam("explain", value).get("/api/claims/" + CLAIM).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("explain"))
                    .body("errors.message", hasItem("must be partyChains"));
        }
        assertEquals(0, stubs.requestCount());
    }

    @Test
    void withoutAnAnswerForTheChainsTheDossierIsDegradedNotInvented() {
        troopsClaim(stubs, null);
        stubs.sources().stubFor(post(urlPathEqualTo("/sources/party-chains"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().queryParam("explain", "partyChains").get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("degraded", contains("sources"))
                .body("status.status", equalTo("DISPUTED"))
                .body("stances[0].source.name", equalTo("Government of Ukraine"))
                .body("status.evidence.denying[0].sources[0].partyChain", nullValue());
    }

    @Test
    void theDossierPageLinksToTheChainsAndShowsThemWhenAsked() {
        troopsClaim(stubs, null);
        chains();

        RestAssured.given().noFilters().accept("text/html").get("/claims/" + CLAIM).then().statusCode(200)
                .body(allOf(containsString("href=\"/claims/" + CLAIM + "?explain=partyChains\""),
                        not(containsString("data-testid=\"party-chain\""))));
        assertEquals(0, stubs.sources().findAll(postRequestedFor(urlPathEqualTo("/sources/party-chains"))).size());

        String page = RestAssured.given().noFilters().accept("text/html").queryParam("explain", "partyChains")
                .get("/claims/" + CLAIM).then().statusCode(200).extract().asString();
        // the heading is a message (docs/ui.md, "Languages"): Qute escapes its apostrophe like any value
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("How each source&#39;s party was decided</h3>")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("<ol class=\"chain\" aria-label=\"How the party of Government of Russia was decided\">")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("is a member of")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("href=\"/sources/" + MINISTRY + "\">Russian Foreign Ministry</a>")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("which belongs to")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("href=\"/parties?q=Russia#party-" + RUSSIA + "\">Russia</a>")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("it is its own party")),
                // the as-of form keeps the chains
                () -> org.junit.jupiter.api.Assertions.assertTrue(page.contains("<input type=\"hidden\" name=\"explain\" value=\"partyChains\">")));
    }
}
