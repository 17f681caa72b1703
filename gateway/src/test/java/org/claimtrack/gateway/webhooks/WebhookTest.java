package org.claimtrack.gateway.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.Downstreams;
import org.claimtrack.gateway.support.InjectDownstreams;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end inside the gateway: the claims-service's events (stubbed) become one signed delivery per
 * subscription to a receiver on loopback (allowed by the test configuration), retried with backoff and shown on the
 * subscription; subscriptions are admin-only and their targets are checked.
 */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLAIM = "8a1f4c8e-8a71-4c59-bb6c-9b1e2f0a7d31";

    @InjectDownstreams
    Downstreams stubs;

    @Inject
    WebhookDispatcher dispatcher;

    private WireMockServer receiver;

    @BeforeEach
    void start() {
        OpenApiContract.enforce();
        stubs.reset();
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
        stubs.claims().stubFor(post(urlPathEqualTo("/events/acknowledgement")).willReturn(okJson("{\"acknowledged\": 1}")));
        noEvents();
    }

    @AfterEach
    void stop() {
        receiver.stop();
        // leave no subscription behind for the next test's events
        TestUsers.admin().get("/api/webhooks").then().extract().jsonPath()
                .getList("id", String.class).forEach(id -> TestUsers.admin().delete("/api/webhooks/" + id).then().statusCode(204));
    }

    @Test
    void aStatusChangeIsDeliveredOnceSignedWithTheSubscriptionsSecretAndShownAsDelivered() throws Exception {
        JsonPath created = subscribe(List.of("claim.status-changed"));
        String secret = created.getString("secret");
        String id = created.getString("webhook.id");
        assertTrue(secret.startsWith("whsec_") && secret.length() > 40, secret);

        String statusChanged = event("STATUS_CHANGED", Map.of("from", "CORROBORATED", "to", "DISPUTED"));
        String verdictAdded = event("VERDICT_ADDED", Map.of("rating", "FALSE"));
        serveEvents(statusChanged, verdictAdded);
        long before = Instant.now().getEpochSecond();
        dispatcher.pump();
        // another replica read the same events before they were acknowledged: no second delivery
        dispatcher.pump();

        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlPathEqualTo("/hook")));
        assertEquals(1, received.size(), "one delivery: the subscription does not take verdicts, and events are delivered once");
        LoggedRequest delivery = received.get(0);
        String body = delivery.getBodyAsString();
        long timestamp = Long.parseLong(delivery.getHeader("Claimtrack-Webhook-Timestamp"));
        assertTrue(timestamp >= before && timestamp <= Instant.now().getEpochSecond() + 1);
        assertEquals("v1=" + hmacSha256(secret, timestamp + "." + body), delivery.getHeader("Claimtrack-Webhook-Signature"));
        assertEquals("claim.status-changed", delivery.getHeader("Claimtrack-Webhook-Event"));
        JsonNode payload = JSON.readTree(body);
        assertEquals(delivery.getHeader("Claimtrack-Webhook-Id"), payload.path("deliveryId").asText());
        assertEquals("claim.status-changed", payload.path("event").asText());
        assertEquals(CLAIM, payload.path("claimId").asText());
        assertEquals("DISPUTED", payload.path("data").path("to").asText());
        assertTrue(payload.path("claimUrl").asText().endsWith("/api/claims/" + CLAIM));
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/events/acknowledgement"))
                .withRequestBody(equalToJson("{\"ids\": [\"" + id(statusChanged) + "\", \"" + id(verdictAdded) + "\"]}")));

        TestUsers.admin().get("/api/webhooks/" + id).then().statusCode(200)
                .body("secret", nullValue())
                .body("recentDeliveries.size()", is(1))
                .body("recentDeliveries[0].id", is(payload.path("deliveryId").asText()))
                .body("recentDeliveries[0].status", is("DELIVERED"))
                .body("recentDeliveries[0].attempts", is(1))
                .body("recentDeliveries[0].lastStatus", is(204));
        TestUsers.admin().get("/api/webhooks").then().statusCode(200).body("[0].secret", nullValue()).body("id", hasItem(id));
    }

    @Test
    void aFailingReceiverIsRetriedWithTheSameDeliveryIdThenGivenUpAndEveryAttemptIsVisible() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(503)));
        String id = subscribe(List.of("claim.status-changed", "claim.verdict-added")).getString("webhook.id");
        serveEvents(event("VERDICT_ADDED", Map.of("rating", "FALSE")));
        dispatcher.pump();
        noEvents();

        TestUsers.admin().get("/api/webhooks/" + id).then().statusCode(200)
                .body("recentDeliveries[0].status", is("PENDING"))
                .body("recentDeliveries[0].attempts", is(1))
                .body("recentDeliveries[0].lastStatus", is(503))
                .body("recentDeliveries[0].lastError", containsString("HTTP 503"));
        // the test settings: 3 attempts, 50 ms then 100 ms apart
        for (int attempt = 2; attempt <= 3; attempt++) {
            Thread.sleep(50L << (attempt - 2));
            pumpUntil(id, attempt);
        }
        TestUsers.admin().get("/api/webhooks/" + id).then().statusCode(200)
                .body("recentDeliveries[0].status", is("FAILED"))
                .body("recentDeliveries[0].attempts", is(3))
                .body("recentDeliveries[0].nextAttemptAt", nullValue());
        List<String> ids = receiver.findAll(postRequestedFor(urlPathEqualTo("/hook"))).stream()
                .map(r -> r.getHeader("Claimtrack-Webhook-Id")).distinct().toList();
        assertEquals(1, ids.size(), "every attempt carries the same delivery id: " + ids);
        assertEquals(3, receiver.findAll(postRequestedFor(urlPathEqualTo("/hook"))).size());
    }

    @Test
    void aReceiverThatRecoversGetsTheDeliveryAtTheNextAttempt() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(500)));
        String id = subscribe(List.of("claim.status-changed")).getString("webhook.id");
        serveEvents(event("STATUS_CHANGED", Map.of("from", "UNSOURCED", "to", "SINGLE_PARTY")));
        dispatcher.pump();
        noEvents();
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        Thread.sleep(60);
        pumpUntil(id, 2);
        TestUsers.admin().get("/api/webhooks/" + id).then().statusCode(200)
                .body("recentDeliveries[0].status", is("DELIVERED")).body("recentDeliveries[0].lastError", nullValue());
    }

    /** A large import leaves thousands of events: one round reads them page after page, not one page per poll. */
    @Test
    void aBacklogLargerThanAPageIsReadInOneRound() throws Exception {
        String id = subscribe(List.of("claim.status-changed")).getString("webhook.id");
        List<String> fullPage = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            fullPage.add(event("VERDICT_ADDED", Map.of("rating", "FALSE"))); // not subscribed: read and acknowledged only
        }
        String last = event("STATUS_CHANGED", Map.of("from", "UNSOURCED", "to", "SINGLE_PARTY"));
        String backlog = "backlog";
        stubs.claims().stubFor(get(urlPathEqualTo("/events")).inScenario(backlog).whenScenarioStateIs(
                com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willSetStateTo("second")
                .willReturn(okJson("{\"items\": [" + String.join(",", fullPage) + "]}")));
        stubs.claims().stubFor(get(urlPathEqualTo("/events")).inScenario(backlog).whenScenarioStateIs("second")
                .willSetStateTo("drained").willReturn(okJson("{\"items\": [" + last + "]}")));
        stubs.claims().stubFor(get(urlPathEqualTo("/events")).inScenario(backlog).whenScenarioStateIs("drained")
                .willReturn(okJson("{\"items\": []}")));

        dispatcher.pump();

        stubs.claims().verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/events"))
                .withQueryParam("limit", com.github.tomakehurst.wiremock.client.WireMock.equalTo("500")));
        stubs.claims().verify(2, postRequestedFor(urlPathEqualTo("/events/acknowledgement")));
        assertEquals(1, receiver.findAll(postRequestedFor(urlPathEqualTo("/hook"))).size(), "the status change behind the full page");
        TestUsers.admin().get("/api/webhooks/" + id).then().statusCode(200).body("recentDeliveries[0].status", is("DELIVERED"));
    }

    @Test
    void targetsMustBeHttpsOnPublicAddressesUnlessAllowed() {
        for (String url : List.of("https://10.1.2.3/hook", "https://192.168.0.10/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://[fd00::1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook",
                "http://example.org/hook", "ftp://example.org/hook", "not a url", "/relative/hook",
                "https://user:secret@example.org/hook")) {
            TestUsers.admin().contentType("application/json")
                    .body(Map.of("url", url, "events", List.of("claim.status-changed")))
                    .post("/api/webhooks").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        TestUsers.admin().contentType("application/json").body(Map.of("url", "https://10.1.2.3/hook", "events", List.of("claim.status-changed")))
                .post("/api/webhooks").then().body("detail", containsString("private"));
        TestUsers.admin().get("/api/webhooks").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void subscriptionsAreForAdminsAndBadInputNamesTheField() {
        Map<String, Object> valid = Map.of("url", receiver.baseUrl() + "/hook", "events", List.of("claim.status-changed"));
        given().contentType("application/json").body(valid).post("/api/webhooks").then().statusCode(401);
        TestUsers.editor().contentType("application/json").body(valid).post("/api/webhooks").then().statusCode(403);
        TestUsers.editor().get("/api/webhooks").then().statusCode(403);
        TestUsers.admin().contentType("application/json").body(Map.of("url", receiver.baseUrl() + "/hook", "events", List.of("claim.deleted")))
                .post("/api/webhooks").then().statusCode(400).body("errors.field", hasItem(containsString("events")));
        TestUsers.admin().contentType("application/json").body(Map.of("url", receiver.baseUrl() + "/hook"))
                .post("/api/webhooks").then().statusCode(400).body("errors.field", hasItem("events"));
        TestUsers.admin().get("/api/webhooks/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        TestUsers.admin().delete("/api/webhooks/" + UUID.randomUUID()).then().statusCode(404);
        TestUsers.admin().get("/api/webhooks/not-a-uuid").then().statusCode(400);
        TestUsers.admin().get("/api/webhooks").then().statusCode(200).body("url", not(hasItem(receiver.baseUrl() + "/hook")));
    }

    private JsonPath subscribe(List<String> events) {
        return TestUsers.admin().contentType("application/json")
                .body(Map.of("url", receiver.baseUrl() + "/hook", "events", events, "description", "newsroom CMS"))
                .post("/api/webhooks").then().statusCode(201).header("Location", containsString("/api/webhooks/"))
                .extract().jsonPath();
    }

    private void pumpUntil(String id, int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (TestUsers.admin().get("/api/webhooks/" + id).then().extract().jsonPath().getInt("recentDeliveries[0].attempts") < attempts) {
            assertTrue(System.nanoTime() < deadline, "attempt " + attempts + " was not made");
            dispatcher.pump();
            Thread.sleep(20);
        }
    }

    private void serveEvents(String... events) {
        stubs.claims().stubFor(get(urlPathEqualTo("/events")).willReturn(okJson("{\"items\": [" + String.join(",", events) + "]}")));
    }

    private void noEvents() {
        stubs.claims().stubFor(get(urlPathEqualTo("/events")).willReturn(okJson("{\"items\": []}")));
    }

    private static String event(String type, Map<String, String> details) throws Exception {
        return JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("claimId", CLAIM).put("type", type)
                .put("at", "2026-12-06T06:00:00Z").<com.fasterxml.jackson.databind.node.ObjectNode>set("details", JSON.valueToTree(details))
                .toString();
    }

    private static String id(String event) throws Exception {
        return JSON.readTree(event).path("id").asText();
    }

    /** Computed here, not with the gateway's code: what a receiver would do. */
    private static String hmacSha256(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
