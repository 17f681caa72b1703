package org.claimtrack.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The served document is the contract for outside clients: every operation must be fully described. */
@QuarkusTest
class OpenApiDocumentTest extends GatewayTest {

    @Test
    void everyOperationHasIdSummaryTagsAndProblemErrorsWith503RetryAfter() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                operations++;
                // the acting user is the signed-in one, never a parameter a client could set
                assertTrue(!String.valueOf(operation.get("parameters")).contains("X-Claimtrack-Actor"), where);
                assertNotNull(operation.get("operationId"), where);
                assertNotNull(operation.get("summary"), where);
                assertNotNull(operation.get("description"), where);
                assertTrue(!((List<?>) operation.get("tags")).isEmpty(), where);
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertTrue(responses.containsKey("400"), where);
                assertTrue(((Map<?, ?>) responses.get("503").get("headers")).containsKey("Retry-After"), where);
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        assertTrue(((Map<?, ?>) response.get("content")).containsKey("application/problem+json"), where + " " + code);
                    }
                });
            }
        }
        assertTrue(operations >= 24, "operations documented: " + operations);
        assertEquals(List.of("claims", "sources", "similar"), doc.getList("components.schemas.Downstream.enum"));
        assertNotNull(doc.get("components.schemas.Dossier.properties.degraded"));
        assertNotNull(doc.get("info.contact"));
        assertNotNull(doc.get("info.license"));
        assertTrue(!doc.getList("servers").isEmpty());
    }
}
