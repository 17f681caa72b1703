package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health and metrics on the management port only; the OpenAPI document and Swagger UI on the API port. */
@QuarkusTest
class OperabilityTest {

    /** The management interface's root (/q on its own port). */
    @TestHTTPResource(management = true)
    URL managementRoot;

    private String management(String path) {
        return managementRoot.toString().replaceAll("/+$", "") + path;
    }

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get(management("/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get(management("/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAndSwaggerUiAreServed() {
        given().get("/sources").then().statusCode(200);
        given().get(management("/metrics")).then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theApiPortServesNoManagementEndpoints() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }
}
