package org.claimtrack.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The web UI's sign-in, sign-out and CSRF protection; brute-force lock-out; the first-start admin; user admin. */
@QuarkusTest
class SignInTest extends GatewayTest {

    private static final java.util.regex.Pattern CSRF_FIELD =
            java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Users users;

    @Inject
    SecurityConfig config;

    @Inject
    Sessions sessions;

    /** Posts the sign-in form as a browser does: with the CSRF token of the page it came from. */
    static Response postSignIn(String user, String password) {
        Response page = given().get("/login");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertTrue(token.find(), "no CSRF field on the sign-in page");
        return given().redirects().follow(false).cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
    }

    static String signIn(String user, String password) {
        Response r = postSignIn(user, password);
        assertEquals(303, r.statusCode(), "sign-in answer");
        String session = r.getCookie(SessionAuthentication.COOKIE);
        assertNotNull(session, "no session cookie after signing in as " + user);
        return session;
    }

    private static boolean signedIn(String session) {
        return given().cookie(SessionAuthentication.COOKIE, session).get("/login").asString().contains("Sign out");
    }

    @Test
    void signInSetsASafeSessionCookieAndTheHeaderShowsTheUser() {
        Response r = postSignIn(TestUsers.EDITOR, TestUsers.PASSWORD);
        assertEquals(303, r.statusCode());
        String setCookie = r.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionAuthentication.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertTrue(!setCookie.toLowerCase().contains("max-age") && !setCookie.toLowerCase().contains("expires"),
                "the server decides when a session ends, not the cookie: " + setCookie);
        given().cookie(SessionAuthentication.COOKIE, r.getCookie(SessionAuthentication.COOKIE)).get("/login")
                .then().statusCode(200).body(containsString(TestUsers.EDITOR)).body(containsString("Sign out"));
    }

    @Test
    void signingInNeedsTheCsrfTokenSoNoOtherSiteCanSignYouIn() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestUsers.EDITOR).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check").then().statusCode(400)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aFormPostWithAWrongOrForgedCsrfTokenOrFromAnotherSiteIsRefusedWithAProblem() {
        String session = signIn(TestUsers.ADMIN, TestUsers.PASSWORD);
        Response page = given().cookie(SessionAuthentication.COOKIE, session).get("/admin/users");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertTrue(token.find(), "no CSRF field on the users page");
        String cookie = page.getCookie("csrf-token");
        java.util.function.BiFunction<String, String, io.restassured.specification.RequestSpecification> form =
                (csrfCookie, csrfField) -> given().redirects().follow(false).cookie(SessionAuthentication.COOKIE, session)
                        .cookie("csrf-token", csrfCookie).contentType("application/x-www-form-urlencoded")
                        .formParam("csrf-token", csrfField).formParam("username", "forged-user")
                        .formParam("password", "a long enough passphrase").formParam("roles", "admin");
        // a wrong token, and a forged pair that is not the cookie this browser was given: both are refused
        form.apply(cookie, "wrong" + token.group(1)).post("/admin/users").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("csrf-token"));
        form.apply(cookie, "").post("/admin/users").then().statusCode(400).contentType("application/problem+json");
        form.apply(null, token.group(1)).post("/admin/users").then().statusCode(400).contentType("application/problem+json");
        // the right token, but posted by a page of another site
        form.apply(cookie, token.group(1)).header("Origin", "https://attacker.example").post("/admin/users")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("https://attacker.example"));
        assertTrue(users.find("forged-user").isEmpty(), "a refused form must change nothing");
        // the same form from this site goes through
        form.apply(cookie, token.group(1)).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .post("/admin/users").then().statusCode(303);
        assertTrue(users.find("forged-user").isPresent());
        users.remove("forged-user");
    }

    @Test
    void apiCallsWithTheirOwnCredentialsNeedNoCsrfTokenButAnotherSitesOriginIsRefused() {
        TestUsers.admin().contentType("application/json")
                .body("{\"username\": \"api-made\", \"password\": \"long enough passphrase\", \"roles\": [\"editor\"]}")
                .post("/api/users").then().statusCode(201);
        TestUsers.admin().header("Origin", "https://attacker.example").delete("/api/users/api-made")
                .then().statusCode(403).contentType("application/problem+json");
        TestUsers.admin().delete("/api/users/api-made").then().statusCode(204);
    }

    @Test
    void forgedAndEndedSessionCookiesSignNobodyIn() {
        String forged = "A".repeat(43);
        given().cookie(SessionAuthentication.COOKIE, forged).get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Sign out")));
        given().cookie(SessionAuthentication.COOKIE, forged).contentType("application/json").body("{}")
                .post("/api/claims").then().statusCode(401);
        List<String> cookies = given().cookie(SessionAuthentication.COOKIE, forged).get("/login").headers().getValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith(SessionAuthentication.COOKIE + "=") && c.contains("Max-Age=0")),
                "an unknown session's cookie is cleared: " + cookies);
    }

    @Test
    void aRoleChangeOrADeletionEndsThatUsersSessions() {
        users.create("session-user", TestUsers.PASSWORD, List.of("editor"));
        String first = signIn("session-user", TestUsers.PASSWORD);
        assertTrue(signedIn(first));
        users.changeRoles("session-user", java.util.Set.of("editor")); // no change: the session stays
        assertTrue(signedIn(first));
        users.changeRoles("session-user", java.util.Set.of("reviewer"));
        assertTrue(!signedIn(first), "a role change must end the sessions under the old roles");
        String second = signIn("session-user", TestUsers.PASSWORD);
        users.remove("session-user");
        assertTrue(!signedIn(second), "a deleted user's session must end");
    }

    @Test
    void theServerEndsAnIdleSessionWhateverTheCookieSays() {
        String session = signIn(TestUsers.REVIEWER, TestUsers.PASSWORD);
        Sessions bean = io.quarkus.arc.ClientProxy.unwrap(sessions);
        java.time.Clock real = bean.clock;
        try {
            bean.clock = java.time.Clock.offset(real, config.sessionIdleTimeout().minusMinutes(1));
            assertTrue(signedIn(session), "still within the idle time, and this use moves it on");
            bean.clock = java.time.Clock.offset(real, config.sessionIdleTimeout().multipliedBy(2).minusMinutes(3));
            assertTrue(signedIn(session), "used an idle time ago: still on");
            bean.clock = java.time.Clock.offset(real, config.sessionMaxAge().plusMinutes(1));
            assertTrue(!signedIn(session), "past the maximum age a session ends however busy");
        } finally {
            bean.clock = real;
        }
    }

    @Test
    void aWrongPasswordReturnsToTheSignInPageWithAMessage() {
        postSignIn(TestUsers.REVIEWER, "not the password")
                .then().statusCode(303).header("Location", containsString("/login?error"));
        given().get("/login?error=true").then().statusCode(200).body(containsString("Sign-in failed"));
    }

    @Test
    void anonymousEditPagesSendToTheSignInPage() {
        given().redirects().follow(false).get("/claims/new")
                .then().statusCode(303).header("Location", endsWith("/login?next=%2Fclaims%2Fnew"));
    }

    /** Posts the sign-in form reached from a page that needed it, with that page's address in the hidden field. */
    static Response postSignIn(String user, String password, String next) {
        Response page = given().queryParam("next", next).get("/login");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertTrue(token.find(), "no CSRF field on the sign-in page");
        return given().redirects().follow(false).cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .formParam("j_username", user).formParam("j_password", password).formParam("next", next)
                .post("/j_security_check");
    }

    @Test
    void afterSigningInTheUserLandsWhereTheyWereGoing() {
        String next = "/claims/new?text=Troops";
        given().queryParam("next", next).get("/login").then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"next\" value=\"/claims/new?text=Troops\">"));
        postSignIn(TestUsers.EDITOR, TestUsers.PASSWORD, next).then().statusCode(303).header("Location", endsWith(next));
        // a wrong password keeps the destination for the next try
        postSignIn(TestUsers.EDITOR, "not the password", next).then().statusCode(303)
                .header("Location", containsString("/login?error=true&next=%2Fclaims%2Fnew%3Ftext%3DTroops"));
    }

    @Test
    void signingInNeverSendsToAnotherSite() {
        for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil.example"}) {
            postSignIn(TestUsers.EDITOR, TestUsers.PASSWORD, elsewhere).then().statusCode(303)
                    .header("Location", endsWith("/"))
                    .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
        }
    }

    @Test
    void signOutNeedsTheCsrfTokenAndEndsTheSession() {
        String session = signIn(TestUsers.EDITOR, TestUsers.PASSWORD);
        // a form post without the token is refused and changes nothing
        given().redirects().follow(false).cookie(SessionAuthentication.COOKIE, session)
                .contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/logout").then().statusCode(400);
        // with the token from the page and its cookie, sign-out works
        Response page = given().cookie(SessionAuthentication.COOKIE, session).get("/login");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertTrue(token.find(), "no CSRF field in the page");
        Response out = given().redirects().follow(false).cookie(SessionAuthentication.COOKIE, session)
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .post("/logout");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").contains("/login?signedOut=true"), out.header("Location"));
        String cleared = out.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionAuthentication.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cleared.contains("Max-Age=0"), cleared);
        // a copy of the cookie saved before signing out no longer reads or writes as the user
        assertTrue(!signedIn(session), "the session must end on the server, not only in the browser");
        given().cookie(SessionAuthentication.COOKIE, session).contentType("application/json").body("{}")
                .post("/api/claims").then().statusCode(401);
    }

    @Test
    void singleSignOnMakesItsUserOnceFollowsTheProvidersRolesAndNeverTakesOverALocalUser() {
        // without an OIDC provider configured the page says so, and the sign-in page offers no such button
        given().get("/login/oidc").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Single sign-on is not set up here"));
        assertTrue(!given().get("/login").asString().contains("single-sign-on"), "no single sign-on button");

        String name = "sso-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        AppUser made = users.signedOnElsewhere(name, java.util.Set.of("editor"));
        assertEquals(AppUser.SINGLE_SIGN_ON, made.origin);
        TestUsers.admin().get("/api/users").then().statusCode(200)
                .body("find { it.username == '" + name + "' }.origin", equalTo("oidc"));
        // its random password is never shown, so it cannot sign in with one
        postSignIn(name, "any password at all").then().statusCode(303).header("Location", containsString("/login?error"));
        // the provider's roles win at the next sign-on, and end the sessions held under the old ones
        String session = sessions.start(name);
        users.signedOnElsewhere(name, java.util.Set.of("editor", "reviewer"));
        assertEquals(java.util.Set.of("editor", "reviewer"), users.find(name).orElseThrow().roleSet());
        assertTrue(sessions.user(session).isEmpty(), "a session under the old roles must end");
        // the same roles again: the session stays
        String kept = sessions.start(name);
        users.signedOnElsewhere(name, java.util.Set.of("reviewer", "editor"));
        assertTrue(sessions.user(kept).isPresent(), "an unchanged sign-on must not end sessions");
        // a local user of that name is never taken over
        users.create("local-" + name, TestUsers.PASSWORD, List.of("admin"));
        io.quarkiverse.resteasy.problem.HttpProblem refused = org.junit.jupiter.api.Assertions.assertThrows(
                io.quarkiverse.resteasy.problem.HttpProblem.class, () -> users.signedOnElsewhere("local-" + name, java.util.Set.of()));
        assertEquals(409, refused.getStatusCode());
        assertEquals(AppUser.LOCAL, users.find("local-" + name).orElseThrow().origin);
    }

    @Test
    void aFormWithMoreFieldsThanTheLimitIsAProblemNotA500() {
        StringBuilder form = new StringBuilder("csrf-token=x");
        for (int i = 0; i < 1001; i++) {
            form.append("&f").append(i).append("=v");
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").body(form.toString())
                .post("/logout").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("1000"));
    }

    @Test
    void editorCannotOpenTheVerdictFormButAReviewerCan() {
        String editor = signIn(TestUsers.EDITOR, TestUsers.PASSWORD);
        given().redirects().follow(false).cookie(SessionAuthentication.COOKIE, editor)
                .get("/claims/00000000-0000-4000-8000-000000000000/verdicts/new")
                .then().statusCode(403).contentType(containsString("text/html")).body(containsString("reviewer"));
        String reviewer = signIn(TestUsers.REVIEWER, TestUsers.PASSWORD);
        int status = given().redirects().follow(false).cookie(SessionAuthentication.COOKIE, reviewer)
                .get("/claims/00000000-0000-4000-8000-000000000000/verdicts/new").statusCode();
        assertTrue(status != 401 && status != 403 && status != 303, "reviewer got " + status);
    }

    @Test
    void theDossierOffersTheVerdictButtonOnlyToReviewers() {
        org.claimtrack.gateway.support.Fixtures.troopsClaim(stubs, null);
        String dossier = "/claims/" + org.claimtrack.gateway.support.Fixtures.CLAIM;
        String editorPage = TestUsers.editor().noFilters().accept("text/html").get(dossier)
                .then().statusCode(200).extract().asString();
        assertTrue(editorPage.contains("Add stance") && !editorPage.contains("Add verdict"), "editor's dossier");
        String reviewerPage = TestUsers.reviewer().noFilters().accept("text/html").get(dossier)
                .then().statusCode(200).extract().asString();
        assertTrue(reviewerPage.contains("Add verdict"), "reviewer's dossier");
        String anonymousPage = given().noFilters().accept("text/html").get(dossier)
                .then().statusCode(200).extract().asString();
        assertTrue(!anonymousPage.contains("Add stance") && anonymousPage.contains("Sign in to edit"), "anonymous dossier");
    }

    @Test
    void repeatedFailuresLockTheUserNameEvenForTheRightPassword() {
        users.create("lock-me", TestUsers.PASSWORD, List.of("editor"));
        for (int i = 0; i < config.maxFailedLogins(); i++) {
            given().auth().preemptive().basic("lock-me", "wrong-" + i).get("/api/users")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().preemptive().basic("lock-me", TestUsers.PASSWORD).get("/api/users")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("status", equalTo(429)).body("detail", containsString("locked"));
        // the sign-in form is locked too
        postSignIn("lock-me", TestUsers.PASSWORD)
                .then().statusCode(303).header("Location", containsString("/login?error"));
        // other users are not affected
        TestUsers.admin().get("/api/users").then().statusCode(200);
    }

    @Test
    void aBurstOfConcurrentGuessesGetsOnlyTheLimitCheckedAndTheRightPasswordLastIsRefused() throws Exception {
        users.create("victim", TestUsers.PASSWORD, List.of("editor"));
        String attacker = "192.0.2.66";
        int burst = 60;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < burst; i++) {
                String password = "wrong-" + i;
                answers.add(pool.submit(() -> given().header("X-Forwarded-For", attacker).auth().preemptive()
                        .basic("victim", password).get("/api/claims/counts").statusCode()));
            }
            int checked = 0;
            for (java.util.concurrent.Future<Integer> a : answers) {
                int status = a.get();
                assertTrue(status == 401 || status == 429, "status " + status);
                checked += status == 401 ? 1 : 0;
            }
            assertEquals(config.maxFailedLogins(), checked, "guesses whose password was checked");
        } finally {
            pool.shutdownNow();
        }
        given().header("X-Forwarded-For", attacker).auth().preemptive().basic("victim", TestUsers.PASSWORD)
                .get("/api/claims/counts").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // the victim, elsewhere, still signs in: someone else's guesses do not lock it out
        given().header("X-Forwarded-For", "198.51.100.20").auth().preemptive().basic("victim", TestUsers.PASSWORD)
                .get("/api/users").then().statusCode(403);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 3; round++) {
            String a = "admin-a" + round;
            String b = "admin-b" + round;
            users.create(a, TestUsers.PASSWORD, List.of("admin"));
            users.create(b, TestUsers.PASSWORD, List.of("admin"));
            // the other admins step down for the round, so that these two are the last
            List<String> others = users.list().stream().filter(u -> u.roleSet().contains("admin"))
                    .map(u -> u.username).filter(u -> !u.equals(a) && !u.equals(b)).toList();
            others.forEach(other -> users.changeRoles(other, java.util.Set.of("editor")));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            try {
                java.util.concurrent.Future<Integer> aDemotesB = pool.submit(() -> demote(a, b, start));
                java.util.concurrent.Future<Integer> bDemotesA = pool.submit(() -> demote(b, a, start));
                start.countDown();
                List<Integer> statuses = new java.util.ArrayList<>(List.of(aDemotesB.get(), bDemotesA.get()));
                java.util.Collections.sort(statuses);
                assertEquals(List.of(200, 409), statuses, "one demotion wins, the other is refused");
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, users.list().stream().filter(u -> u.roleSet().contains("admin")).count(), "admins left");
            others.forEach(other -> users.changeRoles(other, java.util.Set.of("admin")));
        }
    }

    private static int demote(String actor, String target, java.util.concurrent.CountDownLatch start) throws Exception {
        start.await();
        return given().auth().preemptive().basic(actor, TestUsers.PASSWORD).contentType("application/json")
                .body("{\"roles\": [\"editor\"]}").put("/api/users/" + target + "/roles").statusCode();
    }

    @Test
    void firstStartCreatedAnAdminWithARandomPasswordInAnOwnerOnlyFile() throws Exception {
        Path file = Path.of(config.adminPasswordFile());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).strip();
        assertTrue(password.length() >= 24, "password too short");
        given().auth().preemptive().basic("admin", password).get("/api/users")
                .then().statusCode(200).body("find { it.username == 'admin' }.roles", equalTo(List.of("admin")));
    }

    @Test
    void adminsManageUsersAndTheLastAdminStays() {
        TestUsers.admin().contentType("application/json")
                .body("{\"username\": \"new-reviewer\", \"password\": \"long enough passphrase\", \"roles\": [\"reviewer\"]}")
                .post("/api/users")
                .then().statusCode(201).header("Location", endsWith("/api/users/new-reviewer"))
                .body("roles", equalTo(List.of("reviewer")));
        given().auth().preemptive().basic("new-reviewer", "long enough passphrase").contentType("application/json")
                .body("{}").post("/api/users").then().statusCode(403);
        TestUsers.admin().contentType("application/json").body("{\"username\": \"x y\", \"password\": \"short\", \"roles\": [\"boss\"]}")
                .post("/api/users").then().statusCode(400).contentType("application/problem+json");
        TestUsers.admin().contentType("application/json").body("{\"roles\": [\"editor\"]}")
                .put("/api/users/new-reviewer/roles").then().statusCode(200).body("roles", equalTo(List.of("editor")));
        TestUsers.admin().delete("/api/users/new-reviewer").then().statusCode(204);
        TestUsers.admin().delete("/api/users/new-reviewer").then().statusCode(404);
        TestUsers.admin().contentType("application/json")
                .body("{\"username\": \"test-admin\", \"password\": \"long enough passphrase\", \"roles\": []}")
                .post("/api/users").then().statusCode(409);

        // make test-admin the last admin (the first-start admin and any other are demoted for the while), then try
        // to delete it and to demote it: 409 problem, and it is still there, still admin, still managing users
        List<java.util.Map<String, Object>> everyone = TestUsers.admin().get("/api/users").then().statusCode(200)
                .extract().jsonPath().getList("$");
        java.util.Map<String, List<String>> otherAdmins = new java.util.TreeMap<>();
        for (java.util.Map<String, Object> user : everyone) {
            @SuppressWarnings("unchecked")
            List<String> roles = (List<String>) user.get("roles");
            if (roles.contains("admin") && !TestUsers.ADMIN.equals(user.get("username"))) {
                otherAdmins.put((String) user.get("username"), roles);
            }
        }
        try {
            otherAdmins.keySet().forEach(name -> TestUsers.admin().contentType("application/json")
                    .body("{\"roles\": [\"reviewer\"]}").put("/api/users/{u}/roles", name).then().statusCode(200));
            List<Object> before = TestUsers.admin().get("/api/users").then().statusCode(200).extract().jsonPath().getList("$");
            TestUsers.admin().delete("/api/users/{u}", TestUsers.ADMIN).then().statusCode(409)
                    .contentType("application/problem+json").body("status", equalTo(409))
                    .body("detail", containsString("last admin"));
            TestUsers.admin().contentType("application/json").body("{\"roles\": [\"editor\"]}")
                    .put("/api/users/{u}/roles", TestUsers.ADMIN).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("last admin"));
            TestUsers.admin().contentType("application/json").body("{\"roles\": []}")
                    .put("/api/users/{u}/roles", TestUsers.ADMIN).then().statusCode(409)
                    .contentType("application/problem+json");
            assertEquals(before, TestUsers.admin().get("/api/users").then().statusCode(200).extract().jsonPath().getList("$"),
                    "refused changes to the last admin changed no user");
            assertTrue(before.stream().anyMatch(u -> ((java.util.Map<?, ?>) u).get("username").equals(TestUsers.ADMIN)
                    && ((java.util.Map<?, ?>) u).get("roles").equals(List.of("admin"))), "test-admin is still an admin");
        } finally {
            otherAdmins.forEach((name, roles) -> TestUsers.admin().contentType("application/json")
                    .body(java.util.Map.of("roles", roles)).put("/api/users/{u}/roles", name).then().statusCode(200));
        }
    }
}
