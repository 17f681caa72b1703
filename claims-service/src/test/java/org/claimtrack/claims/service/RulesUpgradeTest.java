package org.claimtrack.claims.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.status.StatusEngine;
import org.claimtrack.claims.status.VerificationStatus;
import org.junit.jupiter.api.Test;

/** A status stored under older rules is recomputed under the current ones, and the claim's history says so. */
@QuarkusTest
class RulesUpgradeTest {

    @Inject
    RulesUpgrade upgrade;

    @Inject
    EntityManager em;

    @Test
    void statusesStoredUnderOlderRulesAreRecomputed() {
        String id = given().header("X-Claimtrack-Service-Token", "test-token").contentType(ContentType.JSON)
                .body(Map.of("text", "A claim whose status was stored by an older release " + UUID.randomUUID()))
                .post("/claims").then().statusCode(201).extract().path("id");
        // what an older release could have stored: a status today's rules do not give an unsourced claim
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update Claim c set c.rulesVersion = 0, c.status = :status where c.id = :id")
                .setParameter("status", VerificationStatus.CORROBORATED).setParameter("id", UUID.fromString(id)).executeUpdate());

        assertTrue(upgrade.run() >= 1);

        given().get("/claims/{id}", id).then().statusCode(200).body("status", equalTo("UNSOURCED"));
        given().get("/claims/{id}/status", id).then().body("rulesVersion", equalTo(StatusEngine.RULES_VERSION));
        given().get("/claims/{id}/history", id).then()
                .body("items.action", hasItem("STATUS_CHANGED"))
                .body("items.find { it.action == 'STATUS_CHANGED' }.actor", equalTo("system"));
        assertTrue(upgrade.run() == 0, "a second run finds nothing left to do");
    }
}
