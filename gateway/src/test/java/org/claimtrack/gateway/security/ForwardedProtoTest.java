package org.claimtrack.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * Behind the TLS Ingress the gateway hears plain HTTP: its cookies are Secure because the trusted proxy says the client
 * came over https (X-Forwarded-Proto; the test profile trusts loopback as the Kubernetes config trusts the ingress
 * controller's range, deploy/kubernetes/base/gateway/config.env).
 */
@QuarkusTest
class ForwardedProtoTest extends GatewayTest {

    @Test
    void cookiesAreSecureWhenTheProxySaysTheClientUsedHttps() {
        String viaTls = given().header("X-Forwarded-Proto", "https").get("/login").then().statusCode(200)
                .extract().header("Set-Cookie");
        assertTrue(viaTls != null && viaTls.contains(CsrfToken.NAME + "=") && viaTls.contains("Secure"), viaTls);

        String plain = given().get("/login").then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(plain != null && plain.contains(CsrfToken.NAME + "="), plain);
        assertFalse(plain.contains("Secure"), plain);
    }
}
