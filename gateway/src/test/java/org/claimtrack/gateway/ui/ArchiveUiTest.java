package org.claimtrack.gateway.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.claimtrack.gateway.ui.UiPagesTest.browser;
import static org.claimtrack.gateway.ui.UiPagesTest.html;
import static org.claimtrack.gateway.ui.UiPagesTest.submit;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * Archiving a web page by URL through the gateway: the API passes the sources-service's answer on (a refusal keeps
 * its status, `refusal` and field), and the UI form shows progress, the refusal beside the address with the typed
 * values kept, and opens the new document, from which "Quote it" leads to a claim's prefilled stance form.
 */
@QuarkusTest
class ArchiveUiTest extends GatewayTest {

    static final String PAGE_URL = "https://news.example.org/2021/12/30/geneva";
    static final String PRIVATE_REFUSAL = """
            {"type":"about:blank","title":"Unprocessable Content","status":422,
             "detail":"The page was not archived: 10.0.0.5 is a private address (10.0.0.5); only public addresses are archived",
             "instance":"/documents/archive","refusal":"PRIVATE_ADDRESS",
             "errors":[{"field":"url","message":"10.0.0.5 is a private address (10.0.0.5); only public addresses are archived"}]}""";

    private void archived() {
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/archive")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"")
                .withHeader("Location", "http://sources.internal/documents/" + ARTICLE).withBody(article(true))));
    }

    private void refused() {
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/archive")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody(PRIVATE_REFUSAL)));
    }

    @Test
    void theApiArchivesThroughTheSourcesServiceAsTheSignedInEditor() {
        archived();
        TestUsers.editor().contentType(ContentType.JSON).body(Map.of("url", PAGE_URL, "language", "en"))
                .post("/api/documents/archive").then().statusCode(201)
                .header("Location", endsWith("/api/documents/" + ARTICLE)).header("ETag", "\"0\"")
                .body("id", equalTo(ARTICLE));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/documents/archive"))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.EDITOR))
                .withRequestBody(matchingJsonPath("$.url", WireMock.equalTo(PAGE_URL))));
    }

    @Test
    void aRefusalKeepsItsStatusReasonAndField() {
        refused();
        TestUsers.editor().contentType(ContentType.JSON).body(Map.of("url", "http://10.0.0.5/"))
                .post("/api/documents/archive").then().statusCode(422).contentType("application/problem+json")
                .body("refusal", equalTo("PRIVATE_ADDRESS")).body("errors[0].field", equalTo("url"))
                .body("detail", containsString("only public addresses are archived"));
    }

    @Test
    void theApiRefusesWhatIsNotAnHttpAddressWithoutCallingTheService() {
        TestUsers.editor().contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd"))
                .post("/api/documents/archive").then().statusCode(400).body("errors[0].field", equalTo("url"));
        TestUsers.editor().contentType(ContentType.JSON).body(Map.of("title", "No address"))
                .post("/api/documents/archive").then().statusCode(400).body("errors[0].field", equalTo("url"));
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/documents/archive")));
    }

    @Test
    void archivingNeedsAnEditor() {
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("url", PAGE_URL))
                .post("/api/documents/archive").then().statusCode(401);
        browser().get("/documents/archive").then().statusCode(303);
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/documents/archive")));
    }

    @Test
    void theFormShowsProgressAndOpensTheArchivedDocument() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(outlet()))));
        archived();
        TestUsers.editor().noFilters().accept("text/html").get("/documents/archive").then().statusCode(200)
                .body(allOf(containsString("<form class=\"stack card\" method=\"post\" action=\"/documents/archive\" novalidate data-busy>"),
                        containsString("data-busy-status hidden"), containsString("<progress"),
                        containsString("<label for=\"url\">Web address of the page</label>")));
        submit(TestUsers.EDITOR, "/documents/archive", "/documents/archive", Map.of("url", PAGE_URL, "title", "", "publisherId", "",
                "publishedAt", "", "language", "en"))
                .statusCode(303).header("Location", endsWith("/documents/" + ARTICLE));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/documents/archive"))
                .withRequestBody(matchingJsonPath("$.url", WireMock.equalTo(PAGE_URL)))
                .withRequestBody(matchingJsonPath("$.language", WireMock.equalTo("en"))));
    }

    @Test
    void aRefusedAddressComesBackBesideTheFieldWithTheFormAsTyped() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(outlet()))));
        refused();
        submit(TestUsers.EDITOR, "/documents/archive", "/documents/archive", Map.of("url", "http://10.0.0.5/", "title", "Intranet memo",
                "publisherId", "", "publishedAt", "", "language", ""))
                .statusCode(422)
                .body(allOf(containsString("Nothing was saved."),
                        containsString("id=\"url-error\">10.0.0.5 is a private address (10.0.0.5); only public addresses are archived"),
                        containsString("aria-invalid=\"true\""), containsString("value=\"http://10.0.0.5/\""),
                        containsString("value=\"Intranet memo\"")));
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedBeforeAnythingIsFetched() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(outlet()))));
        submit(TestUsers.EDITOR, "/documents/archive", "/documents/archive", Map.of("url", "javascript:alert(1)"))
                .statusCode(400).body(containsString("id=\"url-error\">must be an absolute http(s) URL"));
        stubs.sources().verify(0, postRequestedFor(urlPathEqualTo("/documents/archive")));
    }

    @Test
    void quoteItFindsTheClaimAndPrefillsItsStanceForm() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(page(claim(CLAIM, TEXT, "DISPUTED")))));
        String words = "up to 100,000 soldiers";
        browser().queryParam("q", "100,000").queryParam("quote", words).get("/documents/" + ARTICLE + "/quote")
                .then().statusCode(200)
                .body(allOf(containsString("<q data-testid=\"selected-words\">" + words + "</q>"),
                        containsString("href=\"/claims/" + CLAIM + "/stances/new?documentId=" + ARTICLE
                                + "&amp;quote=up+to+100%2C000+soldiers\""),
                        containsString(html(TEXT))));
        stubs.claims().verify(WireMock.getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("q", WireMock.equalTo("100,000")));

        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"").withBody(claim(CLAIM, TEXT, "DISPUTED"))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(outlet()))));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents")).willReturn(okJson(page())));
        TestUsers.editor().noFilters().accept("text/html").queryParam("documentId", ARTICLE).queryParam("quote", words)
                .get("/claims/" + CLAIM + "/stances/new").then().statusCode(200)
                .body(allOf(containsString("<option value=\"" + ARTICLE + "\" selected>" + html(ARTICLE_TITLE)),
                        containsString(">" + words + "</textarea>")));
    }

    @Test
    void theQuotePageWithoutASearchListsNoClaims() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))));
        browser().get("/documents/" + ARTICLE + "/quote").then().statusCode(200)
                .body(allOf(containsString("Tip: select words"), not(containsString("data-testid=\"quote-targets\""))));
        stubs.claims().verify(0, WireMock.getRequestedFor(urlPathEqualTo("/claims")));
    }
}
