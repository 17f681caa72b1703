package org.claimtrack.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.claimtrack.gateway.support.Fixtures;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest extends GatewayTest {

    /** The management interface's root (/q on its own port). */
    @TestHTTPResource(management = true)
    URL managementRoot;

    private String management(String path) {
        return managementRoot.toString().replaceAll("/+$", "") + path;
    }

    private static final String UP = "{\"status\": \"UP\", \"checks\": []}";

    @Test
    void healthAndMetricsAreOnTheManagementPortAndTheApiDocumentOnThePublicOne() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get(management("/metrics")).then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void eachServiceIsItsOwnCheck() {
        stubs.claims().stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(okJson(UP)));
        stubs.sources().stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(okJson(UP)));

        given().get(management("/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'claims-service' }.data.reachable", equalTo(true))
                .body("checks.find { it.name == 'sources-service' }.data.reachable", equalTo(true));
    }

    @Test
    void gatewayStaysReadyWhenAServiceIsDownAndSaysSo() {
        stubs.claims().stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(okJson(UP)));
        Fixtures.down(stubs.sources());

        given().get(management("/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'claims-service' }.data.reachable", equalTo(true))
                .body("checks.find { it.name == 'sources-service' }.data.reachable", equalTo(false))
                .body("checks.find { it.name == 'sources-service' }.data.impact", org.hamcrest.Matchers.containsString("degraded"));
    }
}
