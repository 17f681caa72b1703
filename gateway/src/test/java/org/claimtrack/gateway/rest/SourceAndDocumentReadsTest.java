package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceAndDocumentReadsTest extends GatewayTest {

    private static final String ZAKHAROVA = "12121212-1212-4212-8212-121212121212";

    private void zakharovaWithChain() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + ZAKHAROVA)).willReturn(okJson(
                source(ZAKHAROVA, "Maria Zakharova", "PERSON", "Russia", "C", MINISTRY)).withHeader("ETag", "\"2\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MINISTRY)).willReturn(okJson(
                source(MINISTRY, "Russian Foreign Ministry", "GOVERNMENT", "Russia", "C", MOSCOW))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
    }

    private void zakharovaStances() {
        stubs.claims().stubFor(get(urlPathEqualTo("/stances/counts")).willReturn(okJson("""
                {"items": [{"sourceId": "%s", "byStance": {"ASSERTS": {"FALSE": 4, "DISPUTED": 1}, "DENIES": {"DISPUTED": 2}}}]}
                """.formatted(ZAKHAROVA))));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances")).willReturn(okJson("""
                {"items": [{"id": "%s", "claimId": "%s", "sourceId": "%s", "stance": "DENIES", "quote": "%s",
                  "documentId": "%s", "statedAt": "2021-12-30T11:00:00Z", "createdAt": "2026-11-28T10:01:00Z",
                  "source": {"name": "Maria Zakharova", "kind": "PERSON", "affiliation": "Russia", "reliability": "C"},
                  "claimText": "%s", "claimStatus": "DISPUTED"}], "page": 0, "size": 20, "total": 1}
                """.formatted(STANCE_MOSCOW, CLAIM, ZAKHAROVA, DENIAL, ARTICLE, TEXT))));
    }

    @Test
    void listOfSourcesPassesFilters() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(kiev(), moscow()))));

        given().queryParam("kind", "GOVERNMENT").queryParam("reliability", "C").queryParam("q", "Gov")
                .get("/api/sources").then().statusCode(200)
                .body("items.name", contains("Government of Ukraine", "Government of Russia"));
        stubs.sources().verify(getRequestedFor(urlPathEqualTo("/sources"))
                .withQueryParam("kind", WireMock.equalTo("GOVERNMENT"))
                .withQueryParam("reliability", WireMock.equalTo("C")));
        given().queryParam("kind", "ALIEN").get("/api/sources").then().statusCode(400)
                .body("errors[0].message", containsString("PERSON"));
        given().queryParam("reliability", "Z").get("/api/sources").then().statusCode(400)
                .body("errors.field", hasItem("reliability"));
    }

    /** "affiliation=" asks for the sources with no party of their own, as documented, not for every source. */
    @Test
    void anEmptyAffiliationAsksForSourcesWithoutAParty() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(kiev()))));
        given().urlEncodingEnabled(false).get("/api/sources?affiliation=&q=ministry").then().statusCode(200);
        given().get("/api/sources?q=ministry").then().statusCode(200);
        stubs.sources().verify(1, getRequestedFor(urlPathEqualTo("/sources")).withQueryParam("affiliation", WireMock.equalTo("")));
        stubs.sources().verify(1, getRequestedFor(urlPathEqualTo("/sources")).withQueryParam("affiliation", WireMock.absent()));
    }

    @Test
    void profileHasMemberOfChainAndTrackRecord() {
        zakharovaWithChain();
        zakharovaStances();

        given().get("/api/sources/" + ZAKHAROVA).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("source.name", equalTo("Maria Zakharova"))
                .body("memberOf.name", contains("Russian Foreign Ministry", "Government of Russia"))
                .body("trackRecord.asserts.FALSE", equalTo(4))
                .body("trackRecord.denies.DISPUTED", equalTo(2))
                .body("stances.items[0].claimText", equalTo(TEXT))
                .body("stances.items[0].claimStatus", equalTo("DISPUTED"))
                .body("degraded", empty());
    }

    @Test
    void profileWithoutTheClaimsServiceIsDegraded() {
        zakharovaWithChain();
        down(stubs.claims());

        given().get("/api/sources/" + ZAKHAROVA).then().statusCode(200)
                .body("source.name", equalTo("Maria Zakharova"))
                .body("memberOf.name", contains("Russian Foreign Ministry", "Government of Russia"))
                .body("trackRecord", nullValue())
                .body("stances", nullValue())
                .body("passages", nullValue())
                .body("degraded", contains("claims"));
    }

    @Test
    void sourceReadsWorkWhileClaimsAreDown() {
        down(stubs.claims());
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(kiev()))));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents")).willReturn(okJson(page(article(false)))));

        given().get("/api/sources").then().statusCode(200).body("items[0].id", equalTo(KIEV));
        given().get("/api/documents").then().statusCode(200).body("items[0].id", equalTo(ARTICLE));
    }

    @Test
    void profileWithoutTheSourcesServiceIs503() {
        down(stubs.sources());
        zakharovaStances();

        given().get("/api/sources/" + ZAKHAROVA).then().statusCode(503).header("Retry-After", "7")
                .body("detail", containsString("sources-service"));
    }

    @Test
    void unknownSourceKeepsTheDownstream404() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MISSING)).willReturn(WireMock.aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(404, "Not Found", "No source " + MISSING, null))));
        zakharovaStances();

        given().get("/api/sources/" + MISSING).then().statusCode(404).body("detail", equalTo("No source " + MISSING));
    }

    @Test
    void documentWithPublisherAndTheStancesQuotingIt() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE))
                .willReturn(okJson(article(true)).withHeader("ETag", "\"0\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        zakharovaStances();
        locatedAt("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

        given().get("/api/documents/" + ARTICLE).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("document.title", equalTo(ARTICLE_TITLE))
                .body("document.archivedText", containsString(DENIAL))
                .body("publisher.name", equalTo("Example News"))
                .body("stances.items[0].quote", equalTo(DENIAL))
                .body("passages[0].stanceId", equalTo(STANCE_MOSCOW))
                .body("passages[0].start", equalTo(138))
                .body("passages[0].end", equalTo(138 + DENIAL.length()))
                .body("degraded", empty());
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/stances"))
                .withQueryParam("documentId", WireMock.equalTo(ARTICLE)));
        // a stance recorded without a selector is located by its quote
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate"))
                .withRequestBody(WireMock.matchingJsonPath("$.quotes[0].exact", WireMock.equalTo(DENIAL))));
    }

    private void locatedAt(String sha) {
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate")).willReturn(okJson("""
                {"contentSha256": "%s", "items": [{"key": "%s", "found": true, "start": 138, "end": %d}]}
                """.formatted(sha, STANCE_MOSCOW, 138 + DENIAL.length()))));
    }

    @Test
    void passagesLocatedInAnotherVersionOfTheTextAreLeftOut() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        zakharovaStances();
        locatedAt("0000000000000000000000000000000000000000000000000000000000000000");

        given().get("/api/documents/" + ARTICLE).then().statusCode(200)
                .body("stances.items[0].quote", equalTo(DENIAL))
                .body("passages", nullValue())
                .body("degraded", contains("sources"));
    }

    @Test
    void documentWithoutTheClaimsServiceIsDegraded() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        down(stubs.claims());

        given().get("/api/documents/" + ARTICLE).then().statusCode(200)
                .body("document.id", equalTo(ARTICLE))
                .body("stances", nullValue())
                .body("passages", nullValue())
                .body("degraded", contains("claims"));
    }

    @Test
    void documentListPassesFiltersAndChecksThem() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents")).willReturn(okJson(page(article(false)))));

        given().queryParam("publisherId", OUTLET).get("/api/documents").then().statusCode(200)
                .body("items[0].url", equalTo(ARTICLE_URL));
        stubs.sources().verify(getRequestedFor(urlPathEqualTo("/documents"))
                .withQueryParam("publisherId", WireMock.equalTo(OUTLET)));
        given().queryParam("publisherId", "outlet").get("/api/documents").then().statusCode(400)
                .body("errors.field", hasItem("publisherId"));
    }
}
