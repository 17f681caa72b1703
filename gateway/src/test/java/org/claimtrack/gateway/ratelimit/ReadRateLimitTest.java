package org.claimtrack.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.security.Users;
import org.claimtrack.gateway.support.Fixtures;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Costly reads (text search, similar claims, the ClaimReview feed) are rate limited per client address, per user
 * and per API token, with a 429 problem and Retry-After; cheap reads are never limited. Small limits, with a refill
 * far slower than the test, so the counts are exact however slow the machine is.
 */
@QuarkusTest
@TestProfile(ReadRateLimitTest.SmallLimits.class)
class ReadRateLimitTest extends GatewayTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimtrack.rate-limit.anonymous-burst", "3", "claimtrack.rate-limit.anonymous-refill", "1",
                    "claimtrack.rate-limit.signed-in-burst", "5", "claimtrack.rate-limit.signed-in-refill", "1",
                    // one token a second is too fast to count on a busy machine: refill per hour instead
                    "claimtrack.rate-limit.refill-period", "1h");
        }
    }

    @Inject
    Users users;

    @BeforeEach
    void stubReads() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(Fixtures.page())));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/counts")).willReturn(okJson("""
                {"total": 0, "byStatus": {"UNSOURCED": 0, "SINGLE_PARTY": 0, "CORROBORATED": 0, "DISPUTED": 0, "DENIED": 0,
                 "VERIFIED": 0, "MISLEADING": 0, "FALSE": 0, "UNVERIFIABLE": 0}}
                """)));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/similar")).willReturn(okJson("{\"items\": []}")));
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static void refused(Response answer) {
        answer.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("detail", containsString("try again in"));
        assertTrue(Long.parseLong(answer.header("Retry-After")) >= 1, "Retry-After: " + answer.header("Retry-After"));
    }

    @Test
    void anAnonymousSearcherIsLimitedPerAddressAndCheapReadsNeverAre() {
        String address = "203.0.113.10";
        for (int i = 0; i < 3; i++) {
            from(address).queryParam("q", "troops " + i).get("/api/claims").then().statusCode(200);
        }
        refused(from(address).queryParam("q", "troops").get("/api/claims"));
        refused(from(address).queryParam("q", "troops").get("/api/claims/counts"));
        // the same page without a text search is cheap: never limited
        for (int i = 0; i < 5; i++) {
            from(address).queryParam("party", "Russia").get("/api/claims").then().statusCode(200);
            from(address).get("/api/claims/counts").then().statusCode(200);
        }
        // another address has its own bucket; an IPv6 client counts per /64
        from("203.0.113.11").queryParam("q", "troops").get("/api/claims").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            from("2001:db8:1:1::" + (i + 1)).queryParam("q", "troops").get("/api/claims").then().statusCode(200);
        }
        refused(from("2001:db8:1:1::99").queryParam("q", "troops").get("/api/claims"));
    }

    @Test
    void similarClaimsAndTheFeedAreCostlyReadsToo() {
        String address = "203.0.113.20";
        for (int i = 0; i < 3; i++) {
            from(address).queryParam("text", "soldiers at the border").get("/api/claims/similar").then().statusCode(200);
        }
        refused(from(address).queryParam("text", "soldiers at the border").get("/api/claims/similar"));
        refused(from(address).get("/api/claimreview"));
    }

    @Test
    void anApiTokenAndAUserEachHaveTheirOwnLargerBucket() {
        String address = "203.0.113.30";
        String user = "rl-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(user, TestUsers.PASSWORD, List.of("editor"));
        for (int i = 0; i < 3; i++) {
            from(address).queryParam("q", "x").get("/api/claims").then().statusCode(200);
        }
        refused(from(address).queryParam("q", "x").get("/api/claims"));
        // the same address with a token: the token's bucket, five reads
        String token = given().auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("application/json")
                .body("{\"name\": \"poller\"}").post("/api/tokens").then().statusCode(201).extract().path("token");
        for (int i = 0; i < 5; i++) {
            from(address).header("Authorization", "Bearer " + token).queryParam("q", "x").get("/api/claims").then().statusCode(200);
        }
        refused(from(address).header("Authorization", "Bearer " + token).queryParam("q", "x").get("/api/claims"));
        // the user signed in with a password is not the token: a bucket of its own
        from(address).auth().preemptive().basic(user, TestUsers.PASSWORD).queryParam("q", "x").get("/api/claims")
                .then().statusCode(200);
    }

    @Test
    void theWebUiSearchCountsAgainstTheSameLimitAndSaysSoOnAPage() {
        String address = "203.0.113.40";
        for (int i = 0; i < 3; i++) {
            from(address).queryParam("q", "troops").get("/").then().statusCode(200);
        }
        Response page = from(address).queryParam("q", "troops").get("/");
        page.then().statusCode(429).contentType(containsString("text/html")).body(containsString("Too many searches"));
        assertTrue(Long.parseLong(page.header("Retry-After")) >= 1);
        from(address).get("/").then().statusCode(200);
    }

    @Test
    void theDocumentSaysWhichReadsAreLimited() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/claims'.get.responses.'429'.description", containsString("text searches"))
                .body("paths.'/api/claims/similar'.get.responses.'429'.headers.'Retry-After'.description", containsString("retry"))
                .body("paths.'/api/claimreview'.get.responses.'429'.description", containsString("feed pages"))
                .body("paths.'/api/claims/{id}'.get.responses.'429'.description", containsString("failed sign-ins"));
    }
}
