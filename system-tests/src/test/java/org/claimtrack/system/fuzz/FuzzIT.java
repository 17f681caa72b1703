package org.claimtrack.system.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.system.ClaimtrackSystem;
import org.claimtrack.system.ClaimtrackSystem.Service;
import org.claimtrack.system.Gateway;
import org.claimtrack.system.OpenApiCheck;
import org.claimtrack.system.SharedSystem;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bad input against every operation of every served OpenAPI document (gateway, claims-service, sources-service):
 * every systematic mutation, then random ones up to {@value #REQUESTS} requests, however long that takes (the
 * timeout only catches a hung run; the rate is printed, never asserted). Fails on any 5xx, any stack trace, class
 * name or SQL in a body, any error answer that is not a problem, any change of data (the services' and the
 * gateway's users) after a rejected request, any missing-token, wrong-token, anonymous or stale-If-Match write that
 * is not refused, and any valid starting request (baseline) that is refused. The report goes to
 * target/fuzz-report.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzIT {

    /** Sent in every run, however long it takes (docs/testing.md promises at least 10,000). */
    private static final int REQUESTS = 12_000;
    /** Not a speed limit: only a hung run hits it (CI took 145-162 s for 12,000). */
    private static final Duration TIMEOUT = Duration.ofMinutes(40);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUOTE = "the fuzzing robot has deployed up to 100,000 malformed requests";

    @Test
    @Order(1)
    void malformedRequestsAreRejectedCleanlyAndChangeNothing() throws Exception {
        ClaimtrackSystem system = SharedSystem.get();
        Fixture fixture = createFixture(system);
        String claims = system.service(Service.CLAIMS).baseUrl();
        String sources = system.service(Service.SOURCES).baseUrl();
        Map<String, String> baseUrls = Map.of("gateway", system.gatewayUrl(), "claims-service", claims,
                "sources-service", sources);

        String gateway = system.gatewayUrl();
        String admin = system.adminAuthorization();
        Fuzzer fuzzer = new Fuzzer(baseUrls, () -> snapshot(claims, sources, gateway, admin, fixture),
                location -> system.awaitImport(location.substring(location.lastIndexOf('/') + 1), Duration.ofMinutes(2)));
        List<Operation> ops = new ArrayList<>();
        ops.addAll(Operation.all("gateway", JSON.readTree(OpenApiCheck.document(system.gatewayUrl()))));
        List<Operation> serviceOps = new ArrayList<>();
        serviceOps.addAll(Operation.all("claims-service", JSON.readTree(OpenApiCheck.document(claims))));
        serviceOps.addAll(Operation.all("sources-service", JSON.readTree(OpenApiCheck.document(sources))));
        ops.addAll(serviceOps);
        // Deletes go last: an accepted one (e.g. If-Match: *) may remove a fixture record the others refer to.
        ops.sort(java.util.Comparator.comparing(op -> op.method().equals("DELETE")));
        List<Operation> withoutDeletes = ops.stream().filter(op -> !op.method().equals("DELETE")).toList();

        long started = System.nanoTime();
        long deadline = started + TIMEOUT.toNanos();
        Mutations mutations = new Mutations(fixture, system.serviceToken(), system.adminAuthorization());
        try {
            fuzzer.systematic(ops, mutations, deadline);
            fuzzer.random(withoutDeletes, mutations, REQUESTS, deadline, 20211230L);
        } finally {
            writeReport(fuzzer.report.render() + fixtureHistory(claims, fixture));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("FuzzIT: %d requests in %.0f s, %.1f requests/s%n", fuzzer.report.total(), seconds,
                fuzzer.report.total() / seconds);
        assertTrue(fuzzer.report.total() >= REQUESTS, "the run did not finish: " + fuzzer.report.total() + " of "
                + REQUESTS + " requests sent before the " + TIMEOUT + " timeout (hung?)");
        assertEquals(0, fuzzer.report.failureCount(), () -> "fuzz findings (full report in target/fuzz-report.txt): "
                + fuzzer.report.summary());
    }

    /**
     * Concurrent sign-in bursts (HTTP Basic and the sign-in form) and oversized forms, against the real gateway: every
     * answer is a refusal in the documented shape (401/429 problem, or the form's redirect back to /login?error), no
     * burst gets more guesses checked than the lock allows, the right password after a burst is refused too, oversized
     * forms are refused (a 4xx problem, or the UI form again with its message), and nothing the gateway or the services keep has changed. Runs after the main fuzz
     * run, whose credential mutations must not meet these locks.
     */
    @Test
    @Order(2)
    void signInBurstsAndOversizedFormsAreRefusedCleanlyAndChangeNothing() throws Exception {
        ClaimtrackSystem system = SharedSystem.get();
        String gateway = system.gatewayUrl();
        String admin = system.adminAuthorization();
        String claims = system.service(Service.CLAIMS).baseUrl();
        String sources = system.service(Service.SOURCES).baseUrl();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String password = "burst passphrase " + run;
        List<String> victims = List.of("burst-basic-" + run, "burst-form-" + run);
        for (String victim : victims) {
            given().baseUri(gateway).header("Authorization", admin).contentType("application/json")
                    .body(Map.of("username", victim, "password", password, "roles", List.of("editor")))
                    .post("/api/users").then().statusCode(201);
        }
        java.util.function.Supplier<String> state = () -> given().baseUri(gateway).header("Authorization", admin)
                .get("/api/users").jsonPath().getList("collect { it.username + ':' + it.roles }") + " "
                + get(claims, "/claims/counts") + " " + get(sources, "/sources?size=1").path("total") + " "
                + get(sources, "/documents?size=1").path("total");
        String before = state.get();
        int burst = 60;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        try {
            // HTTP Basic: 60 wrong passwords at once
            List<java.util.concurrent.Future<io.restassured.response.Response>> basic = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String guess = "wrong-" + i;
                basic.add(pool.submit(() -> given().baseUri(gateway).auth().preemptive().basic(victims.get(0), guess)
                        .get("/api/claims/counts")));
            }
            int checked = 0;
            for (var answer : basic) {
                io.restassured.response.Response r = answer.get();
                assertTrue(r.statusCode() == 401 || r.statusCode() == 429, "Basic burst answered " + r.statusCode());
                assertTrue(r.contentType().startsWith("application/problem+json"), "Basic burst: " + r.contentType());
                checked += r.statusCode() == 401 ? 1 : 0;
            }
            assertTrue(checked <= 5, checked + " guesses of one burst were checked; the lock allows 5");
            given().baseUri(gateway).auth().preemptive().basic(victims.get(0), password).get("/api/claims/counts")
                    .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());

            // the sign-in form: 60 wrong passwords at once, each with a valid CSRF token
            io.restassured.response.Response login = given().baseUri(gateway).get("/login");
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                    .matcher(login.asString());
            assertTrue(token.find(), "the sign-in page has a CSRF field");
            String csrf = token.group(1);
            String csrfCookie = login.getCookie("csrf-token");
            java.util.function.Function<String, io.restassured.response.Response> signIn = guess -> given().baseUri(gateway)
                    .redirects().follow(false).cookie("csrf-token", csrfCookie).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", csrf).formParam("j_username", victims.get(1)).formParam("j_password", guess)
                    .post("/j_security_check");
            List<java.util.concurrent.Future<io.restassured.response.Response>> form = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String guess = "wrong-" + i;
                form.add(pool.submit(() -> signIn.apply(guess)));
            }
            for (var answer : form) {
                io.restassured.response.Response r = answer.get();
                assertEquals(303, r.statusCode(), "form burst answered " + r.statusCode() + ": " + r.asString());
                assertTrue(r.header("Location").contains("/login?error"), "form burst sent to " + r.header("Location"));
                assertTrue(r.getCookie("claimtrack-session") == null, "a wrong password got a session");
            }
            io.restassured.response.Response right = signIn.apply(password);
            assertTrue(right.header("Location").contains("/login?error"), "the right password after a burst: "
                    + right.header("Location"));
        } finally {
            pool.shutdownNow();
        }

        // oversized forms: more fields than the limit, and a body over 2 MB, anonymous and signed in
        StringBuilder fields = new StringBuilder("csrf-token=x");
        for (int i = 0; i < 1001; i++) {
            fields.append("&f").append(i).append("=v");
        }
        String huge = "j_username=" + victims.get(1) + "&j_password=" + "p".repeat(3 * 1024 * 1024);
        for (String path : List.of("/logout", "/j_security_check", "/claims/new", "/sources/new", "/documents/new")) {
            for (String body : List.of(fields.toString(), huge)) {
                for (boolean signedIn : List.of(false, true)) {
                    io.restassured.specification.RequestSpecification request = given().baseUri(gateway)
                            .redirects().follow(false).contentType("application/x-www-form-urlencoded").body(body);
                    if (signedIn) {
                        request.header("Authorization", admin);
                    }
                    io.restassured.response.Response r = request.post(path);
                    String what = path + (signedIn ? " signed in" : "") + " with " + body.length() + " bytes";
                    // refused: a problem, or (a signed-in UI form, which takes up to 16 MB) the form again with its message
                    // or, for a UI form sent with HTTP Basic (no UI session), the way to the sign-in page
                    if (r.statusCode() == 303) {
                        assertTrue(r.header("Location").contains("/login"), what + " sent to " + r.header("Location"));
                        continue;
                    }
                    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " answered " + r.statusCode());
                    assertTrue(r.contentType().startsWith("application/problem+json") || r.contentType().startsWith("text/html"),
                            what + ": " + r.contentType());
                    assertTrue(!r.asString().contains("Exception") && !r.asString().contains("\tat "), what + ": " + r.asString());
                }
            }
        }
        assertEquals(before, state.get(), "bursts and oversized forms changed data");
    }

    /** What changed the fixture claim, and who: the first place to look when a version changed after a rejection. */
    private static String fixtureHistory(String claims, Fixture f) {
        StringBuilder out = new StringBuilder("\nfixture claim history (claims-service):\n");
        items(get(claims, "/claims/" + f.claimId() + "/history")).forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    private static void writeReport(String report) throws java.io.IOException {
        Path file = Path.of(System.getProperty("claimtrack.fuzz.report", "target/fuzz-report.txt"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, report.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // fuzzed text may hold lone surrogates: '?'

        System.out.println(report);
    }

    /** A source, a second source, a document quoting {@link #QUOTE}, a claim with a stance and a verdict, a user, the
     * source's party, a finished import job, a webhook subscription. */
    private static Fixture createFixture(ClaimtrackSystem system) {
        Gateway api = new Gateway(system);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = api.source("Fuzz ministry " + run, "GOVERNMENT", "Fuzzland", "C");
        String other = api.source("Fuzz observer " + run, "ORGANIZATION", "", "B");
        String document = api.create("/api/documents", Map.of("url", "https://fuzz.example.org/article-" + run,
                "title", "Fuzz article", "publisherId", other, "publishedAt", "2021-12-30T10:00:00Z", "language", "en",
                "archivedText", "Yesterday " + QUOTE + ", observers said."));
        String claim = api.create("/api/claims", Map.of("text", "The fuzzing robot sent a lot of requests " + run,
                "topic", "fuzz", "tags", List.of("fuzz")));
        String stanceId = api.create("/api/claims/" + claim + "/stances", Map.of("sourceId", source,
                "stance", "ASSERTS", "quote", QUOTE, "documentId", document, "statedAt", "2021-12-30T09:00:00Z"));
        String verdict = api.create("/api/claims/" + claim + "/verdicts", Map.of("rating", "MOSTLY_TRUE",
                "explanation", "Counted in the logs.", "reviewer", "fuzz desk"));
        // a stance and a verdict for the claims-service's own valid retraction and withdrawal
        String serviceStance = api.create("/api/claims/" + claim + "/stances", Map.of("sourceId", other,
                "stance", "REPORTS", "quote", QUOTE, "documentId", document, "statedAt", "2021-12-30T09:30:00Z"));
        String serviceVerdict = api.create("/api/claims/" + claim + "/verdicts", Map.of("rating", "MOSTLY_TRUE",
                "explanation", "Counted in the logs again.", "reviewer", "fuzz desk"));
        String party = given().baseUri(system.service(Service.SOURCES).baseUrl()).get("/sources/" + source).then()
                .statusCode(200).extract().path("party.id");
        assertTrue(party != null, "the fixture source has a party");
        // the sources that the gateway's and the claims-service's valid stance requests cite: a stance of its own each
        // parties that the gateway's and the claims-service's valid merge requests merge into the fixture party
        String gatewayMerged = api.create("/api/parties", Map.of("name", "Fuzz merged by the gateway " + run));
        String serviceMerged = api.create("/api/parties", Map.of("name", "Fuzz merged by the service " + run));
        String gatewayStanceSource = api.source("Fuzz gateway speaker " + run, "PERSON", "Fuzzland", "C");
        String serviceStanceSource = api.source("Fuzz service speaker " + run, "PERSON", "Fuzzland", "C");
        String importJob = system.startImport(org.claimtrack.system.Bundles.generate(900_000, 1, 900_000, 1, 1, 7));
        system.awaitImport(importJob, Duration.ofMinutes(2));
        String username = "fuzz-user-" + run;
        given().baseUri(system.gatewayUrl()).header("Authorization", system.adminAuthorization())
                .contentType("application/json").body(Map.of("username", username, "password", "fuzz user passphrase " + run,
                        "roles", List.of("reviewer"))).post("/api/users").then().statusCode(201);
        String webhook = given().baseUri(system.gatewayUrl()).header("Authorization", system.adminAuthorization())
                .contentType("application/json").body(Map.of("url", "https://cms.example.org/hooks/fuzz-" + run,
                        "events", List.of("claim.status-changed"))).post("/api/webhooks").then().statusCode(201)
                .extract().path("webhook.id");
        // proposals from the fixture document (the publisher's own statement of the quote), for the extraction reads
        String extraction = api.create("/api/extractions", Map.of("documentId", document));
        return new Fixture(source, other, document, claim, stanceId, QUOTE, username, verdict, party, importJob,
                gatewayStanceSource, serviceStanceSource, gatewayMerged, serviceMerged, serviceStance, serviceVerdict, webhook,
                extraction);
    }

    /**
     * Counts and versions read straight from the services that own them; the gateway's own data (its users and their
     * roles, import jobs, webhook subscriptions) from the gateway.
     */
    private static Snapshot snapshot(String claims, String sources, String gateway, String admin, Fixture f) {
        Map<String, String> v = new HashMap<>();
        io.restassured.response.Response users = given().baseUri(gateway).header("Authorization", admin).get("/api/users");
        assertEquals(200, users.statusCode(), "/api/users: " + users.asString());
        v.put("gateway.users", users.jsonPath().getList("collect { it.username + ':' + it.roles }").toString());
        v.put("gateway.imports", gatewayJson(gateway, admin, "/api/imports?size=1").path("total").asText());
        v.put("gateway.webhooks", Integer.toString(gatewayJson(gateway, admin, "/api/webhooks").size()));
        v.put("sources.total", get(sources, "/sources?size=1").path("total").asText());
        v.put("documents.total", get(sources, "/documents?size=1").path("total").asText());
        v.put("source.version", get(sources, "/sources/" + f.sourceId()).path("version").asText());
        v.put("otherSource.version", get(sources, "/sources/" + f.otherSourceId()).path("version").asText());
        v.put("document.version", get(sources, "/documents/" + f.documentId()).path("version").asText());
        v.put("claims.counts", get(claims, "/claims/counts").toString());
        v.put("claim.version", get(claims, "/claims/" + f.claimId()).path("version").asText());
        v.put("claim.verdicts", Integer.toString(items(get(claims, "/claims/" + f.claimId() + "/verdicts")).size()));
        v.put("claim.stances", Integer.toString(items(get(claims, "/claims/" + f.claimId() + "/stances")).size()));
        v.put("stances.bySource", get(claims, "/stances?sourceId=" + f.sourceId() + "&size=1").path("total").asText());
        v.put("stances.byOther", get(claims, "/stances?sourceId=" + f.otherSourceId() + "&size=1").path("total").asText());
        return new Snapshot(v);
    }

    private static JsonNode gatewayJson(String gateway, String admin, String path) {
        io.restassured.response.Response r = given().baseUri(gateway).header("Authorization", admin).get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.asString());
        try {
            return JSON.readTree(r.asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode items(JsonNode node) {
        return node.isArray() ? node : node.path("items");
    }

    /** The JSON at {@code path}, or {@code "absent"} when it is gone (404), which a snapshot compares like any value. */
    private static JsonNode get(String baseUrl, String path) {
        io.restassured.response.Response r = given().baseUri(baseUrl).get(path);
        if (r.statusCode() == 404) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf("absent");
        }
        assertEquals(200, r.statusCode(), path + ": " + r.asString());
        try {
            return JSON.readTree(r.asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
