package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WritesTest extends GatewayTest {

    private static final String NEW_CLAIM = "{\"text\": \"" + TEXT + "\", \"topic\": \"russia-ukraine\"}";

    private static String stanceBody(String sourceId, String documentId, String quote) {
        return """
                {"sourceId": "%s", "stance": "DENIES", "quote": "%s", "documentId": "%s", "statedAt": "2021-12-30T11:00:00Z"}
                """.formatted(sourceId, quote, documentId);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problemResponse(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    @Test
    void createClaimAnswers201WithLocationAndSendsTokenAndActor() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"")
                .withHeader("Location", "http://claims.internal/claims/" + CLAIM)
                .withBody(claim(CLAIM, TEXT, "UNSOURCED"))));

        TestUsers.editor().contentType(ContentType.JSON).header("X-Claimtrack-Actor", "desk").body(NEW_CLAIM)
                .post("/api/claims").then().statusCode(201)
                .header("Location", endsWith("/api/claims/" + CLAIM))
                .header("ETag", "\"0\"")
                .body("id", equalTo(CLAIM));
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims"))
                .withHeader("X-Claimtrack-Service-Token", WireMock.equalTo(DownstreamStubs.SERVICE_TOKEN))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.EDITOR)) // the signed-in user, not the header
                .withRequestBody(matchingJsonPath("$.text", WireMock.equalTo(TEXT))));

        TestUsers.admin().contentType(ContentType.JSON).body(NEW_CLAIM).post("/api/claims").then().statusCode(201);
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims"))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.ADMIN)));
    }

    @Test
    void invalidClaimIsRejectedHereWithFieldErrors() {
        TestUsers.admin().contentType(ContentType.JSON).body("{\"text\": \"short\"}").post("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
        TestUsers.admin().contentType(ContentType.JSON).body("{\"text\": ").post("/api/claims").then().statusCode(400);
        TestUsers.admin().contentType(ContentType.TEXT).body("hello").post("/api/claims").then().statusCode(415);
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unreadableJsonNamesTheFieldAndTheExpectedJsonNeverAJavaClass() {
        record Case(String path, String body, String field, String message) {
        }
        String stance = "/api/claims/" + CLAIM + "/stances";
        for (Case c : java.util.List.of(
                new Case("/api/claims", "{\"text\": \"" + TEXT + "\", \"tags\": \"\"}", "tags", "must be an array"),
                new Case("/api/claims", "{\"text\": \"" + TEXT + "\", \"eventTime\": \"yesterday\"}", "eventTime",
                        "must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z"),
                new Case(stance, "{\"stance\": 123}", "stance", "must be one of ASSERTS, DENIES, QUESTIONS, REPORTS"),
                new Case(stance, "{\"stance\": \"DENIES\", \"selector\": \"\"}", "selector", "must be an object"),
                new Case(stance, "{\"statedAt\": [1]}", "statedAt", "must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z"),
                new Case("/api/claims", "[1, 2]", "body", "must be an object"),
                // read as strictly as the services read it: no number, boolean or ordinal stands in for text or a name
                new Case("/api/claims", "{\"text\": 123456789012345}", "text", "must be a string"),
                new Case("/api/claims", "{\"text\": true}", "text", "must be a string"),
                new Case(stance, "{\"stance\": 0}", "stance", "must be one of ASSERTS, DENIES, QUESTIONS, REPORTS"),
                new Case("/api/claims", "{\"text\": \"" + TEXT + "\", \"text\": \"" + TEXT + " again\"}", "body", "repeats a property"),
                new Case("/api/claims", "{\"text\": \"" + TEXT + "\"} {}", "body", "must hold exactly one JSON value"),
                new Case("/api/claims", "{\"text\": \"" + TEXT + " \\u0000\"}", "text", "must not contain the NUL character"),
                new Case("/api/claims", "", "body", "must not be null"),
                new Case("/api/claims", "{\"text\": ", "body", "is not valid JSON (line 1, column 10)"))) {
            String body = TestUsers.admin().contentType(ContentType.JSON).body(c.body()).post(c.path()).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(c.field()))
                    .body("errors[0].message", containsString(c.message()))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(body.matches("(?s).*(java\\.|org\\.claimtrack|Exception|Cannot ).*"), body);
        }
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void routingRejectionsAreProblemsThatSayWhatToChange() {
        TestUsers.admin().contentType("application/xml").body("<claim/>").post("/api/claims").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("application/json"));
        TestUsers.admin().accept("application/xml").get("/api/claims/" + CLAIM).then().statusCode(406)
                .contentType("application/problem+json").body("detail", containsString("Accept"));
        // a 405 says which methods the path answers (RFC 9110): the framework's own answer does not
        TestUsers.admin().contentType(ContentType.JSON).body("{}").patch("/api/claims/" + CLAIM).then().statusCode(405)
                .contentType("application/problem+json").body("detail", containsString("method"))
                .header("Allow", "DELETE, GET, HEAD, OPTIONS, PUT");
        TestUsers.admin().delete("/api/claims").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, POST");
        TestUsers.admin().put("/api/claims/" + CLAIM + "/stances/" + CLAIM + "/retraction").then().statusCode(405)
                .header("Allow", "OPTIONS, POST");
        // OPTIONS names the path's own methods, not every method of its resource class
        given().options("/api/claims").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().options("/api/claims/" + CLAIM).then().statusCode(200).header("Allow", "DELETE, GET, HEAD, OPTIONS, PUT");
        // the OpenAPI document and Swagger UI are read-only (Quarkus served the document to any method)
        TestUsers.admin().contentType(ContentType.JSON).body("{}").post("/q/openapi").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", "GET, HEAD, OPTIONS")
                .body("title", equalTo("Method Not Allowed"), "status", equalTo(405), "instance", equalTo("/q/openapi"));
        given().head("/q/openapi").then().statusCode(200);
        TestUsers.admin().get("/api/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("path"));
    }

    @Test
    void duplicateClaimKeepsTheDownstream409AndExistingId() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims")).willReturn(problemResponse(409,
                problem(409, "Conflict", "This claim is already on record", "\"existingId\": \"" + CLAIM + "\""))));

        TestUsers.admin().contentType(ContentType.JSON).body(NEW_CLAIM).post("/api/claims").then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(CLAIM))
                .body("detail", equalTo("This claim is already on record"));
    }

    @Test
    void updatePassesIfMatchAndKeepsPreconditionProblems() {
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", WireMock.equalTo("\"3\""))
                .willReturn(okJson(claim(CLAIM, TEXT, "DISPUTED")).withHeader("ETag", "\"4\"")));
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", WireMock.equalTo("\"2\""))
                .willReturn(problemResponse(412, problem(412, "Precondition Failed", "The claim has changed", null))));
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", WireMock.absent())
                .willReturn(problemResponse(428, problem(428, "Precondition Required", "If-Match is required", null))));

        TestUsers.admin().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(NEW_CLAIM).put("/api/claims/" + CLAIM)
                .then().statusCode(200).header("ETag", "\"4\"");
        TestUsers.admin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(NEW_CLAIM).put("/api/claims/" + CLAIM)
                .then().statusCode(412).body("detail", equalTo("The claim has changed"));
        TestUsers.admin().contentType(ContentType.JSON).body(NEW_CLAIM).put("/api/claims/" + CLAIM)
                .then().statusCode(428);
    }

    @Test
    void deleteClaimPassesIfMatch() {
        stubs.claims().stubFor(delete(urlPathEqualTo("/claims/" + CLAIM)).willReturn(aResponse().withStatus(204)));

        TestUsers.admin().header("If-Match", "\"3\"").delete("/api/claims/" + CLAIM).then().statusCode(204);
        stubs.claims().verify(deleteRequestedFor(urlPathEqualTo("/claims/" + CLAIM))
                .withHeader("If-Match", WireMock.equalTo("\"3\""))
                .withHeader("X-Claimtrack-Service-Token", WireMock.equalTo(DownstreamStubs.SERVICE_TOKEN)));
    }

    @Test
    void writeWhileClaimsAreDownIs503WithRetryAfter() {
        down(stubs.claims());

        TestUsers.admin().contentType(ContentType.JSON).body(NEW_CLAIM).post("/api/claims").then().statusCode(503)
                .header("Retry-After", "7").contentType("application/problem+json");
        // Writes are never retried: the one attempt may have happened.
        stubs.claims().verify(1, postRequestedFor(urlPathEqualTo("/claims")));
    }

    /** The records look-up the stance write makes for the document's publishedAt. */
    private void articleLookup() {
        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [" + outlet() + "], \"documents\": [" + article(false) + "], \"missingSourceIds\": [], "
                        + "\"missingDocumentIds\": []}")));
    }

    @Test
    void stanceIsRecordedWithTheSourceSnapshotFilledIn() {
        articleLookup();
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check")).willReturn(okJson(
                "{\"found\": true, \"start\": 120, \"end\": 139, \"matchedText\": \"" + DENIAL + "\"}")));
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/stances")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T11:00:00Z"))));

        TestUsers.admin().contentType(ContentType.JSON).body(stanceBody(MOSCOW, ARTICLE, DENIAL))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(201)
                .header("Location", endsWith("/api/claims/" + CLAIM))
                .body("id", equalTo(STANCE_MOSCOW));
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/stances"))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.ADMIN)) // after three parallel checks
                .withRequestBody(equalToJson("""
                        {"sourceId": "%s", "stance": "DENIES", "quote": "%s", "documentId": "%s",
                         "statedAt": "2021-12-30T11:00:00Z", "selector": {"exact": "%s"},
                         "source": {"name": "Government of Russia", "kind": "GOVERNMENT", "affiliation": "Russia", "reliability": "C"}}
                        """.formatted(MOSCOW, DENIAL, ARTICLE, DENIAL))));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check"))
                .withRequestBody(matchingJsonPath("$.exact", WireMock.equalTo(DENIAL))));
    }

    @Test
    void stanceWithUnknownSourceAndDocumentIs422ListingBoth() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MISSING))
                .willReturn(problemResponse(404, problem(404, "Not Found", "No source", null))));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + MISSING + "/quote-check"))
                .willReturn(problemResponse(404, problem(404, "Not Found", "No document", null))));
        stubs.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [], \"documents\": [], \"missingSourceIds\": [], \"missingDocumentIds\": [\"" + MISSING + "\"]}")));

        TestUsers.admin().contentType(ContentType.JSON).body(stanceBody(MISSING, MISSING, DENIAL))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Unprocessable Content")) // RFC 9110's name, as the services say it
                .body("errors.field", containsInAnyOrder("sourceId", "documentId"));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void stanceWhoseQuoteIsNotInTheDocumentIs422WithTheClosestPassage() {
        articleLookup();
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check")).willReturn(okJson("""
                {"found": false, "closest": {"start": 120, "end": 139, "text": "which Moscow denied", "score": 0.8}}
                """)));

        TestUsers.admin().contentType(ContentType.JSON).body(stanceBody(MOSCOW, ARTICLE, "which Moscow strongly denied"))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(422)
                .body("errors.field", contains("quote"))
                .body("closest.text", equalTo(DENIAL))
                .body("closest.score", equalTo(0.8f));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void stanceWhileSourcesAreDownIs503AndNothingIsWritten() {
        down(stubs.sources());

        TestUsers.admin().contentType(ContentType.JSON).body(stanceBody(MOSCOW, ARTICLE, DENIAL))
                .post("/api/claims/" + CLAIM + "/stances").then().statusCode(503).header("Retry-After", "7");
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void stanceOnUnknownClaimKeepsThe404() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + MISSING + "/stances"))
                .willReturn(problemResponse(404, problem(404, "Not Found", "No claim " + MISSING, null))));

        TestUsers.admin().contentType(ContentType.JSON)
                .body("{\"sourceId\": \"" + MOSCOW + "\", \"stance\": \"DENIES\", \"quote\": \"no\", \"statedAt\": \"2021-12-30T11:00:00Z\"}")
                .post("/api/claims/" + MISSING + "/stances").then().statusCode(404).body("detail", equalTo("No claim " + MISSING));
    }

    @Test
    void verdictIsAppended() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/verdicts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"))));

        TestUsers.admin().contentType(ContentType.JSON).body("{\"rating\": \"FALSE\", \"explanation\": \"No build-up.\", \"reviewer\": \"desk\"}")
                .post("/api/claims/" + CLAIM + "/verdicts").then().statusCode(201).body("rating", equalTo("FALSE"));
        TestUsers.admin().contentType(ContentType.JSON).body("{\"rating\": \"PANTS_ON_FIRE\", \"explanation\": \"x\", \"reviewer\": \"desk\"}")
                .post("/api/claims/" + CLAIM + "/verdicts").then().statusCode(400);
        stubs.claims().verify(1, postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/verdicts")));
    }

    private static final String MOSCOW_RENAMED = """
            {"name": "Kremlin", "kind": "GOVERNMENT", "affiliation": "Russia", "reliability": "C"}
            """;

    private void moscowUpdatedTo(String name, String description) {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        String updated = source(MOSCOW, name, "GOVERNMENT", "Russia", "C", null).replace("\"version\": 0", "\"version\": 1");
        if (description != null) {
            updated = updated.replace("\"kind\"", "\"description\": \"" + description + "\", \"kind\"");
        }
        stubs.sources().stubFor(put(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(updated).withHeader("ETag", "\"1\"")));
    }

    @Test
    void sourceChangeRefreshesTheClaimsSnapshots() {
        moscowUpdatedTo("Kremlin", null);
        stubs.claims().stubFor(put(urlPathEqualTo("/source-snapshots/" + MOSCOW)).willReturn(okJson(
                "{\"stancesUpdated\": 3, \"claimsRecomputed\": 2, \"statusesChanged\": 1}")));

        TestUsers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(MOSCOW_RENAMED).put("/api/sources/" + MOSCOW)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("source.name", equalTo("Kremlin"))
                .body("snapshotRefresh.state", equalTo("DONE"))
                .body("snapshotRefresh.stancesUpdated", equalTo(3));
        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/source-snapshots/" + MOSCOW))
                .withRequestBody(equalToJson("{\"name\": \"Kremlin\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Russia\", \"reliability\": \"C\"}")));
        stubs.sources().verify(putRequestedFor(urlPathEqualTo("/sources/" + MOSCOW)).withHeader("If-Match", WireMock.equalTo("\"0\"")));
    }

    @Test
    void sourceChangeThatCannotReachClaimsIsSavedAndReportedPending() {
        moscowUpdatedTo("Kremlin", null);
        down(stubs.claims());

        TestUsers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(MOSCOW_RENAMED).put("/api/sources/" + MOSCOW)
                .then().statusCode(200)
                .body("snapshotRefresh.state", equalTo("PENDING"))
                .body("snapshotRefresh.detail", containsString("retried"));
        // retried at once (idempotent), before being left to the background retry; the retries run on other
        // threads, and still name the signed-in user
        stubs.claims().verify(3, putRequestedFor(urlPathEqualTo("/source-snapshots/" + MOSCOW))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.ADMIN)));
    }

    @Test
    void descriptionOnlyChangeNeedsNoRefresh() {
        moscowUpdatedTo("Government of Russia", "The Russian government");

        TestUsers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Government of Russia\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Russia\", "
                        + "\"reliability\": \"C\", \"description\": \"The Russian government\"}")
                .put("/api/sources/" + MOSCOW).then().statusCode(200)
                .body("snapshotRefresh.state", equalTo("NOT_NEEDED"));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void citedSourceIsNotDeleted() {
        stubs.claims().stubFor(get(urlPathEqualTo("/stances/references")).willReturn(okJson("""
                {"items": [{"kind": "SOURCE", "id": "%s", "stanceCount": 2, "claimIds": ["%s", "%s"]}]}
                """.formatted(MOSCOW, CLAIM, SIMILAR))));

        TestUsers.admin().header("If-Match", "\"0\"").delete("/api/sources/" + MOSCOW).then().statusCode(409)
                .contentType("application/problem+json")
                .body("stanceCount", equalTo(2))
                .body("claimIds", contains(CLAIM, SIMILAR))
                .body("detail", containsString("2 stances on 2 claims"));
        stubs.sources().verify(0, deleteRequestedFor(anyUrl()));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/stances/references"))
                .withQueryParam("sourceIds", WireMock.equalTo(MOSCOW)));
    }

    @Test
    void uncitedDocumentIsDeletedWithIfMatch() {
        stubs.claims().stubFor(get(urlPathEqualTo("/stances/references")).willReturn(okJson("{\"items\": []}")));
        stubs.sources().stubFor(delete(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(aResponse().withStatus(204)));

        TestUsers.admin().header("If-Match", "\"0\"").delete("/api/documents/" + ARTICLE).then().statusCode(204);
        stubs.sources().verify(deleteRequestedFor(urlPathEqualTo("/documents/" + ARTICLE))
                .withHeader("If-Match", WireMock.equalTo("\"0\"")));
    }

    @Test
    void deleteWhileClaimsAreDownIs503AndNothingIsDeleted() {
        down(stubs.claims());

        TestUsers.admin().header("If-Match", "\"0\"").delete("/api/documents/" + ARTICLE).then().statusCode(503).header("Retry-After", "7");
        stubs.sources().verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void createSourceAndDocumentAnswer201WithLocation() {
        stubs.sources().stubFor(post(urlPathEqualTo("/sources")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"").withBody(moscow())));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"").withBody(article(true))));

        TestUsers.admin().contentType(ContentType.JSON).body("{\"name\": \"Government of Russia\", \"kind\": \"GOVERNMENT\", \"affiliation\": \"Russia\"}")
                .post("/api/sources").then().statusCode(201).header("Location", endsWith("/api/sources/" + MOSCOW));
        TestUsers.admin().contentType(ContentType.JSON)
                .body("{\"url\": \"" + ARTICLE_URL + "\", \"title\": \"" + ARTICLE_TITLE + "\", \"publisherId\": \"" + OUTLET + "\"}")
                .post("/api/documents").then().statusCode(201).header("Location", endsWith("/api/documents/" + ARTICLE));
        TestUsers.admin().contentType(ContentType.JSON).body("{\"name\": \"X\", \"kind\": \"ALIEN\"}").post("/api/sources").then().statusCode(400);
        TestUsers.admin().contentType(ContentType.JSON).body("{\"url\": \"ftp://x\", \"title\": \"t\"}").post("/api/documents")
                .then().statusCode(400).body("errors.field", hasItem("url"));
        stubs.sources().verify(1, postRequestedFor(urlPathEqualTo("/sources")));
        stubs.sources().verify(1, postRequestedFor(urlPathEqualTo("/documents")));
    }
}
