package org.claimtrack.gateway.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.ARTICLE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.claimtrack.gateway.extraction.ExtractionApiTest;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The review page of an extraction: editors only, proposals with their stances, a rejection recorded by the form. */
@QuarkusTest
class ExtractionPageTest extends GatewayTest {

    @Test
    void editorsReviewTheProposalsAndARejectionIsRecordedWithNothingWritten() {
        ExtractionApiTest.registry(stubs);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/similar")).willReturn(okJson("{\"items\": []}")));
        String id = ExtractionApiTest.start("{\"documentId\": \"" + ARTICLE + "\"}").path("id");

        UiPagesTest.browser().get("/extractions/" + id).then().statusCode(303).header("Location", containsString("/login?next=%2Fextractions%2F"));
        String page = TestUsers.editor().noFilters().accept("text/html").get("/extractions/" + id).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Russia has deployed up to 100,000 soldiers on the borders of Ukraine"), page);
        assertTrue(page.contains("which Moscow denied") && page.contains("Western countries")
                && page.contains("Government of Russia"), page);
        assertTrue(page.contains("name=\"speaker-1\" value=\"Western countries\""), "a new source's name is editable");

        UiPagesTest.submit(TestUsers.EDITOR, "/extractions/" + id, "/extractions/" + id + "/proposals/0",
                Map.of("action", "reject")).statusCode(303).header("Location", endsWith("#proposal-0"));
        RestAssured.get("/api/extractions/" + id).then().body("proposals[0].decision", equalTo("REJECTED"));
        TestUsers.editor().noFilters().accept("text/html").get("/extractions/" + id).then().statusCode(200)
                .body(containsString("Rejected"));
        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims")));
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/sources")));
    }
}
