package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attributions (a position attested by a fact-checker, no verbatim words) and verdicts dated by publication. */
@QuarkusTest
class AttributionAndReviewDateTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    private static Map<String, Object> attribution(UUID sourceId, String reportedBy) {
        Map<String, Object> body = stance(sourceId, "ASSERTS", null, "2021-12-20T10:00:00Z",
                source("Senator X", "PERSON", "", "A"));
        body.remove("quote");
        body.put("kind", "ATTRIBUTION");
        body.put("reportedBy", reportedBy);
        return body;
    }

    @Test
    void anAttributionHasNoQuoteCountsAndIsRecordedOncePerReporter() {
        String id = createClaim(uniqueText("Senator X said the border wall was finished last year"));
        UUID senator = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        Map<String, Object> body = attribution(senator, " PolitiFact ");
        body.put("documentId", document.toString());
        String stanceId = addStance(id, body).statusCode(201)
                .body("kind", equalTo("ATTRIBUTION")).body("reportedBy", equalTo("PolitiFact"))
                .body("quote", nullValue()).body("documentId", equalTo(document.toString()))
                .extract().path("id");
        given().get("/claims/{id}/stances/{s}", id, stanceId).then().statusCode(200)
                .body("kind", equalTo("ATTRIBUTION")).body("quote", nullValue());
        // counts like an assertion, but an A source only attributed is not "reliable": SINGLE_PARTY, credibility 4
        given().get("/claims/{id}/status", id).then().body("status", equalTo("SINGLE_PARTY"))
                .body("credibility", equalTo(4))
                .body("explanation", containsString("by attribution only"));
        // the same reporter's attribution again is a duplicate (any case); another reporter's is a second stance
        addStance(id, attribution(senator, "politifact")).statusCode(409).body("existingId", equalTo(stanceId))
                .body("errors[0].field", equalTo("reportedBy"));
        addStance(id, attribution(senator, "Full Fact")).statusCode(201);
        // a quote by the same source is a separate stance, and a quote defaults to kind QUOTE
        addStance(id, stance(senator, "ASSERTS", "the wall is finished", "2021-12-21T10:00:00Z",
                source("Senator X", "PERSON", "", "A"))).statusCode(201)
                .body("kind", equalTo("QUOTE")).body("reportedBy", nullValue());
        // its own words restore the source's reliability
        given().get("/claims/{id}/status", id).then().body("credibility", equalTo(3));
        given().get("/claims/{id}/history", id).then()
                .body("items[1].details.kind", equalTo("ATTRIBUTION"))
                .body("items[1].details.reportedBy", equalTo("PolitiFact"));
    }

    @Test
    void attributionsAndQuotesAreCheckedForWhatTheyCarry() {
        String id = createClaim(uniqueText("Senator Y said the bridge collapsed twice in one year"));
        Map<String, Object> withQuote = attribution(UUID.randomUUID(), "PolitiFact");
        withQuote.put("quote", "the bridge collapsed");
        withQuote.put("selector", Map.of("exact", "collapsed"));
        addStance(id, withQuote).statusCode(400).body("errors.field", equalTo(List.of("quote", "selector")));
        Map<String, Object> noReporter = attribution(UUID.randomUUID(), null);
        noReporter.remove("reportedBy");
        addStance(id, noReporter).statusCode(400).body("errors.field", equalTo(List.of("reportedBy")));
        Map<String, Object> quoteWithReporter = stance(UUID.randomUUID(), "ASSERTS", "it collapsed", "2021-12-20T10:00:00Z",
                source("Senator Y", "PERSON", "", "C"));
        quoteWithReporter.put("reportedBy", "PolitiFact");
        addStance(id, quoteWithReporter).statusCode(400).body("errors.field", equalTo(List.of("reportedBy")));
        Map<String, Object> unknownKind = attribution(UUID.randomUUID(), "PolitiFact");
        unknownKind.put("kind", "RUMOUR");
        addStance(id, unknownKind).statusCode(400).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of QUOTE, ATTRIBUTION"));
        // an attribution may name its document, but no text version: it quotes no words that were checked in one
        Map<String, Object> versioned = attribution(UUID.randomUUID(), "PolitiFact");
        versioned.put("documentId", UUID.randomUUID().toString());
        versioned.put("documentVersion", 2);
        addStance(id, versioned).statusCode(400).body("errors.field", equalTo(List.of("documentVersion")));
        versioned.remove("documentId");
        addStance(id, versioned).statusCode(400).body("errors.field", equalTo(List.of("documentVersion", "documentVersion")));
        given().get("/claims/{id}", id).then().body("version", equalTo(0));

        // the batch write applies the same checks item by item, and the same natural key
        Map<String, Object> good = attribution(UUID.randomUUID(), "PolitiFact");
        good.put("claimId", id);
        withQuote.put("claimId", id);
        writer().body(List.of(good, withQuote, good)).post("/stances/batch").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("CREATED", "FAILED", "UNCHANGED")))
                .body("items[1].errors.field", equalTo(List.of("quote", "selector")));
        versioned.put("claimId", id);
        writer().body(List.of(versioned)).post("/stances/batch").then().statusCode(200)
                .body("items[0].outcome", equalTo("FAILED"))
                .body("items[0].errors.field", equalTo(List.of("documentVersion", "documentVersion")));
    }

    @Test
    void aVerdictCountsFromWhenItWasPublished() {
        String id = createClaim(uniqueText("Russia has massed 175,000 troops near the border by late January"));
        addStance(id, stance(UUID.randomUUID(), "ASSERTS", "up to 175,000 troops", "2021-12-03T10:00:00Z",
                source("US intelligence", "GOVERNMENT", "United States", "C"))).statusCode(201);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("rating", "MOSTLY_TRUE");
        review.put("explanation", "Satellite images confirmed a large build-up by January.");
        review.put("reviewer", "FactCheck Org");
        review.put("publishedAt", "2021-12-31T09:00:00Z");
        review.put("url", "https://factcheck.example/troops");
        review.put("organization", "FactCheck Org");
        writer().body(review).post("/claims/{id}/verdicts", id).then().statusCode(201)
                .body("publishedAt", equalTo("2021-12-31T09:00:00Z"))
                .body("url", equalTo("https://factcheck.example/troops"))
                .body("organization", equalTo("FactCheck Org"))
                .body("createdAt", not(equalTo("2021-12-31T09:00:00Z")));
        // as of the review's publication it counts, though it was recorded years later; a moment before, it does not
        given().get("/claims/{id}/status?asOf=2021-12-31T09:00:00Z", id).then()
                .body("status", equalTo("VERIFIED")).body("verdict.reviewer", equalTo("FactCheck Org"))
                .body("verdict.publishedAt", equalTo("2021-12-31T09:00:00Z"));
        given().get("/claims/{id}/status?asOf=2021-12-31T08:59:59Z", id).then()
                .body("status", equalTo("SINGLE_PARTY")).body("verdict", nullValue());

        // a verdict written without publishedAt is published when recorded: it is the latest, newer than 2021
        writer().body(Map.of("rating", "MIXED", "explanation", "Later reporting put the number lower than claimed.",
                "reviewer", "Our desk")).post("/claims/{id}/verdicts", id).then().statusCode(201)
                .body("publishedAt", notNullValue()).body("url", nullValue()).body("organization", nullValue());
        given().get("/claims/{id}", id).then().body("status", equalTo("MISLEADING"));
        // an older review imported after it does not become the latest
        review.put("publishedAt", "2022-01-10T00:00:00Z");
        review.put("rating", "FALSE");
        writer().body(review).post("/claims/{id}/verdicts", id).then().statusCode(201);
        given().get("/claims/{id}", id).then().body("status", equalTo("MISLEADING"));
        given().get("/claims/{id}/verdicts", id).then()
                .body("items.reviewer", equalTo(List.of("Our desk", "FactCheck Org", "FactCheck Org")));
    }

    @Test
    void aVerdictPublishedInTheFutureOrWithABadUrlIsRefused() {
        String id = createClaim(uniqueText("The talks in Geneva will last exactly three days this time"));
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("rating", "TRUE");
        review.put("explanation", "The talks lasted three days as announced.");
        review.put("reviewer", "FactCheck Org");
        review.put("publishedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        writer().body(review).post("/claims/{id}/verdicts", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("publishedAt")));
        review.put("publishedAt", "2022-01-12T00:00:00Z");
        review.put("url", "not a url");
        writer().body(review).post("/claims/{id}/verdicts", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("url")));
        review.remove("url");
        review.put("publishedAt", "yesterday");
        writer().body(review).post("/claims/{id}/verdicts", id).then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"));
        given().get("/claims/{id}", id).then().body("version", equalTo(0));
    }
}
