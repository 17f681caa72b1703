package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * Keyset pages through the gateway: `cursor` goes to the claims-service as it came, its `next` comes back, and its
 * refusal of a cursor reaches the caller as a 400 naming `cursor` (the claims-service walks are tested there,
 * CursorPagingTest, and end to end in the system tests).
 */
@QuarkusTest
class CursorPassThroughTest extends GatewayTest {

    private static final String NEXT = "azF8dXBkYXRlZEF0LGRlc2N8MTY0MDg2MjAwMDAwMDAwMHwzZmE4NWY2NC01NzE3LTQ1NjItYjNmYy0yYzk2M2Y2NmFmYTY";
    private static final String CURSOR = "azF8Y3JlYXRlZEF0LGFzY3wxNjQwODYyMDAwMDAwMDAwfDNmYTg1ZjY0LTU3MTctNDU2Mi1iM2ZjLTJjOTYzZjY2YWZhNg";

    private static String pageWithNext(String next, String... items) {
        return "{\"items\": [" + String.join(",", items) + "], \"page\": 0, \"size\": 1, \"total\": 3"
                + (next == null ? "" : ", \"next\": \"" + next + "\"") + "}";
    }

    @Test
    void claimListPassesTheCursorAndReturnsNext() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(pageWithNext(NEXT, claim(CLAIM, TEXT, "DISPUTED")))));

        given().queryParam("sort", "createdAt,asc").queryParam("size", 1).queryParam("cursor", CURSOR).get("/api/claims")
                .then().statusCode(200).body("items", hasSize(1)).body("next", equalTo(NEXT)).body("total", equalTo(3));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims"))
                .withQueryParam("cursor", WireMock.equalTo(CURSOR))
                .withQueryParam("sort", WireMock.equalTo("createdAt,asc")));

        // the last page: no next, and without a cursor none is sent on
        stubs.claims().resetRequests();
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(pageWithNext(null, claim(CLAIM, TEXT, "DISPUTED")))));
        given().get("/api/claims").then().statusCode(200).body("$", not(hasKey("next")));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("cursor", absent()));
    }

    @Test
    void aCursorTheClaimsServiceRefusesIsA400NamingCursor() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(400, "Bad Request", "Invalid cursor: is not a cursor of this list: pass the `next` of a page as it was returned",
                        "\"errors\": [{\"field\": \"cursor\", \"message\": \"is not a cursor of this list: pass the `next` of a page as it was returned\"}]"))));

        given().queryParam("cursor", "garbage").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void claimReviewFeedAndStancePagesPassTheCursorToo() {
        troopsClaim(stubs, verdict(VERDICT, "MOSTLY_TRUE", "2022-01-05T10:00:00Z"));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(pageWithNext(NEXT, claim(CLAIM, TEXT, "VERIFIED")))));
        given().queryParam("cursor", CURSOR).get("/api/claimreview").then().statusCode(200)
                .body("items", hasSize(1)).body("next", equalTo(NEXT));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("cursor", WireMock.equalTo(CURSOR))
                .withQueryParam("sort", WireMock.equalTo("updatedAt,desc")));

        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE))
                .willReturn(okJson(article(false)).withHeader("ETag", "\"0\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances")).willReturn(okJson("""
                {"items": [], "page": 0, "size": 20, "total": 3, "next": "%s"}
                """.formatted(NEXT))));
        given().queryParam("cursor", CURSOR).get("/api/documents/" + ARTICLE).then().statusCode(200)
                .body("stances.next", equalTo(NEXT));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/stances")).withQueryParam("documentId", WireMock.equalTo(ARTICLE))
                .withQueryParam("cursor", WireMock.equalTo(CURSOR)));
    }
}
