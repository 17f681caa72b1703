package org.claimtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Production's shape on PostgreSQL: two gateway and two claims-service processes and one sources-service, all on
 * shared databases, with a round-robin proxy in front of the gateways and one in front of the claims-service replicas,
 * as Kubernetes Services would be. Work that outlives a request survives losing the replica that started it (issue
 * 15): an import through a kill and through a rolling restart of every replica, two imports sharing sources, a
 * snapshot refresh owed by a gateway that died, webhook deliveries. Needs the -Ppostgres build (two processes cannot
 * share an H2 file).
 */
@EnabledIfSystemProperty(named = "claimtrack.replicas.enabled", matches = "true", disabledReason = "needs the services built "
        + "for PostgreSQL (replicas share a database): ./mvnw verify -Ppostgres runs it (docs/testing.md)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = UUID.randomUUID().toString();

    private static Path data;
    private static PostgresDatabases databases;
    private static ServiceProcess sources;
    private static ServiceProcess claimsA;
    private static ServiceProcess claimsB;
    private static ServiceProcess gatewayA;
    private static ServiceProcess gatewayB;
    private static RoundRobinProxy proxy;
    private static RoundRobinProxy claimsProxy;
    private static int claimsSoFar;
    private static int sourcesSoFar;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("claimtrack-replicas-");
        Path logs = Path.of(System.getProperty("claimtrack.system.logs", "target/system-logs"), "replicas");
        Files.createDirectories(logs);
        Path root = Path.of(System.getProperty("claimtrack.root", "..")).toAbsolutePath().normalize();
        databases = new PostgresDatabases("replicas");
        Map<String, Integer> ports = new HashMap<>();
        for (String name : List.of("sources", "claims-a", "claims-b", "gateway-a", "gateway-b", "proxy", "claims-proxy")) {
            ports.put(name, FreePorts.next());
            ports.put(name + "/management", FreePorts.next());
        }
        Map<String, String> sourcesDb = databases.environmentFor("sources-service");
        Map<String, String> claimsDb = databases.environmentFor("claims-service");
        Map<String, String> gatewayDb = databases.environmentFor("gateway");
        sources = process(root, logs, "sources-service", "sources", ports, sourcesDb, Map.of(), List.of());
        claimsA = process(root, logs, "claims-service", "claims-a", ports, claimsDb, Map.of(), List.of());
        claimsB = process(root, logs, "claims-service", "claims-b", ports, claimsDb, Map.of(), List.of());
        // short lease and polls, so a takeover happens within the test's patience; a loopback webhook receiver allowed
        List<String> fast = List.of("-Dclaimtrack.imports.lease=8s", "-Dclaimtrack.imports.poll-every=1s",
                "-Dclaimtrack.webhooks.poll-every=1s", "-Dclaimtrack.webhooks.retry-after=1s",
                "-Dclaimtrack.webhooks.allowed-hosts=127.0.0.1", "-Dclaimtrack.snapshot-refresh-retry-every=2s");
        gatewayA = process(root, logs, "gateway", "gateway-a", ports, gatewayDb, downstreams(ports, "claims-a"), fast);
        gatewayB = process(root, logs, "gateway", "gateway-b", ports, gatewayDb, downstreams(ports, "claims-b"), fast);
        claimsProxy = new RoundRobinProxy(ports.get("claims-proxy"), List.of(claimsA.port(), claimsB.port()));
        for (ServiceProcess p : List.of(sources, claimsA)) {
            p.start();
        }
        sources.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        claimsA.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        claimsB.start();
        claimsB.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        gatewayA.start(); // first: it makes the admin and writes the password
        gatewayA.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        gatewayB.start();
        gatewayB.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        proxy = new RoundRobinProxy(ports.get("proxy"), List.of(gatewayA.port(), gatewayB.port()));
    }

    /**
     * A gateway's downstream addresses: the claims-service replicas behind their proxy (a Service), the one
     * sources-service; for readiness, one claims-service replica's management port.
     */
    private static Map<String, String> downstreams(Map<String, Integer> ports, String claims) {
        return Map.of("CLAIMS_SERVICE_URL", "http://127.0.0.1:" + ports.get("claims-proxy"),
                "CLAIMS_SERVICE_MANAGEMENT_URL", "http://127.0.0.1:" + ports.get(claims + "/management"),
                "SOURCES_SERVICE_URL", "http://127.0.0.1:" + ports.get("sources"),
                "SOURCES_SERVICE_MANAGEMENT_URL", "http://127.0.0.1:" + ports.get("sources/management"));
    }

    private static ServiceProcess process(Path root, Path logs, String module, String name, Map<String, Integer> ports,
            Map<String, String> db, Map<String, String> extra, List<String> jvm) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!PostgresDatabases.builtForPostgres(jar)) {
            throw new IllegalStateException(module + " is not built for PostgreSQL: run with -Ppostgres");
        }
        Map<String, String> env = new HashMap<>(db);
        env.put("CLAIMTRACK_DATA_DIR", data.toString());
        env.put("CLAIMTRACK_SERVICE_TOKEN", TOKEN);
        // each claims-service replica keeps its own search index (docs/search.md); they share the data folder
        env.put("CLAIMTRACK_SEARCH_INDEX_DIR", data.resolve(name + "-search").toString());
        env.putAll(extra);
        return new ServiceProcess(module, jar, ports.get(name), ports.get(name + "/management"), env, jvm,
                logs.resolve(name + ".log"));
    }

    @AfterAll
    static void stop() {
        for (RoundRobinProxy p : new RoundRobinProxy[] {proxy, claimsProxy}) {
            if (p != null) {
                p.close();
            }
        }
        for (ServiceProcess p : new ServiceProcess[] {gatewayA, gatewayB, claimsA, claimsB, sources}) {
            if (p != null) {
                p.stop();
            }
        }
        if (databases != null) {
            databases.dropAll();
        }
    }

    @Test
    @Order(1)
    void anImportWhoseReplicaIsKilledMidWayCompletesThroughTheOtherWithExactCounts() {
        String bundle = Bundles.generate(0, 6000, 0, 40, 2, 1); // 40 sources, 6,000 claims, 12,000 stances
        int total = 40 + 6000 + 12000;
        long logMark = gatewayB.logMark();
        String id = startImport(gatewayA, bundle);
        JsonNode job = awaitJob(id, j -> j.path("done").asLong() > 0 || finished(j), Duration.ofMinutes(3));
        assertTrue(job.path("done").asLong() < total, "the import finished before replica A could be killed: " + job);

        gatewayA.kill();
        job = awaitJob(id, ReplicasIT::finished, Duration.ofMinutes(6));
        gatewayA.start();

        assertEquals("SUCCEEDED", job.path("status").asText(), job.toString());
        assertEquals(total, job.path("total").asLong());
        assertEquals(total, job.path("done").asLong(), "every item counted once: " + job);
        assertEquals(total, job.path("created").asLong() + job.path("unchanged").asLong(), job.toString());
        assertEquals(0, job.path("failed").asLong());
        claimsSoFar += 6000;
        sourcesSoFar += 40;
        assertStored();
        assertTrue(gatewayB.logSince(logMark).contains("taken over"), "replica B says it took the job over");
        gatewayA.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
    }

    @Test
    @Order(2)
    void twoImportsSharingSourcesOnBothReplicasAtOnceBothSucceed() {
        // the same 30 sources in both bundles, different claims: both write the sources at the same moment
        String first = Bundles.generate(100_000, 800, 1000, 30, 2, 2);
        String second = Bundles.generate(200_000, 800, 1000, 30, 2, 3);
        int total = 30 + 800 + 1600;
        CompletableFuture<String> onA = CompletableFuture.supplyAsync(() -> startImport(gatewayA, first));
        CompletableFuture<String> onB = CompletableFuture.supplyAsync(() -> startImport(gatewayB, second));
        for (String id : List.of(onA.join(), onB.join())) {
            JsonNode job = awaitJob(id, ReplicasIT::finished, Duration.ofMinutes(5));
            assertEquals("SUCCEEDED", job.path("status").asText(), job.toString());
            assertEquals(total, job.path("done").asLong(), job.toString());
            assertEquals(total, job.path("created").asLong() + job.path("unchanged").asLong(), job.toString());
            assertEquals(0, job.path("failed").asLong(), job.toString());
        }
        claimsSoFar += 1600;
        sourcesSoFar += 30;
        assertStored();
    }

    @Test
    @Order(3)
    void aWebhookReceiverGetsEachStatusChangeOnceSignedAcrossAReplicaKill() throws Exception {
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Claimtrack-Webhook-Id"),
                    exchange.getRequestHeaders().getFirst("Claimtrack-Webhook-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Claimtrack-Webhook-Signature"), new String(body, StandardCharsets.UTF_8)));
            ServiceProcess.sleep(30); // a receiver that takes its time, so the kill lands among the deliveries
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String secret = api().contentType("application/json")
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "events", List.of("claim.status-changed"), "description", "ReplicasIT"))
                    .post("/api/webhooks").then().statusCode(201).extract().path("secret");

            int claims = 300; // each gets one ASSERTS stance: UNSOURCED → SINGLE_PARTY, one status change each
            JsonNode job = awaitJob(startImport(gatewayB, webhookBundle(claims)), ReplicasIT::finished, Duration.ofMinutes(3));
            assertEquals("SUCCEEDED", job.path("status").asText(), job.toString());
            Set<String> ids = claimIds("webhooks-it", claims);
            claimsSoFar += claims;
            sourcesSoFar += 1;

            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (matching(received, ids).isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "no delivery within 2 minutes");
                ServiceProcess.sleep(50);
            }
            gatewayB.kill(); // among the deliveries
            deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (matching(received, ids).stream().map(r -> r.claimId()).distinct().count() < claims) {
                assertTrue(System.nanoTime() < deadline, "status changes delivered: "
                        + matching(received, ids).stream().map(r -> r.claimId()).distinct().count() + " of " + claims);
                ServiceProcess.sleep(200);
            }
            gatewayB.start();

            Map<String, Set<String>> deliveriesPerClaim = new HashMap<>();
            Map<String, Set<String>> bodiesPerDelivery = new HashMap<>();
            for (Received r : matching(received, ids)) {
                assertEquals("v1=" + hmac(secret, r.timestamp() + "." + r.body()), r.signature(), "signature of " + r.id());
                assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) < 600);
                JsonNode payload = JSON.readTree(r.body());
                assertEquals(r.id(), payload.path("deliveryId").asText());
                assertEquals("SINGLE_PARTY", payload.path("data").path("to").asText());
                deliveriesPerClaim.computeIfAbsent(r.claimId(), k -> new HashSet<>()).add(r.id());
                bodiesPerDelivery.computeIfAbsent(r.id(), k -> new HashSet<>()).add(payload.path("eventId").asText());
            }
            assertEquals(claims, deliveriesPerClaim.size());
            deliveriesPerClaim.forEach((claim, deliveries) -> assertEquals(1, deliveries.size(),
                    "one delivery id per status change of " + claim + ": " + deliveries));
            bodiesPerDelivery.forEach((delivery, events) -> assertEquals(1, events.size()));
            long repeats = matching(received, ids).size() - claims;
            System.out.printf("webhooks across a replica kill: %d status changes, %d deliveries received (%d repeated with the same id)%n",
                    claims, matching(received, ids).size(), repeats);
            gatewayB.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    @Order(4)
    void anImportCompletesWhileEveryReplicaIsRestartedOneByOne() {
        // large enough that the rollout (each replica ready again before the next) mostly falls within the import
        String bundle = Bundles.generate(300_000, 20_000, 2000, 40, 1, 4);
        int total = 40 + 20_000 + 20_000;
        String id = startImport(gatewayA, bundle);
        JsonNode job = awaitJob(id, j -> j.path("done").asLong() > 0 || finished(j), Duration.ofMinutes(3));
        assertTrue(job.path("done").asLong() < total, "the import finished before the rollout began: " + job);

        // a rollout: each replica stopped (SIGTERM), started again and ready before the next, as Kubernetes does
        int restartedWhileRunning = 0;
        // a gateway (the job's holder) and a claims-service first, so both kinds restart early in the import
        for (ServiceProcess replica : List.of(gatewayA, claimsA, gatewayB, claimsB)) {
            if (finished(awaitJob(id, j -> true, Duration.ofSeconds(30)))) {
                break;
            }
            replica.stop();
            replica.start();
            replica.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
            restartedWhileRunning++;
        }
        job = awaitJob(id, ReplicasIT::finished, Duration.ofMinutes(6));

        assertEquals("SUCCEEDED", job.path("status").asText(), job.toString());
        assertEquals(total, job.path("done").asLong(), "every item counted once: " + job);
        assertEquals(total, job.path("created").asLong() + job.path("unchanged").asLong(), job.toString());
        assertEquals(0, job.path("failed").asLong());
        System.out.printf("rolling restart: %d of 4 replicas restarted while the import ran (%d items)%n",
                restartedWhileRunning, total);
        claimsSoFar += 20_000;
        sourcesSoFar += 40;
        assertStored();
    }

    @Test
    @Order(5)
    void aRefreshOwedByAGatewayThatDiedIsAppliedByTheOther() throws Exception {
        String bundle = "{\"format\":\"claimtrack-bundle/1\",\"sources\":[{\"name\":\"Refresh desk source\",\"kind\":\"GOVERNMENT\","
                + "\"affiliation\":\"Refreshland\"}],\"claims\":[{\"text\":\"The refresh desk moved its border post.\","
                + "\"tags\":[\"refresh-it\"],\"stances\":[{\"source\":\"Refresh desk source\",\"stance\":\"ASSERTS\","
                + "\"quote\":\"We moved the post.\",\"statedAt\":\"2021-12-30T12:00:00Z\"}]}]}";
        assertEquals("SUCCEEDED", awaitJob(startImport(gatewayA, bundle), ReplicasIT::finished, Duration.ofMinutes(2))
                .path("status").asText());
        claimsSoFar += 1;
        sourcesSoFar += 1;
        String claimId = claimIds("refresh-it", 1).iterator().next();
        Response source = RestAssured.given().spec(OpenApiCheck.spec(gatewayA.baseUrl()))
                .get("/api/sources?q={q}", "Refresh desk source");
        String sourceId = source.then().statusCode(200).extract().jsonPath().getString("items[0].id");
        Response current = RestAssured.given().spec(OpenApiCheck.spec(gatewayA.baseUrl())).get("/api/sources/" + sourceId);
        current.then().statusCode(200);

        // the claims-service is down while the source changes: gateway A owes the refresh, then dies
        claimsA.stop();
        claimsB.stop();
        Response saved = RestAssured.given().spec(OpenApiCheck.spec(gatewayA.baseUrl())).header("Authorization", adminAuthorization())
                .header("If-Match", current.header("ETag")).contentType("application/json")
                .body(Map.of("name", "Refresh desk source (renamed)", "kind", "GOVERNMENT", "affiliation", "Refreshland"))
                .put("/api/sources/" + sourceId);
        saved.then().statusCode(200);
        assertEquals("PENDING", saved.jsonPath().getString("snapshotRefresh.state"), saved.asString());
        gatewayA.kill();
        claimsA.start();
        claimsB.start();
        claimsA.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        claimsB.awaitReady(ClaimtrackSystem.READY_TIMEOUT);

        // gateway B retries what is owed, whoever owed it (the test's retry interval: 2 s)
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String recorded;
        while (!(recorded = RestAssured.given().spec(OpenApiCheck.spec(claimsProxy.baseUrl())).get("/claims/" + claimId + "/stances")
                .then().statusCode(200).extract().jsonPath().getString("items[0].source.name")).endsWith("(renamed)")) {
            assertTrue(System.nanoTime() < deadline, "the claims-service still records the source as " + recorded);
            ServiceProcess.sleep(200);
        }
        gatewayA.start();
        gatewayA.awaitReady(ClaimtrackSystem.READY_TIMEOUT);
        assertStored();
    }

    private record Received(String id, String timestamp, String signature, String body) {
        String claimId() {
            try {
                return JSON.readTree(body).path("claimId").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Received> matching(ConcurrentLinkedQueue<Received> received, Set<String> claimIds) {
        return received.stream().filter(r -> claimIds.contains(r.claimId())).toList();
    }

    private static String webhookBundle(int claims) {
        StringBuilder bundle = new StringBuilder("{\"format\":\"claimtrack-bundle/1\",\"sources\":[{\"name\":\"Webhook desk source\","
                + "\"kind\":\"GOVERNMENT\",\"affiliation\":\"Webhookland\"}],\"claims\":[");
        for (int i = 0; i < claims; i++) {
            bundle.append(i == 0 ? "" : ",").append("{\"text\":\"Webhook replica claim number ").append(i)
                    .append(" about a moved border post.\",\"tags\":[\"webhooks-it\"],\"stances\":[{\"source\":\"Webhook desk source\","
                            + "\"stance\":\"ASSERTS\",\"quote\":\"We moved border post ").append(i).append(".\",\"statedAt\":\"2021-12-30T12:00:00Z\"}]}");
        }
        return bundle.append("]}").toString();
    }

    private static Set<String> claimIds(String tag, int expected) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ids.size() < expected; page++) {
            List<String> items = api().get("/api/claims?tag={tag}&size=200&page={page}", tag, page).then().statusCode(200)
                    .extract().jsonPath().getList("items.id", String.class);
            if (items.isEmpty()) {
                break;
            }
            ids.addAll(items);
        }
        assertEquals(expected, ids.size());
        return ids;
    }

    /** What the services hold: exactly the claims and sources imported so far, none twice. */
    private static void assertStored() {
        long claims = RestAssured.given().spec(OpenApiCheck.spec(claimsB.baseUrl())).get("/claims/counts").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertEquals(claimsSoFar, claims, "claims stored");
        long storedSources = RestAssured.given().spec(OpenApiCheck.spec(sources.baseUrl())).get("/sources?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertEquals(sourcesSoFar, storedSources, "sources stored");
    }

    private static RequestSpecification api() {
        return RestAssured.given().spec(OpenApiCheck.spec(proxy.baseUrl())).header("Authorization", adminAuthorization());
    }

    private static String startImport(ServiceProcess gateway, String bundle) {
        Response answer = RestAssured.given().spec(OpenApiCheck.spec(gateway.baseUrl())).header("Authorization", adminAuthorization())
                .contentType("application/json").body(bundle).post("/api/imports");
        answer.then().statusCode(202);
        return answer.jsonPath().getString("id");
    }

    /** Follows a job through the proxy (whichever replica answers) until {@code until} holds. */
    private static JsonNode awaitJob(String id, java.util.function.Predicate<JsonNode> until, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode job;
            try {
                job = JSON.readTree(RestAssured.given().spec(OpenApiCheck.spec(proxy.baseUrl())).get("/api/imports/" + id)
                        .then().statusCode(200).extract().asString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (until.test(job)) {
                return job;
            }
            assertTrue(System.nanoTime() < deadline, "import " + id + " after " + timeout + ": " + job);
            ServiceProcess.sleep(100);
        }
    }

    private static boolean finished(JsonNode job) {
        return !List.of("QUEUED", "RUNNING").contains(job.path("status").asText());
    }

    private static String adminAuthorization() {
        try {
            String password = Files.readString(data.resolve("admin-password")).trim();
            return "Basic " + java.util.Base64.getEncoder().encodeToString((ClaimtrackSystem.ADMIN + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the gateway has not written the admin password", e);
        }
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
