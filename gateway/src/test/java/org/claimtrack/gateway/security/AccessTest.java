package org.claimtrack.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.TEXT;
import static org.claimtrack.gateway.support.Fixtures.claim;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Anonymous and signed-in writes through the API, and who the services are told is acting. */
@QuarkusTest
class AccessTest extends GatewayTest {

    private static final String NEW_CLAIM = "{\"text\": \"" + TEXT + "\"}";

    @BeforeEach
    void stubCreate() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"")
                .withHeader("Location", "/claims/" + CLAIM).withBody(claim(CLAIM, TEXT, "UNSOURCED"))));
    }

    @Test
    void anonymousWriteIsRefusedWithAProblemAndNothingReachesTheService() {
        given().contentType("application/json").body(NEW_CLAIM)
                .when().post("/api/claims")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm="))
                .body("status", org.hamcrest.Matchers.equalTo(401))
                .body("detail", containsString("editor"));
        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims")));
    }

    @Test
    void editorWritesUnderTheirOwnNameWhateverTheActorHeaderSays() {
        // a cold test JVM may time out its very first downstream call before sending it: try up to three times
        for (int attempt = 0; attempt < 3 && stubs.claims().getAllServeEvents().isEmpty(); attempt++) {
            TestUsers.editor().contentType("application/json").header("X-Claimtrack-Actor", "someone-else")
                    .body(NEW_CLAIM)
                    .when().post("/api/claims")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(201, 503));
        }
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims"))
                .withHeader("X-Claimtrack-Actor", equalTo(TestUsers.EDITOR))
                .withHeader("X-Claimtrack-Service-Token", equalTo(DownstreamStubs.SERVICE_TOKEN)));
    }

    @Test
    void wrongPasswordIsA401Problem() {
        given().auth().preemptive().basic(TestUsers.EDITOR, "wrong").contentType("application/json").body(NEW_CLAIM)
                .when().post("/api/claims")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("title", equalToIgnoringCase("Unauthorized"));
        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims")));
    }

    @Test
    void editorCannotAddAVerdictNorDelete() {
        TestUsers.editor().contentType("application/json")
                .body("{\"rating\": \"FALSE\", \"explanation\": \"No evidence.\", \"reviewer\": \"x\"}")
                .when().post("/api/claims/" + CLAIM + "/verdicts")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("reviewer"));
        TestUsers.editor().header("If-Match", "\"0\"")
                .when().delete("/api/claims/" + CLAIM)
                .then().statusCode(403);
        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/verdicts")));
    }
}
