package org.claimtrack.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** A user's API tokens in the web UI: made once and shown once, usable as a bearer token, revoked from the page. */
@QuarkusTest
class TokenPagesTest extends GatewayTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** A form post from the tokens page, as the browser sends it: session, CSRF cookie and field. */
    private static RequestSpecification form(String session) {
        Response page = given().cookie(SessionAuthentication.COOKIE, session).get("/account/tokens");
        page.then().statusCode(200);
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        assertTrue(csrf.find(), "no CSRF field on the tokens page");
        return given().redirects().follow(false).cookie(SessionAuthentication.COOKIE, session)
                .cookie("csrf-token", page.getCookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.group(1));
    }

    @Test
    void anEditorMakesATokenSeesItOnceUsesItAndRevokesIt() {
        String session = SignInTest.signIn(TestUsers.EDITOR, TestUsers.PASSWORD);
        given().cookie(SessionAuthentication.COOKIE, session).get("/imports").then().statusCode(200)
                .body(containsString("href=\"/account/tokens\""));

        Response made = form(session).formParam("name", "desk script").formParam("role", "editor")
                .formParam("expiresInDays", "30").post("/account/tokens");
        made.then().statusCode(200).header("Cache-Control", containsString("no-store"));
        Matcher value = Pattern.compile("id=\"new-token\" readonly value=\"(ct_[A-Za-z0-9_-]+)\"").matcher(made.asString());
        assertTrue(value.find(), "the new token is on the page: " + made.asString());
        String token = value.group(1);

        // it works as a bearer token, with the role chosen, and is listed (never the token itself)
        given().header("Authorization", "Bearer " + token).get("/api/tokens").then().statusCode(200)
                .body("find { it.name == 'desk script' }.role", org.hamcrest.Matchers.equalTo("editor"));
        given().cookie(SessionAuthentication.COOKIE, session).get("/account/tokens").then().statusCode(200)
                .body(containsString("desk script")).body(not(containsString(token)));

        String id = given().header("Authorization", "Bearer " + token).get("/api/tokens").jsonPath()
                .getString("find { it.name == 'desk script' }.id");
        Response revoked = form(session).post("/account/tokens/" + id + "/revoke");
        assertEquals(303, revoked.statusCode());
        given().cookie(SessionAuthentication.COOKIE, session).get(revoked.getHeader("Location")).then().statusCode(200)
                .body(containsString("Revoked desk script."));
        given().header("Authorization", "Bearer " + token).get("/api/tokens").then().statusCode(401);
    }

    @Test
    void badFormsAreRefusedOnThePageAndMakeNothing() {
        String session = SignInTest.signIn(TestUsers.EDITOR, TestUsers.PASSWORD);
        int before = given().auth().preemptive().basic(TestUsers.EDITOR, TestUsers.PASSWORD).get("/api/tokens").jsonPath().getList("$").size();
        form(session).formParam("name", " ").formParam("expiresInDays", "30").post("/account/tokens").then().statusCode(400)
                .body(containsString("tokens-error")).body(containsString("name"));
        form(session).formParam("name", "too long").formParam("expiresInDays", "999").post("/account/tokens").then().statusCode(400)
                .body(containsString("expiresInDays")).body(containsString("value=\"too long\""));
        form(session).formParam("name", "not a number").formParam("expiresInDays", "ten").post("/account/tokens").then().statusCode(400)
                .body(containsString("expiresInDays"));
        // an editor cannot make an admin token
        form(session).formParam("name", "escalation").formParam("role", "admin").post("/account/tokens").then().statusCode(400)
                .body(containsString("at most the role"));
        form(session).post("/account/tokens/not-an-id/revoke").then().statusCode(404);
        form(session).post("/account/tokens/00000000-0000-4000-8000-000000000000/revoke").then().statusCode(404);
        assertEquals(before, given().auth().preemptive().basic(TestUsers.EDITOR, TestUsers.PASSWORD).get("/api/tokens").jsonPath().getList("$").size());
    }

    @Test
    void theTokensPageIsForSignedInUsersAndSpeaksSpanish() {
        given().redirects().follow(false).get("/account/tokens").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Faccount%2Ftokens"));
        String session = SignInTest.signIn(TestUsers.EDITOR, TestUsers.PASSWORD);
        given().cookie(SessionAuthentication.COOKIE, session).header("Accept-Language", "es").get("/account/tokens")
                .then().statusCode(200).body(containsString("Sus tokens de API")).body(containsString("Crear el token"));
    }
}
