package org.claimtrack.system;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimtrack.system.ClaimtrackSystem.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults against the real processes: kill -9 of each service under traffic (right after an acknowledged write, which
 * must survive), kill -9 of the gateway in the middle of
 * a 10,000-claim import, and a slow downstream behind a delaying proxy. The gateway is never restarted except when it
 * is the one killed.
 */
class FaultsIT {

    /** Short fault-tolerance settings so the test sees timeouts and the circuit quickly (see reads budget below). */
    // Short enough to make the slow-downstream tests quick, long enough that a healthy read on a loaded two-core
    // machine (load average near 30 in CI with a benchmark beside it) does not time out: at 1 s one did, opened the
    // circuit and failed a test about something else.
    private static final int READ_TIMEOUT_MS = 3000;
    private static final int READ_RETRIES = 1;
    private static final int RETRY_DELAY_MS = 100;
    private static final int CIRCUIT_VOLUME = 4;
    /**
     * Long enough that an open circuit is still open while the test sends its two reads that must not reach the
     * service, on a loaded machine; at 3 s it once went half-open first and let a trial read through.
     */
    private static final int CIRCUIT_DELAY_MS = 8000;
    /** The longest a read may take when the downstream hangs: every try times out, plus the pauses between. */
    private static final long READ_BUDGET_MS = (long) READ_TIMEOUT_MS * (READ_RETRIES + 1) + RETRY_DELAY_MS * READ_RETRIES;

    private static ClaimtrackSystem system;
    private static Gateway api;
    private String claimId;
    private String sourceId;

    @BeforeAll
    static void start() {
        ClaimtrackSystem.Builder b = ClaimtrackSystem.builder("faults").delayProxies();
        for (String client : List.of("ClaimsReads", "SourcesReads")) {
            String prefix = "quarkus.fault-tolerance.\"org.claimtrack.gateway.client." + client + "\".";
            b.config(Service.GATEWAY, prefix + "timeout.value", Integer.toString(READ_TIMEOUT_MS))
                    .config(Service.GATEWAY, prefix + "retry.max-retries", Integer.toString(READ_RETRIES))
                    .config(Service.GATEWAY, prefix + "retry.delay", Integer.toString(RETRY_DELAY_MS))
                    .config(Service.GATEWAY, prefix + "circuit-breaker.request-volume-threshold",
                            Integer.toString(CIRCUIT_VOLUME))
                    .config(Service.GATEWAY, prefix + "circuit-breaker.delay", Integer.toString(CIRCUIT_DELAY_MS))
                    // opens only when every call of the window failed: one slow read on a loaded machine (a try and
                    // its retry timing out) must not open it in a test about something else
                    .config(Service.GATEWAY, prefix + "circuit-breaker.failure-ratio", "1.0");
        }
        system = b.start();
        api = new Gateway(system);
    }

    /**
     * Waits until a dossier reads whole twice in a row: both circuits closed, nothing degraded. The first reads of a
     * fresh JVM (class loading, JIT, first statements on a new PostgreSQL database) can outlast the short read timeout
     * and open a circuit before any fault is injected, and a test that failed half-way (a circuit left open, a service
     * just restarted) must not make the next one fail: the tests are about faults they inject themselves.
     */
    private static void awaitWholeReads(String claim) {
        awaitUntil(Duration.ofSeconds(60), () -> twice(() -> {
            Response r = RestAssured.given().baseUri(system.gatewayUrl()).get("/api/claims/" + claim);
            return r.statusCode() == 200 && degraded(r).isEmpty();
        }));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @BeforeEach
    void claimWithAStance() {
        // every test starts with the three services up, even after one that failed between its kill and its restart
        for (Service s : Service.values()) {
            if (!system.service(s).isAlive()) {
                system.restart(s);
            }
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a service just started or restarted may answer its first writes late or 503: created through retries
        sourceId = warmCreate("/api/sources", Map.of("name", "Faults ministry " + run, "kind", "GOVERNMENT",
                "affiliation", "Faultland", "reliability", "C"));
        claimId = warmCreate("/api/claims", Map.of("text", "Faults: the ministry says the bridge " + run
                + " was closed on Monday."));
        warmCreate("/api/claims/" + claimId + "/stances", Map.of("sourceId", sourceId, "stance", "ASSERTS",
                "quote", "The bridge " + run + " was closed on Monday.", "statedAt", "2021-12-30T10:00:00Z"));
        awaitWholeReads(claimId);
    }

    @Test
    void sourcesServiceKilledUnderTrafficDegradesReadsRefusesWritesAndRecovers() {
        long gatewayPid = system.service(Service.GATEWAY).pid();
        try (Traffic traffic = new Traffic(system.apiUrl() + "/claims/" + claimId)) {
            String acknowledged = api.source("Acknowledged just before the kill " + claimId, "PERSON", "", "F");
            system.kill(Service.SOURCES);

            Response dossier = api.given().get("/api/claims/" + claimId);
            assertEquals(200, dossier.statusCode(), dossier.asString());
            assertTrue(degraded(dossier).contains("sources"), dossier.asString());
            assertNotNull(dossier.jsonPath().get("claim"), "the claim itself is still there: " + dossier.asString());
            api.given().get("/api/claims").then().statusCode(200);

            assertUnavailable(api.given().contentType("application/json")
                    .body(Map.of("name", "Written while down " + claimId, "kind", "PERSON")).post("/api/sources"));
            assertUnavailable(api.given().contentType("application/json").body(Map.of("sourceId", sourceId,
                    "stance", "DENIES", "quote", "No.", "statedAt", "2021-12-30T11:00:00Z"))
                    .post("/api/claims/" + claimId + "/stances"));

            system.restart(Service.SOURCES);
            awaitUntil(Duration.ofSeconds(30), () -> twice(() -> {
                Response r = RestAssured.given().baseUri(system.gatewayUrl()).get("/api/claims/" + claimId);
                return r.statusCode() == 200 && !degraded(r).contains("sources");
            }));
            api.source("Written after recovery " + claimId, "PERSON", "", "F");
            api.given().get("/api/sources/" + acknowledged).then().statusCode(200); // no acknowledged write is lost
            traffic.assertOnly503WithRetryAfter();
        }
        assertEquals(gatewayPid, system.service(Service.GATEWAY).pid(), "the gateway was not restarted");
    }

    @Test
    void claimsServiceKilledAnswers503WithRetryAfterWhileSourcesStillReadAndRecovers() {
        long gatewayPid = system.service(Service.GATEWAY).pid();
        try (Traffic traffic = new Traffic(system.apiUrl() + "/sources/" + sourceId)) {
            String acknowledged = api.claim("Acknowledged just before the kill " + claimId);
            system.kill(Service.CLAIMS);

            assertUnavailable(api.given().get("/api/claims/" + claimId));
            assertUnavailable(api.given().get("/api/claims"));
            assertUnavailable(api.given().contentType("application/json")
                    .body(Map.of("text", "Written while the claims-service is down " + claimId)).post("/api/claims"));
            api.given().get("/api/sources").then().statusCode(200);
            api.given().get("/api/sources/" + sourceId).then().statusCode(200);

            system.restart(Service.CLAIMS);
            awaitUntil(Duration.ofSeconds(30), () -> RestAssured.given().baseUri(system.gatewayUrl())
                    .get("/api/claims/" + claimId).statusCode() == 200);
            api.claim("Written after the claims-service came back " + claimId);
            api.given().get("/api/claims/" + acknowledged).then().statusCode(200); // no acknowledged write is lost
            api.given().get("/api/claims/" + claimId).then().statusCode(200).body("stances.size()", org.hamcrest.Matchers.equalTo(1));
            traffic.assertOnly503WithRetryAfter();
        }
        assertEquals(gatewayPid, system.service(Service.GATEWAY).pid(), "the gateway was not restarted");
    }

    @Test
    void gatewayKilledDuringA10000ClaimImportThenReRunGivesExactlyTheBundle() {
        int claims = 10_000;
        int sources = 300;
        int stancesPerClaim = 2;
        String bundle = Bundles.generate(0, claims, 0, sources, stancesPerClaim, 7);

        String jobId = system.startImport(bundle);
        JsonNode job = system.importJob(jobId);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (job.path("done").asLong() == 0 && !job.path("status").asText().matches("SUCCEEDED|COMPLETED_WITH_ERRORS|FAILED")
                && System.nanoTime() < deadline) {
            ServiceProcess.sleep(20);
            job = system.importJob(jobId);
        }
        assertEquals("RUNNING", job.path("status").asText(), "the import must be under way when the gateway dies: " + job);
        system.kill(Service.GATEWAY);
        system.restart(Service.GATEWAY);

        JsonNode rerun = system.importBundle(bundle, Duration.ofMinutes(5));
        assertEquals("SUCCEEDED", rerun.path("status").asText(), rerun.toString());
        assertEquals(0, rerun.path("failed").asLong(), rerun.toString());

        JsonNode counts = json(RestAssured.given().baseUri(system.service(Service.CLAIMS).baseUrl())
                .queryParam("tag", "generated").get("/claims/counts").asString());
        assertEquals(claims, counts.path("total").asLong(), "claims of the bundle, each once: " + counts);
        JsonNode generatedSources = json(RestAssured.given().baseUri(system.service(Service.SOURCES).baseUrl())
                .queryParam("q", "Generated source").queryParam("size", 1).get("/sources").asString());
        assertEquals(sources, generatedSources.path("total").asLong(), generatedSources.toString());
        assertEveryClaimHasAllItsStances(claims, stancesPerClaim);
    }

    @Test
    void slowDownstreamIsCutOffAndTheCircuitOpensAndCloses() {
        DelayProxy claimsProxy = system.proxy(Service.CLAIMS);
        String writes = claimsWritten();
        long logMark = system.service(Service.GATEWAY).logMark();
        try {
            // far slower than every try together: only the gateway's timeout can end these reads
            claimsProxy.delay(Duration.ofMillis(READ_BUDGET_MS * 3));
            String reads = "/claims/" + claimId; // the gateway's own polling (webhook events) goes through the proxy too
            long sentAtStart = claimsProxy.requests("GET", reads);
            for (int i = 0; i < CIRCUIT_VOLUME; i++) { // each read is a try and a retry: the circuit opens on the way
                assertUnavailable(api.given().get("/api/claims/" + claimId));
            }
            assertTrue(claimsProxy.requests("GET", reads) > sentAtStart, "the reads were tried downstream (and timed out)");
            // Open circuit: refused without a call to the slow service, still as a 503 with Retry-After.
            long sentBefore = claimsProxy.requests("GET", reads);
            assertUnavailable(api.given().get("/api/claims/" + claimId));
            assertUnavailable(api.given().get("/api/claims/" + claimId));
            assertEquals(sentBefore, claimsProxy.requests("GET", reads), "an open circuit sends nothing downstream");
            assertTrue(system.service(Service.GATEWAY).logSince(logMark).contains("CircuitBreakerOpenException"),
                    "the gateway says its circuit is open");
        } finally {
            claimsProxy.delay(Duration.ZERO);
        }
        // After the circuit's delay a trial call goes through and closes it.
        awaitUntil(Duration.ofSeconds(30), () -> RestAssured.given().baseUri(system.gatewayUrl())
                .get("/api/claims/" + claimId).statusCode() == 200);
        api.given().get("/api/claims/" + claimId).then().statusCode(200);
        assertEquals(writes, claimsWritten(), "refused reads wrote nothing");
    }

    @Test
    void slowSourcesServiceGivesDegradedReads() {
        DelayProxy sourcesProxy = system.proxy(Service.SOURCES);
        try {
            // far slower than every try together: the dossier comes back only because the gateway gave up on sources
            sourcesProxy.delay(Duration.ofMillis(READ_BUDGET_MS * 3));
            Response r = api.given().get("/api/claims/" + claimId);
            assertEquals(200, r.statusCode(), r.asString());
            r.then().body("degraded", hasItem("sources"));
            assertNotNull(r.jsonPath().get("claim"), "the claim itself is there: " + r.asString());
        } finally {
            sourcesProxy.delay(Duration.ZERO);
        }
        awaitUntil(Duration.ofSeconds(30), () -> twice(() -> {
            Response r = RestAssured.given().baseUri(system.gatewayUrl()).get("/api/claims/" + claimId);
            return r.statusCode() == 200 && !degraded(r).contains("sources");
        }));
        Response after = api.given().get("/api/claims/" + claimId);
        assertEquals(200, after.statusCode());
        assertTrue(degraded(after).isEmpty(), after.asString());
    }

    /** The claims-service's own record of this test's claim: its counts and version, read past the gateway. */
    private String claimsWritten() {
        return RestAssured.given().baseUri(system.service(Service.CLAIMS).baseUrl()).get("/claims/" + claimId)
                .then().statusCode(200).extract().path("version").toString()
                + " " + RestAssured.given().baseUri(system.service(Service.CLAIMS).baseUrl()).get("/claims/counts")
                .then().statusCode(200).extract().path("total");
    }

    /** The services a read says it could not reach (none when the marker is absent). */
    private static List<String> degraded(Response r) {
        List<String> d = r.jsonPath().getList("degraded", String.class);
        return d == null ? List.of() : d;
    }

    private static void assertUnavailable(Response r) {
        assertEquals(503, r.statusCode(), r.asString());
        assertNotNull(r.header("Retry-After"), "503 without Retry-After");
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    /** Nothing half-written, nothing twice: every generated claim carries exactly its stances. */
    private void assertEveryClaimHasAllItsStances(int claims, int stancesPerClaim) {
        int seen = 0;
        for (int page = 0; seen < claims; page++) {
            JsonNode items = json(RestAssured.given().baseUri(system.service(Service.CLAIMS).baseUrl())
                    .queryParam("tag", "generated").queryParam("size", 200).queryParam("page", page)
                    .get("/claims").then().statusCode(200).extract().asString()).path("items");
            assertTrue(items.size() > 0, "page " + page + " empty after " + seen + " claims");
            for (JsonNode claim : items) {
                JsonNode c = claim.path("counts");
                long stances = c.path("asserts").asLong() + c.path("denies").asLong() + c.path("questions").asLong()
                        + c.path("reports").asLong();
                assertEquals(stancesPerClaim, stances, claim.toString());
                seen++;
            }
        }
    }

    private static JsonNode json(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /**
     * A create while the system is still cold: on a loaded machine the first write to a fresh service can outlast the
     * gateway's write timeout (503, the write perhaps applied), so it is repeated until it answers 201, or 409 for
     * what the timed-out attempt stored (with its `existingId`). Anything else fails at once.
     */
    private static String warmCreate(String path, Map<String, ?> body) {
        String[] id = new String[1];
        awaitUntil(Duration.ofMinutes(2), () -> {
            Response r = api.given().contentType("application/json").body(body).post(path);
            if (r.statusCode() == 201 || r.statusCode() == 409) {
                id[0] = r.jsonPath().getString(r.statusCode() == 201 ? "id" : "existingId");
                return true;
            }
            assertEquals(503, r.statusCode(), "POST " + path + " " + body + ": " + r.asString());
            return false;
        });
        return id[0];
    }

    /** True when the check holds twice in a row: a half-open circuit lets one trial call through at a time. */
    private static boolean twice(java.util.function.BooleanSupplier check) {
        return check.getAsBoolean() && check.getAsBoolean();
    }

    static void awaitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not recovered within " + timeout);
            }
            ServiceProcess.sleep(250);
        }
    }

    /**
     * Reads one URL in a loop in the background while a fault happens, and records every status. If the thread dies
     * (an exception, not an answer), the test fails: at the next check and at the latest when the traffic is closed.
     */
    private static final class Traffic implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicReference<Throwable> died = new java.util.concurrent.atomic.AtomicReference<>();
        private final Thread thread;

        Traffic(String url) {
            thread = new Thread(() -> {
                try {
                    while (running.get()) {
                        Response r = RestAssured.given().get(url);
                        requests.incrementAndGet();
                        if (r.statusCode() >= 500 && r.statusCode() != 503) {
                            serverErrors.add(r.statusCode() + " " + r.asString());
                        }
                        if (r.statusCode() == 503 && r.header("Retry-After") == null) {
                            serverErrors.add("503 without Retry-After: " + r.asString());
                        }
                        ServiceProcess.sleep(20);
                    }
                } catch (Throwable t) {
                    died.set(t);
                }
            }, "fault-traffic");
            thread.start();
            ServiceProcess.sleep(300);
        }

        /** Only 503 with Retry-After is an acceptable server-side answer while a service is down. */
        void assertOnly503WithRetryAfter() {
            assertAlive();
            assertTrue(requests.get() > 0, "no background traffic was sent");
            assertTrue(serverErrors.isEmpty(), "during the fault: " + serverErrors);
        }

        private void assertAlive() {
            Throwable t = died.get();
            if (t != null) {
                throw new AssertionError("the background traffic died after " + requests.get() + " requests", t);
            }
        }

        @Override
        public void close() {
            running.set(false);
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertFalse(thread.isAlive(), "the background traffic did not stop within 30 s");
            assertAlive();
        }
    }
}
