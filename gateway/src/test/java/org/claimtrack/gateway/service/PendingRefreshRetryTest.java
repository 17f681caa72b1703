package org.claimtrack.gateway.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.MOSCOW;
import static org.claimtrack.gateway.support.Fixtures.down;
import static org.claimtrack.gateway.support.Fixtures.moscow;
import static org.claimtrack.gateway.support.Fixtures.source;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * The background retry of a snapshot refresh left pending: once the claims-service answers again, the gateway pushes
 * the source's current record by itself (as the gateway, not as the user who saved it) and owes nothing any more.
 * The test profile pushes the retry to an hour; this class runs it every 200 ms.
 */
@QuarkusTest
@TestProfile(PendingRefreshRetryTest.FastRetry.class)
class PendingRefreshRetryTest extends GatewayTest {

    public static class FastRetry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimtrack.snapshot-refresh-retry-every", "200ms");
        }
    }

    private static final String RENAMED = source(MOSCOW, "Kremlin", "GOVERNMENT", "Russia", "C", null)
            .replace("\"version\": 0", "\"version\": 1");

    private static final String EDIT = "rename";
    private static final String SAVED = "saved";

    @Inject
    SnapshotRefresher refresher;

    @Test
    void aPendingRefreshIsPushedByTheBackgroundRetryOnceTheClaimsServiceAnswers() {
        renameWhileTheClaimsServiceIsDown();

        // the claims-service comes back (the sources-service goes on serving the saved record: resetting it too would
        // let a retry read a 404 in between and settle the refresh as a deleted source's)
        stubs.claims().resetAll();
        stubs.claims().stubFor(put(urlPathEqualTo("/source-snapshots/" + MOSCOW)).willReturn(okJson(
                "{\"stancesUpdated\": 3, \"claimsRecomputed\": 2, \"statusesChanged\": 1}")));

        awaitNothingPending();
        stubs.claims().verify(1, putRequestedFor(urlPathEqualTo("/source-snapshots/" + MOSCOW))
                .withRequestBody(equalToJson("{\"name\": \"Kremlin\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Russia\", \"reliability\": \"C\"}"))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(Actor.SYSTEM)));
    }

    @Test
    void aRefreshStillFailingStaysPendingAndIsTriedAgain() {
        renameWhileTheClaimsServiceIsDown();
        int tried = tries();

        // two more background rounds reach the (still failing) claims-service; the refresh stays owed
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tries() < tried + 2) {
            assertTrue(System.nanoTime() < deadline, "no background retry within 30 s");
            sleep(100);
        }
        assertEquals(Set.of(MOSCOW), refresher.pending());

        stubs.claims().resetAll(); // let it through, so no refresh is left owed for the next test
        stubs.claims().stubFor(put(urlPathEqualTo("/source-snapshots/" + MOSCOW)).willReturn(okJson(
                "{\"stancesUpdated\": 0, \"claimsRecomputed\": 0, \"statusesChanged\": 0}")));
        awaitNothingPending();
    }

    /** Saves a new name while the claims-service is unreachable: the source is saved, its refresh left pending. */
    private void renameWhileTheClaimsServiceIsDown() {
        // the sources-service serves the record before the edit until the edit is saved, and the saved one from that
        // moment on, as the real one does: a background retry that reads it before the claims-service is back (even
        // one that starts before this method returns) must push the new name, not the one before the edit
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).inScenario(EDIT).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(moscow())));
        stubs.sources().stubFor(put(urlPathEqualTo("/sources/" + MOSCOW)).inScenario(EDIT).willSetStateTo(SAVED)
                .willReturn(okJson(RENAMED).withHeader("ETag", "\"1\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).inScenario(EDIT).whenScenarioStateIs(SAVED)
                .willReturn(okJson(RENAMED).withHeader("ETag", "\"1\"")));
        down(stubs.claims());
        TestUsers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Kremlin\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Russia\", \"reliability\": \"C\"}")
                .put("/api/sources/" + MOSCOW).then().statusCode(200).body("snapshotRefresh.state", equalTo("PENDING"));
        assertEquals(Set.of(MOSCOW), refresher.pending());
    }

    private void awaitNothingPending() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!refresher.pending().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "still pending 30 s after the claims-service came back");
            sleep(100);
        }
    }

    private int tries() {
        return stubs.claims().findAll(putRequestedFor(urlPathEqualTo("/source-snapshots/" + MOSCOW))).size();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
