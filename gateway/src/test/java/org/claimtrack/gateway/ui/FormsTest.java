package org.claimtrack.gateway.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.claimtrack.gateway.ui.UiPagesTest.browser;
import static org.claimtrack.gateway.ui.UiPagesTest.submit;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * Forms that respect the user: every error at once in plain words, a text over the limit comes back as the form with
 * the text kept, country codes capitalised for the user, and pages that say what is true (a new source has no stance
 * yet; a pasted quote is not set in a second pair of quotation marks).
 */
@QuarkusTest
class FormsTest extends GatewayTest {

    private static boolean warm;

    @org.junit.jupiter.api.BeforeEach
    void warmUp() {
        if (!warm) {
            // a fresh JVM's first downstream call loads the REST client stack and can outlast the short test timeouts
            stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(kiev()))));
            browser().get("/sources");
            stubs.reset();
            warm = true;
        }
    }

    @Test
    void everyMissingOrTooLongFieldIsNamedAtOnceInPlainWords() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(outlet()))));
        String page = submit(TestUsers.EDITOR, "/documents/new", "/documents/new",
                Map.of("title", "x".repeat(612), "url", "", "archivedText", "words")).statusCode(400)
                .extract().asString();
        assertTrue(page.contains("id=\"title-error\">Too long: 612 characters; at most 500."), page);
        assertTrue(page.contains("id=\"url-error\">Fill this in."), page);
        assertTrue(!page.contains("must not be") && !page.contains("size must be"), "no validator jargon");
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/documents")));
    }

    @Test
    void aDocumentOverTheLimitComesBackAsTheFormWithTheTextKept() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(outlet()))));
        // 2.5 MB: more than the API's 2 MB body limit and the 1,048,576 characters a text may have
        String text = String.join(" ", java.util.Collections.nCopies(80_000, "Troops gathered near the border."));
        assertTrue(text.length() > 2_500_000);
        String page = submit(TestUsers.EDITOR, "/documents/new", "/documents/new",
                Map.of("title", "A very long report", "url", "https://example.org/long-report", "archivedText", text))
                .statusCode(400).extract().asString();
        assertTrue(page.contains("Nothing was saved."), "summary at the top");
        assertTrue(page.contains("id=\"archivedText-error\">Too long: %,d characters; at most 1,048,576."
                .formatted(text.length())), () -> "the message beside the text: "
                + page.substring(Math.max(0, page.indexOf("field-error")), Math.max(0, page.indexOf("field-error")) + 300));
        int start = page.indexOf("name=\"archivedText\"");
        String kept = page.substring(page.indexOf('>', start) + 1, page.indexOf("</textarea>", start));
        assertEquals(text, kept, "the text as typed");
        assertTrue(page.contains("value=\"A very long report\""));
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/documents")));
    }

    @Test
    void aFormOverSixteenMegabytesIsAProblemNamingTheFormLimit() {
        TestUsers.editor().noFilters().contentType("application/x-www-form-urlencoded")
                .body("title=" + "x".repeat(17 * 1024 * 1024)).post("/documents/new").then().statusCode(413)
                .contentType("application/problem+json").body("detail", equalTo("A form is limited to 16 MB."),
                        "instance", equalTo("/documents/new"));
    }

    @Test
    void theApiKeepsItsTwoMegabyteLimit() {
        TestUsers.editor().contentType("application/json").body("{\"title\": \"" + "x".repeat(2_200_000) + "\"}")
                .post("/api/documents").then().statusCode(413);
    }

    @Test
    void aLowerCaseCountryCodeIsSavedInCapitals() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(kiev()))));
        stubs.sources().stubFor(post(urlPathEqualTo("/sources")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"").withBody(kiev())));
        submit(TestUsers.EDITOR, "/sources/new", "/sources/new", Map.of("name", "Mayor of Kharkiv", "kind", "PERSON",
                "affiliation", "", "reliability", "C", "country", "ua")).statusCode(303);
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/sources"))
                .withRequestBody(WireMock.matchingJsonPath("$.country", WireMock.equalTo("UA"))));
        TestUsers.editor().noFilters().accept("text/html").get("/sources/new").then().statusCode(200)
                .body(containsString("id=\"country\" name=\"country\" maxlength=\"2\" autocapitalize=\"characters\" data-uppercase"));
    }

    @Test
    void aNewSourceHasNoStanceYetRatherThanAnUnreachableService() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + KIEV)).willReturn(okJson(kiev()).withHeader("ETag", "\"0\"")));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances/counts")).willReturn(okJson("{\"items\": []}")));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances")).willReturn(okJson(page())));
        browser().get("/sources/" + KIEV).then().statusCode(200)
                .body(allOf(containsString("No stance on record yet."), not(containsString("unreachable"))));
    }

    @Test
    void aQuotePastedWithItsQuotationMarksIsSavedAndShownWithoutThem() {
        assertEquals("Russia has deployed", UiFormat.bareQuote("\"Russia has deployed\""));
        assertEquals("Russia has deployed", UiFormat.bareQuote(" “Russia has deployed” "));
        assertEquals("Russia has deployed", UiFormat.bareQuote("«Russia has deployed»"));
        assertEquals("Russia has deployed", UiFormat.bareQuote("„Russia has deployed“"));
        assertEquals("\"a\" and \"b\"", UiFormat.bareQuote("\"a\" and \"b\""), "marks that pair inside stay");
        assertEquals("he said \"no\"", UiFormat.bareQuote("he said \"no\""), "only an enclosing pair goes");

        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"").withBody(claim(CLAIM, TEXT, "DISPUTED"))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(moscow()))));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents")).willReturn(okJson(page(article(false)))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check")).willReturn(okJson("""
                {"found": true, "start": 10, "end": 29, "matchedText": "which Moscow denied", "textVersion": 1,
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""")));
        // the words are checked (and would be saved) without the marks; what happens after the check is not this test's
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/stances/new", "/claims/" + CLAIM + "/stances/new",
                Map.of("sourceId", MOSCOW, "stance", "DENIES", "quote", "\"" + DENIAL + "\"", "documentId", ARTICLE,
                        "statedAt", "2021-12-30T11:00"));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check"))
                .withRequestBody(WireMock.matchingJsonPath("$.exact", WireMock.equalTo(DENIAL))));
    }
}
