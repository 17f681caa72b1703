package org.claimtrack.system.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import org.claimtrack.system.ClaimtrackSystem;
import org.claimtrack.system.ClaimtrackSystem.Service;
import org.claimtrack.system.SharedSystem;
import org.junit.jupiter.api.Test;

/**
 * The internal services trust no one but the gateway: a write that does not carry the gateway's service token is
 * refused with a 401 problem, with a wrong token too; reads stay open on the internal network.
 */
class ServiceTrustIT {

    private final ClaimtrackSystem system = SharedSystem.get();

    @Test
    void directWritesWithoutTheGatewaysTokenAreRefusedAndReadsStayOpen() {
        String claims = system.service(Service.CLAIMS).baseUrl();
        String sources = system.service(Service.SOURCES).baseUrl();
        given().baseUri(claims).contentType("application/json").body(Map.of("text", "A claim written around the gateway"))
                .post("/claims").then().statusCode(401).contentType(containsString("application/problem+json"));
        given().baseUri(claims).header("X-Claimtrack-Service-Token", "not-the-token").contentType("application/json")
                .body(Map.of("text", "A claim written around the gateway")).post("/claims").then().statusCode(401);
        given().baseUri(sources).contentType("application/json").body(Map.of("name", "Around the gateway", "kind", "GROUP"))
                .post("/sources").then().statusCode(401).contentType(containsString("application/problem+json"));
        given().baseUri(claims).get("/claims").then().statusCode(200);
        given().baseUri(sources).get("/sources").then().statusCode(200);
        // and nothing was written
        given().baseUri(sources).queryParam("q", "Around the gateway").get("/sources").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }
}
