package org.claimtrack.gateway.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** Who the downstream calls name when nobody is signed in: the documented defaults (docs/security.md). */
@QuarkusTest
class ActorTest extends GatewayTest {

    @Inject
    SnapshotRefresher refresher;

    @Inject
    Vertx vertx;

    @Test
    void anAnonymousReadNamesAnonymousWhateverTheClientSends() {
        troopsClaim(stubs, null);
        given().header(Actor.HEADER, "someone-else").get("/api/claims/" + CLAIM).then().statusCode(200);
        stubs.claims().verify(getRequestedFor(urlPathMatching("/claims/" + CLAIM + ".*")).withHeader(Actor.HEADER, equalTo(Actor.ANONYMOUS)));
    }

    @Test
    void theBackgroundSnapshotRefreshWritesAsTheGatewayItself() throws Exception {
        String renamed = source(MOSCOW, "Kremlin", "GOVERNMENT", "Russia", "C", null).replace("\"version\": 0", "\"version\": 1");
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.sources().stubFor(put(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(renamed).withHeader("ETag", "\"1\"")));
        down(stubs.claims());
        TestUsers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Kremlin\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Russia\", \"reliability\": \"C\"}")
                .put("/api/sources/" + MOSCOW).then().statusCode(200).body("snapshotRefresh.state", org.hamcrest.Matchers.equalTo("PENDING"));

        // the claims-service is back; the retry round runs on a Vert.x timer, as in production, outside any request
        stubs.claims().resetAll();
        stubs.claims().stubFor(put(urlPathEqualTo("/source-snapshots/" + MOSCOW)).willReturn(okJson(
                "{\"stancesUpdated\": 1, \"claimsRecomputed\": 1, \"statusesChanged\": 0}")));
        CompletableFuture<Void> round = new CompletableFuture<>();
        vertx.setTimer(1, tick -> refresher.retryPending().subscribe().with(round::complete, round::completeExceptionally));
        round.get(10, TimeUnit.SECONDS);

        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/source-snapshots/" + MOSCOW))
                .withHeader(Actor.HEADER, equalTo(Actor.SYSTEM)));
    }
}
