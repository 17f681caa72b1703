package org.claimtrack.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.contract.ProductionSecrets;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The seed Job's account follows the shared Secret: created as an editor, its password reset when the Secret changes. */
@QuarkusTest
class SeedAccountTest extends GatewayTest {

    @Inject
    SeedAccount seedAccount;

    @Inject
    Users users;

    @Test
    void theSecretCreatesAnEditorAndARotatedSecretReplacesItsPassword() {
        String name = "seed-" + UUID.randomUUID().toString().substring(0, 8);
        String first = Users.randomPassword() + Users.randomPassword();
        seedAccount.apply(name, first);
        assertEquals(Set.of("editor"), users.find(name).orElseThrow().roleSet());
        given().auth().preemptive().basic(name, first).get("/api/tokens").then().statusCode(200);

        // a second replica starting with the same Secret changes nothing
        String hash = users.find(name).orElseThrow().passwordHash;
        seedAccount.apply(name, first);
        assertEquals(hash, users.find(name).orElseThrow().passwordHash);

        // the operator rotates the Secret: the next start gives the account the new password, the old one stops working
        String second = Users.randomPassword() + Users.randomPassword();
        seedAccount.apply(name, second);
        given().auth().preemptive().basic(name, second).get("/api/tokens").then().statusCode(200);
        given().auth().preemptive().basic(name, first).get("/api/tokens").then().statusCode(401);
        users.remove(name);
    }

    @Test
    void anAdminsRoleChangeIsKept() {
        String name = "seed-" + UUID.randomUUID().toString().substring(0, 8);
        String password = Users.randomPassword() + Users.randomPassword();
        users.create(name, password, List.of("reviewer"));
        seedAccount.apply(name, password);
        assertEquals(Set.of("reviewer"), users.find(name).orElseThrow().roleSet());
        users.remove(name);
    }

    @Test
    void theTemplatesPlaceholderIsRefusedNamingTheVariable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ProductionSecrets.require(
                "CLAIMTRACK_SEED_PASSWORD", Optional.of("CHANGE_ME"), "for the seed Job's account"));
        assertTrue(refused.getMessage().startsWith("CLAIMTRACK_SEED_PASSWORD holds a placeholder"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("for the seed Job's account"), refused.getMessage());
    }
}
