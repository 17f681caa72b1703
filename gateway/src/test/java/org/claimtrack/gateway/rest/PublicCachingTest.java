package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** Anonymous API reads may be kept a short while by anyone; signed-in reads by nobody; writes and pages get nothing. */
@QuarkusTest
class PublicCachingTest extends GatewayTest {

    private static void isPublic(ValidatableResponse response) {
        response.header("Cache-Control", equalTo("public, max-age=10"))
                .header("Vary", containsString("Authorization")).header("Vary", containsString("Cookie"));
    }

    @Test
    void anonymousReadsOfThePublicApiArePublicForTenSeconds() {
        troopsClaim(stubs, null);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(page(claim(CLAIM, TEXT, "DISPUTED")))));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties")).willReturn(okJson(page())));

        isPublic(given().get("/api/claims").then().statusCode(200));
        isPublic(given().get("/api/parties").then().statusCode(200));
        String etag = given().get("/api/claims/" + CLAIM).then().statusCode(200).extract().header("ETag");
        isPublic(given().get("/api/claims/" + CLAIM).then());
        // the 304 says the same as the 200 it stands for
        isPublic(given().header("If-None-Match", etag).get("/api/claims/" + CLAIM).then().statusCode(304));
    }

    @Test
    void signedInReadsAndReadsWithCredentialsAreNeverKept() {
        troopsClaim(stubs, null);

        TestUsers.editor().get("/api/claims/" + CLAIM).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        String token = TestUsers.editor().contentType("application/json").body("{\"name\": \"cache test\"}")
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/claims/" + CLAIM).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        // any cookie: nothing rules out that the answer is someone's own
        given().cookie("session", "x").get("/api/claims/" + CLAIM).then()
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void writesAndFailuresGetNoCacheControlAndPagesAreNeverKept() {
        troopsClaim(stubs, null);

        TestUsers.editor().contentType("application/json").body("{}").post("/api/claims").then().statusCode(400)
                .header("Cache-Control", nullValue());
        given().get("/api/claims/" + MISSING.replace("0000-4000", "0000-4001")).then()
                .header("Cache-Control", nullValue());
        // a page carries a CSRF token and edit forms: never kept (ui/UiSecurityHeaders), never public
        given().get("/claims/" + CLAIM).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }
}
