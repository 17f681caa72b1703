package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.api.StatusReport;
import org.claimtrack.claims.api.VerdictView;
import org.claimtrack.claims.domain.StoredStatusReport;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.service.RulesUpgrade;
import org.claimtrack.claims.service.StatusKeeper;
import org.claimtrack.claims.status.StatusOutcome;
import org.junit.jupiter.api.Test;

/** The status report is stored with the status when it changes, and reads answer it without running the rules. */
@QuarkusTest
class StoredStatusReportTest {

    @Inject
    StatusKeeper status;

    @Inject
    RulesUpgrade upgrade;

    @Inject
    EntityManager em;

    private String disputedClaim() {
        String claim = createClaim(uniqueText("Russia has deployed 100,000 soldiers on Ukraine's borders"));
        addStance(claim, stance(UUID.randomUUID(), "ASSERTS", "up to 100,000 soldiers", "2021-12-30T10:00:00Z",
                source("Government of Ukraine", "GOVERNMENT", "Ukraine", "C"))).statusCode(201);
        addStance(claim, stance(UUID.randomUUID(), "DENIES", "which Moscow denied", "2021-12-30T11:00:00Z",
                source("Government of Russia", "GOVERNMENT", "Russia", "C"))).statusCode(201);
        writer().body(Map.of("rating", "FALSE", "explanation", "Satellite images show no such build-up.", "reviewer", "A. Reviewer",
                        "publishedAt", "2022-01-05T10:00:00Z"))
                .post("/claims/{id}/verdicts", claim).then().statusCode(201);
        return claim;
    }

    /** What the rules give the claim's record now: the report a read evaluated before reports were stored. */
    private StatusReport evaluated(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StatusOutcome outcome = status.current(id);
            List<Verdict> verdicts = em.createQuery("from Verdict v where v.claimId = :id", Verdict.class)
                    .setParameter("id", id).getResultList();
            VerdictView latest = outcome.verdict() == null ? null : verdicts.stream()
                    .filter(v -> v.id.equals(outcome.verdict().id())).findFirst().map(VerdictView::of).orElse(null);
            return StatusReport.of(id, outcome, latest, null);
        });
    }

    private StatusReport stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> status.stored(id));
    }

    private void setStored(UUID id, String from, String to) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredStatusReport row = em.find(StoredStatusReport.class, id);
            row.report = row.report.replace(from, to);
        });
    }

    @Test
    void theStoredReportIsTheOneTheRulesGiveAfterEveryKindOfWrite() {
        UUID id = UUID.fromString(disputedClaim());
        assertEquals(evaluated(id), stored(id));
        assertNotNull(stored(id).verdict(), "the verdict that counts is part of it");

        // a write that changes the status: the verdict withdrawn
        String verdict = given().get("/claims/{id}/verdicts", id).then().extract().path("items[0].id");
        writer().body(Map.of("withdrawnAt", "2022-01-10T10:00:00Z", "reason", "Wrong images."))
                .post("/claims/{id}/verdicts/{v}/withdrawal", id, verdict).then().statusCode(200);
        assertNull(stored(id).verdict());
        assertEquals(evaluated(id), stored(id));
        given().get("/claims/{id}/status", id).then().body("status", equalTo("DISPUTED"));
    }

    @Test
    void readsAnswerTheStoredReportWithoutEvaluating() {
        String claim = disputedClaim();
        UUID id = UUID.fromString(claim);
        // only a read of the stored row can answer this: the rules never write it
        setStored(id, "Evidence status", "Stored evidence status");

        given().get("/claims/{id}/status", claim).then().statusCode(200)
                .body("explanation", org.hamcrest.Matchers.containsString("Stored evidence status"));
        given().get("/claims/{id}/record", claim).then().statusCode(200)
                .body("status.explanation", org.hamcrest.Matchers.containsString("Stored evidence status"));
        // as of an instant, the status is still evaluated
        given().queryParam("asOf", "2021-12-30T10:30:00Z").get("/claims/{id}/status", claim).then().statusCode(200)
                .body("status", equalTo("SINGLE_PARTY"))
                .body("explanation", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Stored")));
    }

    @Test
    void aRenamedSourceThatMovesNoStatusStillRenamesItInTheStoredEvidence() {
        UUID kyiv = UUID.randomUUID();
        String claim = createClaim(uniqueText("Kyiv says the border build-up continues"));
        addStance(claim, stance(kyiv, "ASSERTS", "the build-up continues", "2021-12-30T10:00:00Z",
                source("Government of Ukraine", "GOVERNMENT", "Ukraine", "C"))).statusCode(201);
        long version = given().get("/claims/{id}", claim).then().extract().<Integer>path("version");

        writer().body(Map.of("name", "Cabinet of Ministers of Ukraine", "kind", "GOVERNMENT", "affiliation", "Ukraine",
                "reliability", "C")).put("/source-snapshots/{s}", kyiv).then().statusCode(200)
                .body("stancesUpdated", equalTo(1)).body("claimsRecomputed", equalTo(0));

        given().get("/claims/{id}", claim).then().body("version", equalTo((int) version));
        given().get("/claims/{id}/status", claim).then()
                .body("evidence.asserting[0].sources[0].name", equalTo("Cabinet of Ministers of Ukraine"));
        UUID id = UUID.fromString(claim);
        assertEquals(evaluated(id), stored(id));
    }

    @Test
    void aClaimWithoutAStoredReportIsEvaluatedUntilTheUpgradeStoresIt() {
        String claim = disputedClaim();
        UUID id = UUID.fromString(claim);
        StatusReport before = stored(id);
        // what a claim stored before V60 looks like
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from StoredStatusReport r where r.claimId = :id")
                .setParameter("id", id).executeUpdate());

        given().get("/claims/{id}/status", claim).then().statusCode(200).body("status", equalTo("FALSE"))
                .body("explanation", equalTo(before.explanation()));
        upgrade.run();
        assertEquals(before, stored(id));
    }
}
