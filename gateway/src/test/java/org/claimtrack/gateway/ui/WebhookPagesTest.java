package org.claimtrack.gateway.ui;

import static org.claimtrack.gateway.ui.UiPagesTest.browser;
import static org.claimtrack.gateway.ui.UiPagesTest.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admins' webhook subscriptions in the web UI: subscribe (the secret shown once), see, delete; targets checked. */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class WebhookPagesTest {

    /** The test configuration lets loopback receive webhooks (claimtrack.webhooks.allowed-hosts). */
    private static final String RECEIVER = "http://127.0.0.1:9/hooks/desk";

    @AfterEach
    void noSubscriptionLeft() {
        TestUsers.admin().get("/api/webhooks").then().extract().jsonPath().getList("id", String.class)
                .forEach(id -> TestUsers.admin().delete("/api/webhooks/" + id).then().statusCode(204));
    }

    @Test
    void anAdminSubscribesSeesTheSecretOnceAndDeletesTheSubscription() {
        Response made = TestUsers.as(TestUsers.ADMIN).noFilters().accept("text/html").get("/admin/webhooks");
        made.then().statusCode(200).body(containsString("href=\"/admin/webhooks\""));
        var answer = submit(TestUsers.ADMIN, "/admin/webhooks", "/admin/webhooks",
                Map.of("url", RECEIVER, "events", "claim.verdict-added", "description", "desk CMS"))
                .statusCode(200).header("Cache-Control", containsString("no-store")).extract().asString();
        Matcher secret = Pattern.compile("id=\"new-secret\" readonly value=\"(whsec_[^\"]+)\"").matcher(answer);
        assertTrue(secret.find(), "the secret is on the page");

        List<Map<String, Object>> stored = TestUsers.admin().get("/api/webhooks").jsonPath().getList("$");
        assertEquals(1, stored.size());
        assertEquals(RECEIVER, stored.get(0).get("url"));
        assertEquals(List.of("claim.verdict-added"), stored.get(0).get("events"));
        assertEquals("desk CMS", stored.get(0).get("description"));
        TestUsers.as(TestUsers.ADMIN).noFilters().accept("text/html").get("/admin/webhooks").then().statusCode(200)
                .body(containsString(RECEIVER)).body(not(containsString(secret.group(1))));

        String id = (String) stored.get(0).get("id");
        submit(TestUsers.ADMIN, "/admin/webhooks", "/admin/webhooks/" + id + "/delete", Map.of()).statusCode(303)
                .header("Location", containsString("/admin/webhooks?deleted="));
        assertEquals(0, TestUsers.admin().get("/api/webhooks").jsonPath().getList("$").size());
    }

    @Test
    void aRefusedTargetOrEventComesBackOnThePageAndNothingIsStored() {
        submit(TestUsers.ADMIN, "/admin/webhooks", "/admin/webhooks", Map.of("url", "https://10.1.2.3/hook", "events", "claim.status-changed"))
                .statusCode(400).body(containsString("webhooks-error")).body(containsString("private"))
                .body(containsString("value=\"https://10.1.2.3/hook\""));
        submit(TestUsers.ADMIN, "/admin/webhooks", "/admin/webhooks", Map.of("url", RECEIVER, "events", "claim.deleted"))
                .statusCode(400).body(containsString("events"));
        submit(TestUsers.ADMIN, "/admin/webhooks", "/admin/webhooks", Map.of("url", RECEIVER)).statusCode(400);
        submit(TestUsers.ADMIN, "/admin/webhooks", "/admin/webhooks/not-an-id/delete", Map.of()).statusCode(404);
        assertEquals(0, TestUsers.admin().get("/api/webhooks").jsonPath().getList("$").size());
    }

    @Test
    void onlyAdminsSeeThePage() {
        browser().get("/admin/webhooks").then().statusCode(303).header("Location", containsString("/login"));
        TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").get("/admin/webhooks").then().statusCode(403);
    }
}
