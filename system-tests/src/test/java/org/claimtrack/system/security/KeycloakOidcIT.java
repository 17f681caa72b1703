package org.claimtrack.system.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.system.ClaimtrackSystem;
import org.claimtrack.system.ClaimtrackSystem.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in: the gateway started with OIDC configuration against a real Keycloak; a token for each realm
 * role gets exactly that role's rights, and history names the token's user. Runs under -Ppostgres (CI), which
 * fetches Keycloak; the plain build reports it as skipped, with the reason.
 */
@Tag("keycloak")
@EnabledIfSystemProperty(named = "claimtrack.keycloak.enabled", matches = "true", disabledReason = "needs a real Keycloak, "
        + "which only the postgres profile unpacks: ./mvnw verify -Ppostgres runs it (docs/testing.md)")
class KeycloakOidcIT {

    private static KeycloakServer keycloak;
    private static ClaimtrackSystem system;

    @BeforeAll
    static void start() {
        keycloak = new KeycloakServer();
        system = ClaimtrackSystem.builder("keycloak")
                .env(Service.GATEWAY, "CLAIMTRACK_OIDC_ENABLED", "true")
                .env(Service.GATEWAY, "CLAIMTRACK_OIDC_AUTH_SERVER_URL", keycloak.issuer())
                .env(Service.GATEWAY, "CLAIMTRACK_OIDC_CLIENT_ID", "claimtrack-gateway")
                .start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private static String token(String user) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "password", "client_id", "claimtrack-tests", "username", user,
                        "password", "kc-test-" + user))
                .post(keycloak.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(system.gatewayUrl()).auth().oauth2(token(user));
    }

    private static RequestSpecification anonymous() {
        return given().baseUri(system.gatewayUrl());
    }

    private static String newClaim(RequestSpecification who) {
        return who.contentType("application/json")
                .body(Map.of("text", "Keycloak test claim " + UUID.randomUUID()))
                .post("/api/claims").then().statusCode(201).extract().path("id");
    }

    private static Map<String, String> verdict() {
        return Map.of("rating", "FALSE", "explanation", "No evidence was found.", "reviewer", "desk");
    }

    @Test
    void eachRoleGetsExactlyItsRights() {
        anonymous().contentType("application/json").body(Map.of("text", "An anonymous claim text"))
                .post("/api/claims").then().statusCode(401).contentType(containsString("application/problem+json"))
                .header("WWW-Authenticate", containsString("Bearer"));
        anonymous().auth().oauth2("not-a-token").get("/api/claims").then().statusCode(401);

        // a signed-in user without a role reads, and nothing more
        as("kc-reader").get("/api/claims").then().statusCode(200);
        as("kc-reader").contentType("application/json").body(Map.of("text", "A reader's claim text"))
                .post("/api/claims").then().statusCode(403);

        String claim = newClaim(as("kc-editor"));
        as("kc-editor").contentType("application/json").body(verdict())
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(403);
        as("kc-editor").header("If-Match", "\"0\"").delete("/api/claims/" + claim).then().statusCode(403);
        as("kc-editor").get("/api/users").then().statusCode(403);

        as("kc-reviewer").contentType("application/json").body(verdict())
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(201);
        as("kc-reviewer").header("If-Match", "\"1\"").delete("/api/claims/" + claim).then().statusCode(403);
        as("kc-reviewer").get("/api/users").then().statusCode(403);

        // history names the token's user for each write
        anonymous().get("/api/claims/" + claim + "/history").then().statusCode(200)
                .body("items.actor", hasItems("kc-editor", "kc-reviewer"));

        as("kc-admin").get("/api/users").then().statusCode(200);
        String etag = anonymous().get("/api/claims/" + claim).then().statusCode(200).extract().header("ETag");
        as("kc-admin").header("If-Match", etag).delete("/api/claims/" + claim).then().statusCode(204);
        assertEquals(404, anonymous().get("/api/claims/" + claim).statusCode());
    }
}
