package org.claimtrack.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** API tokens: made once and stored hashed, scoped to a role, expiring, revocable, shrinking with their user. */
@QuarkusTest
class ApiTokenTest extends GatewayTest {

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    private static JsonPath create(io.restassured.specification.RequestSpecification as, String body) {
        return as.contentType("application/json").body(body).post("/api/tokens")
                .then().statusCode(201).header("Location", containsString("/api/tokens/"))
                .body("token", org.hamcrest.Matchers.startsWith(ApiTokens.PREFIX)).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndSignsInAsItsUserWithItsRole() {
        String user = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(user, TestUsers.PASSWORD, List.of("reviewer"));
        io.restassured.specification.RequestSpecification asUser = given().auth().preemptive().basic(user, TestUsers.PASSWORD);
        JsonPath made = create(asUser, "{\"name\": \"desk script\", \"role\": \"editor\", \"expiresInDays\": 30}");
        String token = made.getString("token");
        assertEquals("editor", made.getString("record.role"));
        assertEquals(user, made.getString("record.username"));
        // stored as a hash only, and never listed again
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(UUID.fromString(made.getString("record.id"))).tokenHash);
        assertNotEquals(token, stored);
        assertEquals(Sessions.hash(token), stored);
        given().auth().preemptive().basic(user, TestUsers.PASSWORD).get("/api/tokens").then().statusCode(200)
                .body("name", hasItem("desk script")).body(not(containsString(token)));
        // it signs in as the user, with the editor role only: its own tokens yes, a verdict no
        bearer(token).get("/api/tokens").then().statusCode(200).body("[0].lastUsedAt", notNullValue());
        bearer(token).contentType("application/json").body("{\"rating\": \"FALSE\"}")
                .post("/api/claims/00000000-0000-4000-8000-000000000000/verdicts").then().statusCode(403);
        // an unknown token is a 401 with a Bearer challenge, even on a public read
        bearer(ApiTokens.PREFIX + "A".repeat(43)).get("/api/claims/counts").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer")).contentType("application/problem+json");
    }

    @Test
    void aTokenCannotGrantMoreThanItsCreatorAndShrinksWithItsUser() {
        String user = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(user, TestUsers.PASSWORD, List.of("reviewer"));
        io.restassured.specification.RequestSpecification asUser = given().auth().preemptive().basic(user, TestUsers.PASSWORD);
        asUser.contentType("application/json").body("{\"name\": \"too much\", \"role\": \"admin\"}").post("/api/tokens")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("role"));
        String token = create(given().auth().preemptive().basic(user, TestUsers.PASSWORD), "{\"name\": \"reviewing bot\"}")
                .getString("token");
        bearer(token).get("/api/tokens").then().statusCode(200).body("[0].role", equalTo("reviewer"));
        // only admins make tokens for someone else
        given().auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("application/json")
                .body("{\"name\": \"x\", \"username\": \"" + TestUsers.EDITOR + "\"}").post("/api/tokens").then().statusCode(403);
        // the user is demoted: the token now acts as an editor, whatever it was made with
        users.changeRoles(user, Set.of("editor"));
        bearer(token).contentType("application/json").body("{\"rating\": \"FALSE\"}")
                .post("/api/claims/00000000-0000-4000-8000-000000000000/verdicts").then().statusCode(403);
        // deleted: the token is gone with the user
        users.remove(user);
        bearer(token).get("/api/tokens").then().statusCode(401);
    }

    @Test
    void anAdminMakesATokenForAnIntegrationAccountAndRevokesIt() {
        String integration = "cms-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(integration, TestUsers.PASSWORD, List.of("editor"));
        JsonPath made = create(TestUsers.admin(), "{\"name\": \"CMS\", \"username\": \"" + integration + "\"}");
        String token = made.getString("token");
        assertEquals("editor", made.getString("record.role"));
        assertEquals(TestUsers.ADMIN, made.getString("record.createdBy"));
        bearer(token).get("/api/tokens").then().statusCode(200).body("[0].username", equalTo(integration));
        TestUsers.admin().get("/api/tokens?username=" + integration).then().statusCode(200).body("name", hasItem("CMS"));
        TestUsers.editor().get("/api/tokens?username=" + integration).then().statusCode(403);
        // another user cannot see or revoke it; the admin can
        TestUsers.editor().delete("/api/tokens/" + made.getString("record.id")).then().statusCode(404);
        TestUsers.admin().delete("/api/tokens/" + made.getString("record.id")).then().statusCode(200)
                .body("revokedAt", notNullValue());
        bearer(token).get("/api/tokens").then().statusCode(401);
        TestUsers.admin().contentType("application/json").body("{\"name\": \"x\", \"username\": \"nobody-here\"}")
                .post("/api/tokens").then().statusCode(404);
    }

    @Test
    void anExpiredTokenSignsNothingIn() {
        String token = create(TestUsers.editor(), "{\"name\": \"short-lived\", \"expiresInDays\": 1}").getString("token");
        bearer(token).get("/api/tokens").then().statusCode(200);
        ApiTokens bean = ClientProxy.unwrap(tokens);
        Clock real = bean.clock;
        try {
            bean.clock = Clock.offset(real, Duration.ofDays(1).plusMinutes(1));
            bearer(token).get("/api/tokens").then().statusCode(401);
        } finally {
            bean.clock = real;
        }
    }

    @Test
    void badInputIsAProblemAndMakesNothing() {
        TestUsers.editor().contentType("application/json").body("{\"name\": \"\", \"expiresInDays\": 366, \"role\": \"boss\"}")
                .post("/api/tokens").then().statusCode(400).contentType("application/problem+json");
        // a NUL (which PostgreSQL cannot store) or another control character in the name is the client's mistake
        TestUsers.editor().contentType("application/json").body("{\"name\": \"\\u0000\"}")
                .post("/api/tokens").then().statusCode(400).body("errors.field", hasItem("name"));
        for (String control : java.util.List.of("\\u0007", "\\u001f", "\\u007f", "tab\\there")) {
            TestUsers.editor().contentType("application/json").body("{\"name\": \"" + control + "\"}")
                    .post("/api/tokens").then().statusCode(400).body("errors.message", hasItem("must not contain control characters"));
        }
        // a number written as a string is not a number (the document says integer)
        TestUsers.editor().contentType("application/json").body("{\"name\": \"quoted days\", \"expiresInDays\": \"12\"}")
                .post("/api/tokens").then().statusCode(400).body("errors.field", hasItem("expiresInDays"))
                .body("errors.message", hasItem("must be a number in range"));
        TestUsers.editor().delete("/api/tokens/not-a-uuid").then().statusCode(400);
        given().contentType("application/json").body("{\"name\": \"anonymous\"}").post("/api/tokens").then().statusCode(401);
        assertTrue(TestUsers.editor().get("/api/tokens").then().statusCode(200).extract().jsonPath()
                .getList("name").stream().noneMatch(name -> name.equals("anonymous") || name.equals("quoted days")));
    }
}
