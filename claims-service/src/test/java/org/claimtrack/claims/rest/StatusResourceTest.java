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
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.status.StatusEngine;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed article's troops claim, end to end, and the status endpoint's asOf timeline. */
@QuarkusTest
class StatusResourceTest {

    static final UUID UKRAINE = UUID.randomUUID();
    static final UUID WEST = UUID.randomUUID();
    static final UUID RUSSIA = UUID.randomUUID();

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void theTroopsClaimIsDisputedAndWasCorroboratedBeforeMoscowDenied() {
        String id = createClaim(uniqueText("Russia has deployed up to 100,000 soldiers on Ukraine's borders"));
        String quote = "Kiev and Western countries have accused Russia of having deployed up to 100,000 soldiers"
                + " on the borders of Ukraine in the past few weeks in preparation for attacking it";
        addStance(id, stance(UKRAINE, "ASSERTS", quote, "2021-12-28T09:00:00Z",
                source("Government of Ukraine", "GOVERNMENT", "Ukraine", "C"))).statusCode(201);
        addStance(id, stance(WEST, "ASSERTS", quote, "2021-12-28T10:00:00Z",
                source("Western countries", "GROUP", "Western governments", "C"))).statusCode(201);
        addStance(id, stance(RUSSIA, "DENIES", "which Moscow denied", "2021-12-30T12:00:00Z",
                source("Government of Russia", "GOVERNMENT", "Russia", "C"))).statusCode(201)
                .header("ETag", "\"3\"");

        given().get("/claims/{id}", id).then().statusCode(200)
                .body("status", equalTo("DISPUTED"))
                .body("credibility", equalTo(4))
                .body("assertingParties", equalTo(List.of("Ukraine", "Western governments")))
                .body("denyingParties", equalTo(List.of("Russia")))
                .body("counts.asserts", equalTo(2)).body("counts.denies", equalTo(1))
                .body("version", equalTo(3));

        given().get("/claims/{id}/status", id).then().statusCode(200)
                .body("status", equalTo("DISPUTED"))
                .body("evidence.asserting.party", equalTo(List.of("Ukraine", "Western governments")))
                .body("evidence.denying[0].sources[0].name", equalTo("Government of Russia"))
                .body("evidence.denying[0].sources[0].sourceId", equalTo(RUSSIA.toString()))
                .body("evidence.questioning", equalTo(List.of()))
                .body("verdict", nullValue())
                .body("asOf", nullValue())
                .body("rulesVersion", equalTo(StatusEngine.RULES_VERSION))
                .body("explanation", containsString("denied by 1 party: Russia"));

        // the whole record in one read: the same claim, report, stances (as stated) and ETag
        given().get("/claims/{id}/record", id).then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("claim.id", equalTo(id))
                .body("claim.status", equalTo("DISPUTED"))
                .body("status.status", equalTo("DISPUTED"))
                .body("status.evidence.denying[0].party", equalTo("Russia"))
                .body("status.asOf", nullValue())
                .body("stances.stance", equalTo(List.of("ASSERTS", "ASSERTS", "DENIES")))
                .body("stances[2].quote", equalTo("which Moscow denied"))
                .body("stances[2].source.name", equalTo("Government of Russia"))
                .body("verdicts", equalTo(List.of()));

        // on the timeline of the statements: before Moscow's denial, Kiev and the West stood together
        given().get("/claims/{id}/status?asOf=2021-12-29T00:00:00Z", id).then().statusCode(200)
                .body("status", equalTo("CORROBORATED"))
                .body("credibility", equalTo(2))
                .body("evidence.denying", equalTo(List.of()))
                .body("asOf", equalTo("2021-12-29T00:00:00Z"));
        given().get("/claims/{id}/status?asOf=2021-12-28T09:30:00Z", id).then().body("status", equalTo("SINGLE_PARTY"));
        given().get("/claims/{id}/status?asOf=2021-12-01T00:00:00Z", id).then().body("status", equalTo("UNSOURCED"));
    }

    @Test
    void theLatestVerdictDecidesAndAsOfSeesOnlyVerdictsGivenByThen() {
        String id = createClaim(uniqueText("Russia and Belarus will hold joint exercises between February and March"));
        addStance(id, stance(UUID.randomUUID(), "ASSERTS", "there are plans to conduct joint military exercises",
                "2021-12-29T10:00:00Z", source("Vladimir Putin", "PERSON", "Russia", "C"))).statusCode(201);
        writer().body(Map.of("rating", "TRUE", "explanation", "The exercises took place in February 2022.",
                "reviewer", "A. Reviewer")).post("/claims/{id}/verdicts", id).then().statusCode(201)
                .body("rating", equalTo("TRUE")).header("ETag", "\"2\"");
        given().get("/claims/{id}", id).then().body("status", equalTo("VERIFIED")).body("credibility", equalTo(1));
        writer().body(Map.of("rating", "MIXED", "explanation", "They started in February but lasted beyond March.",
                "reviewer", "B. Reviewer")).post("/claims/{id}/verdicts", id).then().statusCode(201);
        given().get("/claims/{id}", id).then().body("status", equalTo("MISLEADING"));
        given().get("/claims/{id}/status", id).then().body("verdict.reviewer", equalTo("B. Reviewer"))
                .body("verdict.rating", equalTo("MIXED"));
        given().get("/claims/{id}/verdicts", id).then().statusCode(200)
                .body("items.reviewer", equalTo(List.of("B. Reviewer", "A. Reviewer")));
        given().get("/claims/{id}/record", id).then().statusCode(200).header("ETag", "\"3\"")
                .body("claim.status", equalTo("MISLEADING"))
                .body("status.verdict.reviewer", equalTo("B. Reviewer"))
                .body("verdicts.reviewer", equalTo(List.of("B. Reviewer", "A. Reviewer")))
                .body("stances", org.hamcrest.Matchers.hasSize(1));
        // verdicts count from their publishedAt (here: when recorded): none existed in 2021
        given().get("/claims/{id}/status?asOf=2021-12-31T00:00:00Z", id).then()
                .body("status", equalTo("SINGLE_PARTY")).body("verdict", nullValue());
        given().get("/claims/{id}/history", id).then()
                .body("items.action", equalTo(List.of("CLAIM_CREATED", "STANCE_ADDED", "STATUS_CHANGED", "VERDICT_ADDED",
                        "STATUS_CHANGED", "VERDICT_ADDED", "STATUS_CHANGED")))
                .body("items[2].details.from", equalTo("UNSOURCED")).body("items[2].details.to", equalTo("SINGLE_PARTY"));
    }

    @Test
    void statusErrors() {
        given().get("/claims/{id}/status", UUID.randomUUID()).then().statusCode(404);
        String id = createClaim(uniqueText("Ryabkov does not expect an agreement in one day"));
        given().get("/claims/{id}/status?asOf=yesterday", id).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        writer().body(Map.of("rating", "PROBABLY", "explanation", "short", "reviewer", ""))
                .post("/claims/{id}/verdicts", id).then().statusCode(400)
                .body("errors[0].field", equalTo("rating"))
                .body("errors[0].message", containsString("TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNVERIFIABLE"));
        writer().body(Map.of("rating", "TRUE", "explanation", "short", "reviewer", ""))
                .post("/claims/{id}/verdicts", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("explanation", "reviewer")));
        writer().body(Map.of("rating", "TRUE", "explanation", "Long enough explanation here.", "reviewer", "X"))
                .post("/claims/{id}/verdicts", UUID.randomUUID()).then().statusCode(404);
        given().get("/claims/{id}/verdicts", UUID.randomUUID()).then().statusCode(404);
        given().get("/claims/{id}/record", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/claims/{id}/record", "not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/claims/{id}/verdicts/{v}", id, UUID.randomUUID()).then().statusCode(404);
        given().get("/claims/{id}", id).then().body("version", equalTo(0)).body("status", equalTo("UNSOURCED"));
    }
}
