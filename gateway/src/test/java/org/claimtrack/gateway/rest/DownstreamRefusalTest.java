package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A downstream 401 or 403 (the gateway's own service token is wrong: not the caller's fault) and any downstream 5xx
 * reach the caller as the gateway's 503 problem with Retry-After naming the service, never as the downstream's
 * status or words; reads and writes alike, for both services.
 */
@QuarkusTest
class DownstreamRefusalTest extends GatewayTest {

    /** What the service would say: none of it may reach the caller. */
    private static final String DOWNSTREAM_DETAIL = "Writes need the header X-Claimtrack-Service-Token with this service's token";

    private static void answers(WireMockServer service, int status) {
        service.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\": \"Downstream\", \"status\": " + status + ", \"detail\": \"" + DOWNSTREAM_DETAIL + "\"}")));
    }

    private static void assertGatewayUnavailable(ValidatableResponse response, String service) {
        response.statusCode(503).contentType("application/problem+json").header("Retry-After", "7")
                .body("status", equalTo(503))
                .body("detail", containsString(service))
                .body("detail", not(containsString("X-Claimtrack-Service-Token")));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 500, 502, 503})
    void claimsServiceRefusalIs503(int status) {
        answers(stubs.claims(), status);

        assertGatewayUnavailable(given().get("/api/claims").then(), "claims-service");
        assertGatewayUnavailable(given().get("/api/claims/" + CLAIM).then(), "claims-service");
        assertGatewayUnavailable(TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"text\": \"The bridge was closed on Monday\", \"topic\": \"bridges\"}").post("/api/claims").then(),
                "claims-service");
        // it did ask, with its token: the refusal is the service's, and it was not passed on
        stubs.claims().verify(com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly(1),
                anyRequestedFor(anyUrl()).withHeader("X-Claimtrack-Service-Token",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(DownstreamStubs.SERVICE_TOKEN)));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 500, 502, 503})
    void sourcesServiceRefusalIs503(int status) {
        answers(stubs.sources(), status);

        assertGatewayUnavailable(given().get("/api/sources").then(), "sources-service");
        assertGatewayUnavailable(TestUsers.editor().contentType(ContentType.JSON)
                .body("{\"name\": \"Maria Zakharova\", \"kind\": \"PERSON\"}").post("/api/sources").then(),
                "sources-service");
    }
}
