package org.claimtrack.gateway.imports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.Downstreams;
import org.claimtrack.gateway.support.InjectDownstreams;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class ImportResourceTest {
    static final Path SEED = Path.of("..", "seeds", "geneva-2021-12-30.json");
    /** 20 sources, 1 document, 22 claims, 27 stances. */
    static final int SEED_ITEMS = 76; // 6 parties, 20 sources, 1 document, 22 claims, 27 stances

    @InjectDownstreams
    Downstreams stubs;

    @BeforeEach
    void emptyServices() {
        OpenApiContract.enforce();
        FakeServer.route(stubs);
    }

    static Response upload(byte[] body) {
        return TestUsers.editor().contentType("application/json").header("X-Claimtrack-Actor", "importer").body(body).post("/api/imports");
    }

    /** Starts an import and waits for it to finish; the job as it ended. */
    static JsonPath importAndWait(byte[] body) {
        String location = upload(body).then().statusCode(202)
                .header("Location", matchesPattern(".*/api/imports/[0-9a-f-]{36}"))
                .body("status", is("QUEUED")).extract().header("Location");
        return waitFor(location);
    }

    static JsonPath waitFor(String location) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = given().get(location).then().statusCode(200).extract().jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("status"))) {
                return job;
            }
            pause(20);
        }
        throw new AssertionError("import did not finish: " + location);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void seedBundleImportsAndTheSecondRunCreatesNothing() throws IOException {
        byte[] seed = Files.readAllBytes(SEED);

        JsonPath first = importAndWait(seed);
        assertEquals("SUCCEEDED", first.getString("status"));
        // both services were asked to refresh their planner statistics before the job said it was done
        assertEquals(1, stubs.sources().findAll(postRequestedFor(urlPathEqualTo("/statistics"))).size());
        assertEquals(1, stubs.claims().findAll(postRequestedFor(urlPathEqualTo("/statistics"))).size());
        assertEquals("CLAIMTRACK_BUNDLE", first.getString("format"));
        assertEquals(SEED_ITEMS, first.getInt("total"));
        assertEquals(SEED_ITEMS, first.getInt("done"));
        assertEquals(SEED_ITEMS, first.getInt("created"));
        assertEquals(TestUsers.EDITOR, first.getString("actor"), "the signed-in user, whatever the actor header says");

        JsonPath second = importAndWait(seed);
        assertEquals("SUCCEEDED", second.getString("status"));
        assertEquals(0, second.getInt("created"));
        assertEquals(SEED_ITEMS, second.getInt("unchanged"));
        assertEquals(0, second.getInt("failed"));

        // every batch and look-up, from the job's thread and its lanes, names the user who started the job
        List<String> posts = java.util.stream.Stream.concat(stubs.sources().getAllServeEvents().stream(),
                        stubs.claims().getAllServeEvents().stream())
                .map(event -> event.getRequest()).filter(request -> request.getMethod().getName().equals("POST"))
                .map(request -> request.getUrl() + " as " + request.getHeader("X-Claimtrack-Actor")).toList();
        assertTrue(posts.size() >= 10, "batch calls: " + posts);
        posts.forEach(post -> assertTrue(post.endsWith(" as " + TestUsers.EDITOR), post));

        FakeServices fake = FakeServer.FAKE;
        assertEquals(6, fake.all("parties").size());
        assertEquals(20, fake.all("sources").size());
        assertEquals(22, fake.all("claims").size());
        assertEquals(27, fake.all("stances").size());
    }

    @Test
    void stancesCarryTheirSourceSnapshotAndDocument() throws IOException {
        assertEquals("SUCCEEDED", importAndWait(Files.readAllBytes(SEED)).getString("status"));
        FakeServices fake = FakeServer.FAKE;
        String troopsId = fake.byKey("claims", FakeServices.key("claims", claimText("Russia has deployed up to 100,000 soldiers on Ukraine's borders.")))
                .get("id").asText();
        String documentId = fake.all("documents").get(0).get("id").asText();
        Map<String, String> affiliationByStance = fake.all("stances").stream()
                .filter(stance -> stance.get("claimId").asText().equals(troopsId))
                .filter(stance -> !stance.get("stance").asText().equals("REPORTS"))
                .peek(stance -> assertEquals(documentId, stance.get("documentId").asText()))
                .collect(Collectors.toMap(stance -> stance.get("source").get("name").asText(),
                        stance -> stance.get("stance").asText() + " " + stance.get("source").get("affiliation").asText()));
        assertEquals(Map.of("Government of Ukraine", "ASSERTS Ukraine", "Western countries", "ASSERTS West",
                "Government of Russia", "DENIES Russia"), affiliationByStance);
        // the root party travels into the snapshot: it decides independence in the claims-service
        String russia = fake.byKey("parties", "russia").get("id").asText();
        assertTrue(fake.all("stances").stream().filter(stance -> stance.get("source").get("name").asText().equals("Government of Russia"))
                .allMatch(stance -> russia.equals(stance.get("source").path("rootPartyId").asText())
                        && "Russia".equals(stance.get("source").path("rootPartyName").asText())));
        ObjectNode zakharova = fake.byKey("sources", "maria zakharova");
        assertEquals("Russian Foreign Ministry", zakharova.get("memberOfName").asText());
        ObjectNode document = fake.all("documents").get(0);
        assertEquals(fake.byKey("sources", "unidentified news website (geneva talks article)").get("id").asText(),
                document.get("publisherId").asText());
    }

    @Test
    void aStanceStatedAfterItsDocumentWasPublishedIsAnErrorOfTheJobAsThe422OfTheApi() {
        byte[] bundle = """
                {"format": "claimtrack-bundle/1", "name": "dates",
                 "sources": [{"name": "Dated speaker", "kind": "PERSON", "reliability": "C"}],
                 "documents": [{"url": "https://dated.example/article", "title": "Dated article",
                                "publishedAt": "2021-12-30T10:00:00Z"}],
                 "claims": [{"text": "The dated claim is stated twice.", "stances": [
                   {"source": "Dated speaker", "stance": "ASSERTS", "quote": "Stated before it was published.",
                    "document": "https://dated.example/article", "statedAt": "2021-12-30T09:00:00Z"},
                   {"source": "Dated speaker", "stance": "ASSERTS", "quote": "Stated after it was published.",
                    "document": "https://dated.example/article", "statedAt": "2021-12-30T12:00:00Z"}]}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        JsonPath job = importAndWait(bundle);

        assertEquals("COMPLETED_WITH_ERRORS", job.getString("status"), job.prettify());
        assertEquals(1, job.getInt("failed"));
        assertEquals(List.of("/claims/0/stances/1/statedAt"), job.getList("errors.pointer"));
        // the same sentence as the detail of the API's 422 (QuotedStatementDates, one rule)
        assertEquals("statedAt 2021-12-30T12:00:00Z is after the publishedAt 2021-12-30T10:00:00Z of the document that quotes it",
                job.getString("errors[0].message"));
        assertEquals(List.of("Stated before it was published."),
                FakeServer.FAKE.all("stances").stream().map(stance -> stance.get("quote").asText()).toList());
    }

    static ObjectNode claimText(String text) {
        return FakeServices.MAPPER.createObjectNode().put("text", text);
    }

    @Test
    void aBundleThatFailsTheSchemaIsRejectedWholeAndChangesNothing() throws IOException {
        byte[] bad = ImportResourceTest.class.getResourceAsStream("/imports/bad-bundle.json").readAllBytes();
        upload(bad).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("does not match the bundle schema"))
                .body("errors.field", hasItems("/sources/1/kind", "/sources/1/reliability", "/claims/0/stances/0",
                        "/claims/0/stances/0/statedAt", "/claims/1/text", ""))
                .body("errors.find { it.field == '' }.message", containsString("verdicts"));
        assertEquals(0, stubs.requestCount(), "nothing may reach the services");
    }

    @Test
    void malformedEmptyAndWrongTypeUploadsAreClearProblems() {
        upload("{\"format\": \"claimtrack-bundle/1\", \"sources\": [".getBytes()).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid JSON (line 1"));
        upload(new byte[0]).then().statusCode(400).body("detail", containsString("empty"));
        upload("\"just a string\"".getBytes()).then().statusCode(400).body("detail", containsString("must be a JSON object"));
        TestUsers.editor().contentType("text/plain").body("hello").post("/api/imports").then().statusCode(415);
        multipart().multiPart("file", "bundle.json", "{}".getBytes(), "application/json").post("/api/imports")
                .then().statusCode(415).body("detail", containsString("/api/imports/uploads"));
        multipart().multiPart("other", "x").post("/api/imports/uploads").then().statusCode(400).body("errors.field", hasItem("file"));
        // a multipart Content-Type over a body without that boundary: the form cannot be parsed
        for (var request : java.util.List.of(multipart(), TestUsers.editor())) {
            request.contentType("multipart/form-data; boundary=zz").body("{\"format\": \"claimtrack-bundle/1\"}".getBytes())
                    .post("/api/imports/uploads").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("body"));
        }
        assertEquals(0, FakeServer.server().getAllServeEvents().size(), "no batch may reach the services");
    }

    @Test
    void anonymousImportsAreRefusedAndNothingReachesTheServices() throws IOException {
        given().contentType("application/json").body(Files.readAllBytes(SEED)).post("/api/imports").then().statusCode(401)
                .contentType("application/problem+json");
        assertEquals(0, stubs.requestCount());
    }

    @Test
    void editorsListTheJobsNewestFirstFilteredByStatusAndBadParametersAreNamed() throws IOException {
        byte[] seed = Files.readAllBytes(SEED);
        String first = importAndWait(seed).getString("id");
        String second = importAndWait(seed).getString("id");

        JsonPath page = TestUsers.editor().get("/api/imports?size=2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(second, first), page.getList("items.id"), "newest first");
        assertTrue(page.getLong("total") >= 2);
        assertEquals(2, page.getInt("size"));
        assertNull(page.get("items[0].errors"), "a job's errors are read on the job itself");
        assertEquals(SEED_ITEMS, page.getInt("items[1].total"));
        assertEquals(SEED_ITEMS, page.getInt("items[0].unchanged"), "the second run found everything on record");

        TestUsers.editor().get("/api/imports?status=SUCCEEDED&status=FAILED&size=100").then().statusCode(200)
                .body("items.status", everyItem(oneOf("SUCCEEDED", "FAILED"))).body("items.id", hasItem(first));
        TestUsers.editor().get("/api/imports?status=QUEUED").then().statusCode(200).body("items.id", not(hasItem(first)));

        for (String bad : List.of("status=DONE", "page=-1", "size=0", "size=101", "page=x", "size=99999999999")) {
            String field = bad.substring(0, bad.indexOf('='));
            TestUsers.editor().get("/api/imports?" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
        }
        given().get("/api/imports").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unknownAndMalformedJobIds() {
        given().get("/api/imports/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/imports/not-a-uuid").then().statusCode(400);
    }

    @Test
    void claimReviewFeedMapsNumericStringAndTextRatingsAndReportsTheRest() throws IOException {
        byte[] feed = ImportResourceTest.class.getResourceAsStream("/imports/claimreview-feed.json").readAllBytes();
        String location = multipart().multiPart("file", "feed.json", feed, "application/json").post("/api/imports/uploads")
                .then().statusCode(202).body("fileName", is("feed.json")).extract().header("Location");
        JsonPath job = waitFor(location);

        assertEquals("CLAIM_REVIEW_FEED", job.getString("format"));
        assertEquals("COMPLETED_WITH_ERRORS", job.getString("status"));
        assertEquals(18, job.getInt("total"));
        assertEquals(16, job.getInt("created"));
        assertEquals(2, job.getInt("failed"));
        assertEquals(List.of("/itemListElement/3/item/reviewRating", "/itemListElement/4/item/claimReviewed"),
                job.getList("errors.pointer"));

        FakeServices fake = FakeServer.FAKE;
        Map<String, String> ratings = fake.all("verdicts").stream().collect(Collectors.toMap(
                verdict -> claimTextOf(verdict.get("claimId").asText()), verdict -> verdict.get("rating").asText()));
        assertEquals(Map.of(
                "Russia has not moved any troops towards Ukraine's border.", "FALSE",
                "Talks between Russia and the United States will take place in Geneva on 10 January.", "TRUE",
                "The allies agreed to impose harsh measures against Russia.", "MIXED"), ratings);
        assertEquals(List.of("Checkers Desk", "Checkers Desk", "Other Checkers"),
                fake.all("verdicts").stream().map(v -> v.get("reviewer").asText()).sorted().toList());
        ObjectNode putinStance = fake.all("stances").stream()
                .filter(s -> s.get("source").get("name").asText().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertEquals("ASSERTS", putinStance.get("stance").asText());
        assertEquals("PERSON", putinStance.get("source").get("kind").asText());
        ObjectNode zakharova = fake.all("stances").stream()
                .filter(s -> s.get("source").get("name").asText().equals("Maria Zakharova")).findFirst().orElseThrow();
        assertEquals("2021-12-30T09:00:00Z", zakharova.get("statedAt").asText());
        // the fact-checker's paraphrase is an attribution by the fact-checker, with the appearance as its document
        assertEquals("ATTRIBUTION", zakharova.get("kind").asText());
        assertEquals("Checkers Desk", zakharova.get("reportedBy").asText());
        assertFalse(zakharova.has("quote"));
        ObjectNode appearance = fake.byKey("documents", "https://news.example/a");
        assertEquals(appearance.get("id").asText(), zakharova.get("documentId").asText());
        assertEquals("https://news.example/a", appearance.get("title").asText());
        assertFalse(appearance.has("archivedText"));
        // the review keeps its date, url and author organisation
        ObjectNode geneva = fake.all("verdicts").stream().filter(v -> v.get("rating").asText().equals("TRUE")).findFirst().orElseThrow();
        assertEquals("2022-01-06T00:00:00Z", geneva.get("publishedAt").asText());
        assertEquals("https://checkers.example/reviews/2", geneva.get("url").asText());
        assertEquals("Checkers Desk", geneva.get("organization").asText());

        JsonPath again = importAndWait(feed);
        assertEquals(0, again.getInt("created"));
        assertEquals(16, again.getInt("unchanged"));
    }

    @Test
    void aJsonLdDataFeedWithAnAliasedContextAndAGraphIsReadAndAConflictingRatingIsReported() throws IOException {
        byte[] feed = ImportResourceTest.class.getResourceAsStream("/imports/claimreview-datafeed.jsonld").readAllBytes();
        String location = TestUsers.editor().contentType("application/ld+json").body(feed).post("/api/imports")
                .then().statusCode(202).body("format", is("CLAIM_REVIEW_FEED")).extract().header("Location");
        JsonPath job = waitFor(location);
        assertEquals("COMPLETED_WITH_ERRORS", job.getString("status"), job.prettify());
        // two reviews: claim, source, document, attribution each; one verdict; one conflicting rating reported
        assertEquals(10, job.getInt("total"), job.prettify());
        assertEquals(9, job.getInt("created"), job.prettify());
        assertEquals(List.of("/dataFeedElement/1/reviewRating"), job.getList("errors.pointer"));
        assertTrue(job.getString("errors[0].message").contains("ratingValue 5 on the scale 1..5 means TRUE but alternateName \"False\" means FALSE"),
                job.getString("errors[0].message"));

        FakeServices fake = FakeServer.FAKE;
        ObjectNode senator = fake.all("stances").stream()
                .filter(s -> s.get("source").get("name").asText().equals("Senator Aliased")).findFirst().orElseThrow();
        assertEquals("ATTRIBUTION", senator.get("kind").asText());
        assertEquals("JSON-LD Checkers", senator.get("reportedBy").asText());
        assertEquals(fake.byKey("documents", "https://news.example/senator-aliased").get("id").asText(),
                senator.get("documentId").asText());
        assertEquals("Senator says the moon landing was staged", fake.byKey("documents", "https://news.example/senator-aliased")
                .get("title").asText());
        ObjectNode verdict = fake.all("verdicts").stream()
                .filter(v -> v.get("reviewer").asText().equals("JSON-LD Checkers")).findFirst().orElseThrow();
        assertEquals("FALSE", verdict.get("rating").asText());
        assertEquals("2022-03-01T12:00:00Z", verdict.get("publishedAt").asText());
        assertEquals("https://jsonld-checkers.example/moon", verdict.get("url").asText());
        assertEquals(1, fake.all("verdicts").stream().filter(v -> v.get("reviewer").asText().equals("JSON-LD Checkers")).count());
    }

    @Test
    void aRemoteContextIsReportedInTheJobAndNothingIsFetchedOrWritten() {
        int claimsBefore = FakeServer.FAKE.all("claims").size();
        JsonPath job = importAndWait(("""
                {"@context": "https://w3id.org/claimreview-remote/v1", "@type": "DataFeed", "dataFeedElement": [
                  {"@type": "ClaimReview", "claimReviewed": "A claim that must never be imported."}]}""").getBytes());
        assertEquals("COMPLETED_WITH_ERRORS", job.getString("status"), job.prettify());
        assertEquals(List.of("/@context"), job.getList("errors.pointer"));
        assertTrue(job.getString("errors[0].message").contains("https://w3id.org/claimreview-remote/v1 is not fetched"),
                job.getString("errors[0].message"));
        assertEquals(0, job.getInt("created"));
        assertEquals(claimsBefore, FakeServer.FAKE.all("claims").size());
    }

    /**
     * An editor's multipart request as an API client sends it: HTTP Basic and no CSRF token or cookie (the token guards
     * browser sessions; a call carrying its own credentials cannot be forged by another site).
     */
    static io.restassured.specification.RequestSpecification multipart() {
        return TestUsers.editor();
    }

    static String claimTextOf(String id) {
        return FakeServer.FAKE.all("claims").stream().filter(c -> c.get("id").asText().equals(id))
                .findFirst().orElseThrow().get("text").asText();
    }

    @Test
    void progressIsVisibleWhileATenThousandClaimBundleImports() {
        byte[] bundle = generatedBundle(10_000);
        // Slow claims batches a little, so the job is seen mid-way however fast this machine is.
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/batch")).atPriority(1)
                .willReturn(aResponse().proxiedFrom(FakeServer.server().baseUrl()).withFixedDelay(150)));

        String location = upload(bundle).then().statusCode(202).body("total", is(20_003)).extract().header("Location");
        List<JsonPath> seen = new ArrayList<>();
        JsonPath job;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5)); // a hang, not a speed limit
        do {
            assertTrue(Instant.now().isBefore(deadline), "import still running after 5 minutes: " + location);
            job = given().get(location).then().statusCode(200).extract().jsonPath();
            seen.add(job);
            pause(25);
        } while (List.of("QUEUED", "RUNNING").contains(job.getString("status")));

        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(20_003, job.getInt("done"));
        assertEquals(20_003, job.getInt("created"));
        assertTrue(seen.stream().anyMatch(s -> s.getString("status").equals("RUNNING")
                && s.getInt("done") > 0 && s.getInt("done") < 20_003), "no progress seen between start and end");
        long[] done = seen.stream().mapToLong(s -> s.getLong("done")).toArray();
        for (int i = 1; i < done.length; i++) {
            assertTrue(done[i] >= done[i - 1], "progress went backwards");
        }
        Duration took = Duration.between(Instant.parse(job.getString("startedAt")), Instant.parse(job.getString("finishedAt")));
        System.out.printf("10,000-claim bundle (20,003 items, 150 ms injected per claims batch): %d ms, %.0f claims/s%n",
                took.toMillis(), 10_000 * 1000.0 / Math.max(1, took.toMillis()));
    }

    /** A bundle of {@code claims} claims, one stance each, three sources, large enough to pass the 2 MB API limit. */
    static byte[] generatedBundle(int claims) {
        ObjectNode bundle = FakeServices.MAPPER.createObjectNode().put("format", "claimtrack-bundle/1");
        ArrayNode sources = bundle.putArray("sources");
        for (String name : List.of("Alpha Ministry", "Beta Agency", "Gamma Desk")) {
            sources.addObject().put("name", name).put("kind", "GOVERNMENT").put("affiliation", name.split(" ")[0]);
        }
        ArrayNode items = bundle.putArray("claims");
        for (int i = 0; i < claims; i++) {
            ObjectNode claim = items.addObject().put("text", "Generated claim number " + i + " about a border that moved.");
            claim.putArray("stances").addObject().put("source", List.of("Alpha Ministry", "Beta Agency", "Gamma Desk").get(i % 3))
                    .put("stance", i % 2 == 0 ? "ASSERTS" : "DENIES").put("quote", "Quote " + i + " said on the record.")
                    .put("statedAt", "2021-12-30T12:00:00Z");
        }
        return bundle.toString().getBytes();
    }

    @Test
    void aJobStoppedByAnUnavailableServiceFailsAndARerunCompletesIt() throws IOException {
        byte[] seed = Files.readAllBytes(SEED);
        var unavailable = stubs.claims().stubFor(post(urlPathEqualTo("/stances/batch")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        JsonPath failed = importAndWait(seed);
        assertEquals("FAILED", failed.getString("status"));
        assertNotNull(failed.getString("detail"));
        assertTrue(failed.getString("detail").contains("send the same upload again"), failed.getString("detail"));
        assertEquals(0, FakeServer.FAKE.all("stances").size());

        stubs.claims().removeStub(unavailable);
        JsonPath rerun = importAndWait(seed);
        assertEquals("SUCCEEDED", rerun.getString("status"));
        assertEquals(27, rerun.getInt("created"), "only the stances were missing");
        assertEquals(SEED_ITEMS - 27, rerun.getInt("unchanged"));
    }

    @Test
    void aConnectionClosedUnderABatchIsARetryNotAFailedJob() throws IOException {
        // a claims-service replica stopping mid-request (a rolling update) closes the connection under the batch call;
        // batches are idempotent by natural key, so the import sends it again and completes
        for (Fault fault : List.of(Fault.EMPTY_RESPONSE, Fault.CONNECTION_RESET_BY_PEER, Fault.MALFORMED_RESPONSE_CHUNK,
                Fault.RANDOM_DATA_THEN_CLOSE)) {
            FakeServer.FAKE.clear();
            stubs.claims().resetScenarios();
            var dropped = stubs.claims().stubFor(post(urlPathEqualTo("/stances/batch")).atPriority(1)
                    .inScenario("replica stopping").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withFault(fault)).willSetStateTo("stopped"));

            JsonPath job = importAndWait(Files.readAllBytes(SEED));
            stubs.claims().removeStub(dropped);
            assertEquals("SUCCEEDED", job.getString("status"), fault + ": " + job.prettify());
            assertEquals(SEED_ITEMS, job.getInt("created") + job.getInt("unchanged"), fault + ": every item counted once");
            assertEquals(27, FakeServer.FAKE.all("stances").size(), fault.toString());
        }
    }

    @Test
    void otherRequestsKeepTheirTwoMegabyteLimit() {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        TestUsers.editor().contentType("application/json").body(big).post("/api/claims").then().statusCode(413)
                .contentType("application/problem+json").header("Connection", "close")
                .body("title", equalTo("Content Too Large"), "status", equalTo(413), "instance", equalTo("/api/claims"),
                        "detail", equalTo("Request bodies are limited to 2 MB (imports: 50 MB at /api/imports)."));
    }

}
