package org.claimtrack.gateway.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.MOSCOW;
import static org.claimtrack.gateway.support.Fixtures.SIMILAR;
import static org.claimtrack.gateway.support.Fixtures.STANCE_MOSCOW;
import static org.claimtrack.gateway.support.Fixtures.moscow;
import static org.claimtrack.gateway.support.Fixtures.troopsClaim;
import static org.claimtrack.gateway.ui.UiPagesTest.browser;
import static org.claimtrack.gateway.ui.UiPagesTest.submit;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.Downstreams;
import org.claimtrack.gateway.support.InjectDownstreams;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API's deletes in the web UI: admins only, a confirmation, a reason where the record keeps one. */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class DeletionPagesTest {

    @InjectDownstreams
    Downstreams stubs;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        stubs.reset();
        breakers.resetAll();
        troopsClaim(stubs, null);
    }

    @Test
    void onlyAdminsSeeAndReachTheDeletes() {
        TestUsers.as(TestUsers.ADMIN).noFilters().accept("text/html").get("/claims/" + CLAIM).then().statusCode(200)
                .body(allOf(containsString("href=\"/claims/" + CLAIM + "/delete\""),
                        containsString("href=\"/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW + "/delete\""),
                        containsString("href=\"/admin/users\"")));
        TestUsers.as(TestUsers.REVIEWER).noFilters().accept("text/html").get("/claims/" + CLAIM).then().statusCode(200)
                .body(not(containsString("/delete\""))).body(not(containsString("href=\"/admin/users\"")));
        TestUsers.as(TestUsers.EDITOR).noFilters().redirects().follow(false).accept("text/html")
                .get("/claims/" + CLAIM + "/delete").then().statusCode(403);
        browser().get("/sources/" + MOSCOW + "/delete").then().statusCode(303);
    }

    @Test
    void aStanceIsDeletedOnlyOnceConfirmedWithAReasonThatGoesToTheHistory() {
        String page = "/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW + "/delete";
        TestUsers.as(TestUsers.ADMIN).noFilters().accept("text/html").get(page).then().statusCode(200)
                .body(allOf(containsString("Government of Russia denies"), containsString(UiPagesTest.html("the claim's history keeps"))));
        submit(TestUsers.ADMIN, page, page, Map.of("version", "3")).statusCode(400)
                .body(allOf(containsString("id=\"confirm-error\""), containsString("id=\"reason-error\"")));
        stubs.claims().verify(0, deleteRequestedFor(anyUrl()));

        stubs.claims().stubFor(delete(urlPathEqualTo("/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW))
                .willReturn(aResponse().withStatus(204).withHeader("ETag", "\"4\"")));
        submit(TestUsers.ADMIN, page, page, Map.of("version", "3", "confirm", "yes", "reason", "Recorded on the wrong claim"))
                .statusCode(303).header("Location", containsString("/claims/" + CLAIM));
        stubs.claims().verify(deleteRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW))
                .withQueryParam("reason", equalTo("Recorded on the wrong claim")));
    }

    @Test
    void aCitedSourceIsRefusedOnTheConfirmationPageNamingWhy() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow()).withHeader("ETag", "\"0\"")));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances/references")).willReturn(okJson("""
                {"items": [{"kind": "SOURCE", "id": "%s", "stanceCount": 2, "claimIds": ["%s", "%s"]}]}
                """.formatted(MOSCOW, CLAIM, SIMILAR))));
        String page = "/sources/" + MOSCOW + "/delete";
        submit(TestUsers.ADMIN, page, page, Map.of("version", "0", "confirm", "yes")).statusCode(409)
                .body(containsString("still cited by 2 stances on 2 claims"));
        stubs.sources().verify(0, deleteRequestedFor(anyUrl()));

        stubs.claims().stubFor(get(urlPathEqualTo("/stances/references")).willReturn(okJson("{\"items\": []}")));
        stubs.sources().stubFor(delete(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(aResponse().withStatus(204)));
        submit(TestUsers.ADMIN, page, page, Map.of("version", "0", "confirm", "yes")).statusCode(303)
                .header("Location", containsString("/sources"));
        stubs.sources().verify(deleteRequestedFor(urlPathEqualTo("/sources/" + MOSCOW)).withHeader("If-Match", equalTo("\"0\"")));
    }
}
