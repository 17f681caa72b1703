package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotent batch writes and source snapshot refreshes. */
@QuarkusTest
class BatchAndSnapshotTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void claimBatchesAreIdempotentByFoldedText() {
        String tag = "batch-" + UUID.randomUUID();
        String a = uniqueText("Kiev said Russia rejected an extraordinary meeting of the contact group");
        String b = uniqueText("The Donbass conflict has lasted since 2014");
        List<Object> items = List.of(Map.of("text", a, "tags", List.of(tag)), Map.of("text", "short"),
                Map.of("text", b, "tags", List.of(tag)), Map.of("text", "  " + a.toUpperCase() + "  "),
                Map.of("text", b, "language", 7),
                Map.of("text", uniqueText("A language tag of the right shape but wider than the column"),
                        "language", "en-" + "abcdefgh-".repeat(4) + "x")); // 40 characters: was a 500
        List<String> ids = writer().body(items).post("/claims/batch").then().statusCode(200)
                .body("items.index", equalTo(List.of(0, 1, 2, 3, 4, 5)))
                .body("items.outcome", equalTo(List.of("CREATED", "FAILED", "CREATED", "UNCHANGED", "FAILED", "FAILED")))
                .body("items[5].errors[0].field", equalTo("language"))
                .body("items[1].errors[0].field", equalTo("text"))
                .body("items[1].id", nullValue())
                .body("items[4].errors[0].field", equalTo("language"))
                .extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertEquals(ids.get(0), ids.get(3));

        // the same batch again creates nothing
        writer().body(items).post("/claims/batch").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("UNCHANGED", "FAILED", "UNCHANGED", "UNCHANGED", "FAILED", "FAILED")))
                .body("items[0].id", equalTo(ids.get(0))).body("items[2].id", equalTo(ids.get(2)));
        given().get("/claims/counts?tag={t}", tag).then().body("total", equalTo(2));

        writer().body(Map.of("text", a)).post("/claims/batch").then().statusCode(400);
        writer().body(List.of("not an object")).post("/claims/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("[0]"));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("text", uniqueText("Batch item number " + i)));
        }
        writer().body(tooMany).post("/claims/batch").then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().get("/claims?q=batch item number").then().body("total", equalTo(0));
    }

    @Test
    void stanceAndVerdictBatchesRecomputeOnceAndAreIdempotent() {
        String claim = createClaim(uniqueText("Liz Truss discussed deterring Russia with France and Germany"));
        UUID truss = UUID.randomUUID();
        UUID france = UUID.randomUUID();
        Map<String, Object> first = stance(truss, "ASSERTS", "she discussed France and Germany deterring Russia",
                "2021-12-30T10:00:00Z", source("Liz Truss", "PERSON", "United Kingdom", "B"));
        first.put("claimId", claim);
        Map<String, Object> second = stance(france, "ASSERTS", "we discussed deterrence", "2021-12-30T11:00:00Z",
                source("French foreign ministry", "GOVERNMENT", "France", "B"));
        second.put("claimId", claim);
        Map<String, Object> unknownClaim = stance(france, "ASSERTS", "x", "2021-12-30T11:00:00Z",
                source("French foreign ministry", "GOVERNMENT", "France", "B"));
        unknownClaim.put("claimId", UUID.randomUUID().toString());
        Map<String, Object> noClaim = stance(france, "ASSERTS", "y", "2021-12-30T11:00:00Z",
                source("French foreign ministry", "GOVERNMENT", "France", "B"));
        List<Object> items = List.of(first, second, unknownClaim, noClaim, first);
        writer().body(items).post("/stances/batch").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("CREATED", "CREATED", "FAILED", "FAILED", "UNCHANGED")))
                .body("items[2].errors[0].field", equalTo("claimId"))
                .body("items[3].errors[0].field", equalTo("claimId"))
                .body("items[4].id", notNullValue());
        given().get("/claims/{id}", claim).then().body("status", equalTo("CORROBORATED")).body("credibility", equalTo(1))
                .body("version", equalTo(2));
        // recomputed once for the whole batch: one status change in the history
        given().get("/claims/{id}/history", claim).then()
                .body("items.action", equalTo(List.of("CLAIM_CREATED", "STANCE_ADDED", "STANCE_ADDED", "STATUS_CHANGED")));
        writer().body(items).post("/stances/batch").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED", "FAILED", "FAILED", "UNCHANGED")));
        given().get("/claims/{id}", claim).then().body("version", equalTo(2));

        Map<String, Object> verdict = Map.of("claimId", claim, "rating", "MOSTLY_TRUE",
                "explanation", "The State Department confirmed the call took place.", "reviewer", "A. Reviewer");
        writer().body(List.of(verdict, Map.of("claimId", claim, "rating", "SURE"), verdict)).post("/verdicts/batch").then()
                .statusCode(200).body("items.outcome", equalTo(List.of("CREATED", "FAILED", "UNCHANGED")));
        writer().body(List.of(verdict)).post("/verdicts/batch").then().body("items[0].outcome", equalTo("UNCHANGED"));
        given().get("/claims/{id}", claim).then().body("status", equalTo("VERIFIED")).body("version", equalTo(3));
        given().get("/claims/{id}/verdicts", claim).then().body("items.size()", equalTo(1));
    }

    @Test
    void snapshotRefreshUpdatesStancesAndRecomputesTheirClaims() {
        UUID kremlin = UUID.randomUUID();
        String claim = createClaim(uniqueText("Inclusion of Ukraine in NATO is a red line for Moscow"));
        addStance(claim, stance(kremlin, "ASSERTS", "a red line", "2021-12-30T10:00:00Z",
                source("Kremlin", "GOVERNMENT", "", "F"))).statusCode(201);
        addStance(claim, stance(UUID.randomUUID(), "ASSERTS", "a red line for Russia", "2021-12-30T10:30:00Z",
                source("Government of Russia", "GOVERNMENT", "Russia", "C"))).statusCode(201);
        // the Kremlin had no affiliation: two independent parties
        given().get("/claims/{id}", claim).then().body("status", equalTo("CORROBORATED")).body("version", equalTo(2));

        Map<String, Object> snapshot = Map.of("name", "Kremlin", "kind", "GOVERNMENT", "affiliation", " russia ",
                "reliability", "C");
        writer().header("X-Claimtrack-Actor", "editor").body(snapshot).put("/source-snapshots/{s}", kremlin).then()
                .statusCode(200)
                .body("stancesUpdated", equalTo(1)).body("claimsRecomputed", equalTo(1)).body("statusesChanged", equalTo(1));
        given().get("/claims/{id}", claim).then().body("status", equalTo("SINGLE_PARTY")).body("version", equalTo(3));
        given().get("/claims/{id}/stances", claim).then().body("items[0].source.affiliation", equalTo("russia"));
        given().get("/claims/{id}/history", claim).then().body("items[-2].action", equalTo("SNAPSHOT_REFRESHED"))
                .body("items[-1].action", equalTo("STATUS_CHANGED")).body("items[-1].actor", equalTo("editor"));

        // idempotent
        writer().body(snapshot).put("/source-snapshots/{s}", kremlin).then().statusCode(200)
                .body("stancesUpdated", equalTo(0)).body("claimsRecomputed", equalTo(0)).body("statusesChanged", equalTo(0));
        writer().body(snapshot).put("/source-snapshots/{s}", UUID.randomUUID()).then().statusCode(200)
                .body("stancesUpdated", equalTo(0));
        writer().body(Map.of("name", "", "kind", "KING")).put("/source-snapshots/{s}", kremlin).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        writer().body(Map.of("name", "", "kind", "GROUP")).put("/source-snapshots/{s}", kremlin).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().get("/claims/{id}", claim).then().body("version", equalTo(3));
    }

    @Test
    void aSnapshotWithARootPartyDecidesIndependenceAndTheHistorySaysWhy() {
        UUID government = UUID.randomUUID();
        UUID pressService = UUID.randomUUID();
        UUID russia = UUID.randomUUID();
        UUID federation = UUID.randomUUID();
        String claim = createClaim(uniqueText("Russian troops are on exercise near the Ukrainian border"));
        Map<String, Object> governmentSnapshot = Map.of("name", "Government of Russia", "kind", "GOVERNMENT",
                "affiliation", "Russia", "reliability", "C", "rootPartyId", russia, "rootPartyName", "Russia");
        addStance(claim, stance(government, "ASSERTS", "on exercise", "2021-12-30T10:00:00Z", governmentSnapshot))
                .statusCode(201);
        addStance(claim, stance(pressService, "ASSERTS", "exercise near the border", "2021-12-30T10:30:00Z",
                Map.of("name", "Kremlin press service", "kind", "GOVERNMENT", "affiliation", "Russian Federation",
                        "reliability", "C", "rootPartyId", federation, "rootPartyName", "Russian Federation"))).statusCode(201);
        given().get("/claims/{id}", claim).then().body("status", equalTo("CORROBORATED"));
        given().get("/claims/{id}/stances", claim).then().body("items[0].source.rootPartyId", equalTo(russia.toString()));

        // the parties were merged: the press service's root is now Russia, whatever its affiliation text says
        writer().queryParam("reason", "party \"Russian Federation\" merged into \"Russia\"")
                .body(Map.of("name", "Kremlin press service", "kind", "GOVERNMENT", "affiliation", "Russia",
                        "reliability", "C", "rootPartyId", russia, "rootPartyName", "Russia"))
                .put("/source-snapshots/{s}", pressService).then().statusCode(200).body("statusesChanged", equalTo(1));
        given().get("/claims/{id}/status", claim).then().body("status", equalTo("SINGLE_PARTY"))
                .body("evidence.asserting.party", equalTo(List.of("Russia")))
                .body("explanation", org.hamcrest.Matchers.startsWith("Asserted by 1 party: Russia ("));
        given().get("/claims/{id}/history", claim).then()
                .body("items[-2].action", equalTo("SNAPSHOT_REFRESHED"))
                .body("items[-2].details.reason", equalTo("party \"Russian Federation\" merged into \"Russia\""))
                .body("items[-2].details.rootParty", equalTo("Russia"))
                .body("items[-1].action", equalTo("STATUS_CHANGED"));
        writer().queryParam("reason", "x".repeat(301)).body(governmentSnapshot).put("/source-snapshots/{s}", government)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void snapshotRefreshLeavesClaimsAloneWhenTheirStatusDoesNotChange() {
        UUID ministry = UUID.randomUUID();
        String claim = createClaim(uniqueText("Russian troops left the Belarus exercise area near Yelsk"));
        addStance(claim, stance(ministry, "ASSERTS", "troops left the exercise area", "2022-02-15T10:00:00Z",
                source("Ministry of Defence", "GOVERNMENT", "Russia", "C"))).statusCode(201);
        String before = given().get("/claims/{id}", claim).then().body("version", equalTo(1)).extract().path("updatedAt");
        int entries = given().get("/claims/{id}/history", claim).then().extract().path("items.size()");

        // a new name and kind: the stance shows them, the claim's status, credibility and parties stay
        Map<String, Object> renamed = Map.of("name", "Russian Ministry of Defence", "kind", "ORGANIZATION",
                "affiliation", "Russia", "reliability", "C");
        for (int i = 0; i < 2; i++) {
            writer().body(renamed).put("/source-snapshots/{s}", ministry).then().statusCode(200)
                    .body("stancesUpdated", equalTo(i == 0 ? 1 : 0))
                    .body("claimsRecomputed", equalTo(0)).body("statusesChanged", equalTo(0));
            given().get("/claims/{id}", claim).then().body("version", equalTo(1)).body("updatedAt", equalTo(before))
                    .body("status", equalTo("SINGLE_PARTY"));
            given().get("/claims/{id}/history", claim).then().body("items.size()", equalTo(entries));
        }
        given().get("/claims/{id}/stances", claim).then().body("items[0].source.name", equalTo("Russian Ministry of Defence"))
                .body("items[0].source.kind", equalTo("ORGANIZATION"));

        // a better reliability raises the credibility (4 to 3): now the claim changes, once
        given().get("/claims/{id}", claim).then().body("credibility", equalTo(4));
        Map<String, Object> upgraded = Map.of("name", "Russian Ministry of Defence", "kind", "ORGANIZATION",
                "affiliation", "Russia", "reliability", "A");
        writer().body(upgraded).put("/source-snapshots/{s}", ministry).then().statusCode(200)
                .body("stancesUpdated", equalTo(1)).body("claimsRecomputed", equalTo(1)).body("statusesChanged", equalTo(0));
        given().get("/claims/{id}", claim).then().body("version", equalTo(2))
                .body("credibility", equalTo(3));
        given().get("/claims/{id}/history", claim).then().body("items.size()", equalTo(entries + 2))
                .body("items[-2].action", equalTo("SNAPSHOT_REFRESHED")).body("items[-1].action", equalTo("STATUS_CHANGED"));
        writer().body(upgraded).put("/source-snapshots/{s}", ministry).then().statusCode(200)
                .body("stancesUpdated", equalTo(0)).body("claimsRecomputed", equalTo(0));
        given().get("/claims/{id}", claim).then().body("version", equalTo(2));
    }
}
