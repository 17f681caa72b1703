package org.claimtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/**
 * Plain REST Assured calls to the gateway's public API as the admin (who may do everything), every response checked
 * against the served document.
 */
public final class Gateway {

    private final String baseUrl;
    private final String adminPassword;

    public Gateway(ClaimtrackSystem system) {
        this.baseUrl = system.gatewayUrl();
        this.adminPassword = system.adminPassword();
    }

    /** An anonymous request to the gateway with the OpenAPI response check. */
    public RequestSpecification anonymous() {
        return RestAssured.given().spec(OpenApiCheck.spec(baseUrl));
    }

    /** A request as the admin (HTTP Basic), with the OpenAPI response check. */
    public RequestSpecification given() {
        return anonymous().auth().preemptive().basic(ClaimtrackSystem.ADMIN, adminPassword);
    }

    /** POSTs JSON, expects 201, returns the new id. */
    public String create(String path, Map<String, ?> body) {
        Response r = given().contentType("application/json").body(body).post(path);
        assertEquals(201, r.statusCode(), "POST " + path + " " + body + ": " + r.asString());
        return r.jsonPath().getString("id");
    }

    public String source(String name, String kind, String affiliation, String reliability) {
        return create("/api/sources", Map.of("name", name, "kind", kind, "affiliation", affiliation,
                "reliability", reliability));
    }

    public String claim(String text) {
        return create("/api/claims", Map.of("text", text));
    }

    /** A stance without a document. */
    public String stance(String claimId, String sourceId, String stance, String quote, String statedAt) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", sourceId, "stance", stance, "quote", quote,
                "statedAt", statedAt));
        return create("/api/claims/" + claimId + "/stances", body);
    }
}
