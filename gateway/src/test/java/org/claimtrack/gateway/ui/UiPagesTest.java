package org.claimtrack.gateway.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.Downstreams;
import org.claimtrack.gateway.support.InjectDownstreams;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web UI's pages against stubbed services: each renders its key content, escapes what users typed,
 * carries the Content-Security-Policy, and turns rejected input into messages beside the fields.
 */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class UiPagesTest {

    static final String XSS = "<script>alert(1)</script> was said by nobody at all";

    @InjectDownstreams
    Downstreams stubs;

    @Inject
    CircuitBreakerMaintenance breakers;

    private static boolean warm;

    @BeforeEach
    void reset() {
        if (!warm) {
            // A fresh JVM's first downstream call loads the REST client stack and can outlast the short test
            // timeouts; one throw-away page view keeps that cost out of the first real test.
            listOf(claim(CLAIM, TEXT, "DISPUTED"));
            browser().get("/");
            warm = true;
        }
        stubs.reset();
        breakers.resetAll();
    }

    /** HTML pages are not in the API's OpenAPI document, so the contract filter other tests install is left out. */
    static RequestSpecification browser() {
        return RestAssured.given().noFilters().redirects().follow(false).accept("text/html");
    }

    /**
     * Loads a form as a signed-in user, then sends it back the way a browser would: with the CSRF cookie the page
     * set and the token it carried in its hidden field.
     */
    static ValidatableResponse submit(String user, String formPage, String action, Map<String, String> fields) {
        Response page = TestUsers.as(user).noFilters().accept("text/html").get(formPage);
        page.then().statusCode(200);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in " + formPage);
        }
        return TestUsers.as(user).noFilters().redirects().follow(false).accept("text/html")
                .cookie("csrf-token", page.cookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParams(fields).formParam("csrf-token", token.group(1)).post(action).then();
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private void listOf(String claimJson) {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(page(claimJson))));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/counts")).willReturn(okJson("""
                {"total": 1, "byStatus": {"UNSOURCED": 0, "SINGLE_PARTY": 0, "CORROBORATED": 0, "DISPUTED": 1, "DENIED": 0,
                 "VERIFIED": 0, "MISLEADING": 0, "FALSE": 0, "UNVERIFIABLE": 0}}""")));
    }

    @Test
    void claimsPageListsClaimsWithStatusChipsAndKeepsFiltersInLinks() {
        listOf(claim(CLAIM, TEXT, "DISPUTED"));

        browser().queryParam("q", "100,000").queryParam("party", "Russia").get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString(html(TEXT)), containsString("href=\"/claims/" + CLAIM + "\""),
                        containsString("data-status=\"DISPUTED\""), containsString("Ukraine, Western governments"),
                        containsString("value=\"100,000\""), containsString("href=\"/?q=100%2C000&amp;party=Russia&amp;status=DISPUTED\""),
                        containsString("<main id=\"main\"")));

        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims"))
                .withQueryParam("q", WireMock.equalTo("100,000")).withQueryParam("party", WireMock.equalTo("Russia")));
    }

    /** The filter form sends every field, the empty ones too: on a page they mean "any" (the API refuses them). */
    @Test
    void emptyFilterFieldsFilterNothing() {
        listOf(claim(CLAIM, TEXT, "DISPUTED"));
        browser().urlEncodingEnabled(false).get("/?q=&party=&status=&workStatus=&overdue=&page=").then().statusCode(200)
                .body(containsString(html(TEXT)));
    }

    @Test
    void nextFollowsTheListsCursorAndThePageNumberOnlyNumbersIt() {
        listOf(claim(CLAIM, TEXT, "DISPUTED"));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson("""
                {"items": [%s], "page": 0, "size": 25, "total": 80, "next": "azF8dXBkYXRl"}""".formatted(claim(CLAIM, TEXT, "DISPUTED")))));

        browser().queryParam("tag", "troops").get("/").then().statusCode(200)
                .body(containsString("href=\"/?tag=troops&amp;page=1&amp;cursor=azF8dXBkYXRl\" rel=\"next\""));
        browser().queryParam("tag", "troops").queryParam("page", 1).queryParam("cursor", "azF8dXBkYXRl").get("/").then()
                .statusCode(200).body(containsString("Page 2 of 4"))
                .body(containsString("href=\"/?tag=troops\" rel=\"prev\""))
                .body(containsString("href=\"/?tag=troops&amp;page=2&amp;cursor=azF8dXBkYXRl\" rel=\"next\""));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("cursor", WireMock.equalTo("azF8dXBkYXRl"))
                .withQueryParam("page", WireMock.absent()).withQueryParam("tag", WireMock.equalTo("troops")));
    }

    /** A next-page link the list no longer reads (mangled, or from before an upgrade) starts the same filters over. */
    @Test
    void aCursorTheListRefusesLeadsToTheFirstPageOfTheSameFilters() {
        listOf(claim(CLAIM, TEXT, "DISPUTED"));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).withQueryParam("cursor", WireMock.matching(".+"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "about:blank", "status": 400, "title": "Bad Request", "detail": "Invalid cursor: is not a cursor of this list",
                         "errors": [{"field": "cursor", "message": "is not a cursor of this list"}]}""")));

        browser().redirects().follow(false).queryParam("tag", "troops").queryParam("page", 3).queryParam("cursor", "zzz").get("/")
                .then().statusCode(303).header("Location", endsWith("/?tag=troops"));
        browser().queryParam("tag", "troops").get("/").then().statusCode(200).body(containsString(html(TEXT)));
    }

    /** A browser that asks for a page nothing answers gets a page with the way back; a program keeps its problem. */
    @Test
    void aMistypedAddressIsAPageForABrowserAndAProblemForEveryoneElse() {
        for (String path : java.util.List.of("/claims", "/nothing/here", "/sources/x/y/z")) {
            String page = browser().get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertTrue(page.contains("Page not found") && page.contains("href=\"/\""), page);
        }
        RestAssured.given().accept("application/json").get("/nothing/here").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Nothing here"));
        RestAssured.given().get("/nothing/here").then().statusCode(404).contentType("application/problem+json");
        browser().get("/api/nothing").then().statusCode(404).contentType("application/problem+json");
        browser().get("/q/nothing").then().statusCode(404);
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutInlineScripts() {
        listOf(claim(CLAIM, TEXT, "DISPUTED"));

        browser().get("/").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), not(containsString("unsafe-inline")),
                        containsString("frame-ancestors 'none'")))
                .header("X-Content-Type-Options", "nosniff");
        TestUsers.editor().noFilters().get("/claims/new").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    void aClaimTextWithMarkupIsShownAsText() {
        listOf(claim(CLAIM, XSS, "UNSOURCED"));

        String page = browser().get("/").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("<script>alert(1)"));
    }

    @Test
    void dossierShowsStatusEvidenceSideBySideAndSimilarClaims() {
        troopsClaim(stubs, null);

        browser().get("/claims/" + CLAIM).then().statusCode(200)
                .body(allOf(containsString(html(TEXT)), containsString("data-status=\"DISPUTED\""),
                        containsString("Ukraine and Western governments assert it; Russia denies it."),
                        containsString("data-testid=\"evidence-asserts\""), containsString("data-testid=\"evidence-denies\""),
                        containsString("Government of Ukraine"), containsString("Government of Russia"),
                        containsString("“" + DENIAL + "”"), containsString(ARTICLE_TITLE),
                        containsString("href=\"/sources/" + MOSCOW + "\""), containsString("href=\"/documents/" + ARTICLE),
                        containsString("Russia has massed troops near Ukraine"), containsString("Rules version"),
                        not(containsString("application/ld+json"))));
    }

    @Test
    void anImportedParaphraseIsShownAsAnAttributionNeverInQuotationMarks() {
        troopsClaim(stubs, importedVerdict(VERDICT, "FALSE", "2021-12-31T08:00:00Z", "FactCheck Org",
                "https://factcheck.example/reviews/troops"));
        troopsRecord(stubs, claim(CLAIM, TEXT, "FALSE"), attribution(STANCE_KIEV, KIEV, "FactCheck Org",
                "Government of Ukraine", "2021-12-29T09:00:00Z"), importedVerdict(VERDICT, "FALSE", "2021-12-31T08:00:00Z",
                "FactCheck Org", "https://factcheck.example/reviews/troops"));

        String page = browser().get("/claims/" + CLAIM).then().statusCode(200)
                .body(allOf(containsString("data-testid=\"attribution\""), containsString("According to <strong>FactCheck Org</strong>"),
                        containsString("Government of Ukraine"), containsString("published <time datetime=\"2021-12-31T08:00:00Z\""),
                        containsString("recorded <time"), containsString("href=\"https://factcheck.example/reviews/troops\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("blockquote class=\"quote\""), "an attribution is no quote");
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("“"), "no quotation marks anywhere for an attribution");
        io.restassured.RestAssured.given().get("/api/claims/" + CLAIM).then().statusCode(200)
                .body("stances[0].kind", org.hamcrest.Matchers.equalTo("ATTRIBUTION"))
                .body("stances[0].reportedBy", org.hamcrest.Matchers.equalTo("FactCheck Org"))
                .body("stances[0].quote", org.hamcrest.Matchers.nullValue())
                .body("verdicts[0].organization", org.hamcrest.Matchers.equalTo("FactCheck Org"))
                .body("verdicts[0].publishedAt", org.hamcrest.Matchers.equalTo("2021-12-31T08:00:00Z"));
    }

    @Test
    void theHistoryPageSaysNewestFirstWhyTheStatusChanged() {
        troopsClaim(stubs, null);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/history")).willReturn(okJson("""
                {"items": [
                  {"at": "2026-11-28T10:00:00Z", "actor": "desk", "action": "STANCE_ADDED", "details": {"stanceId": "%s",
                   "sourceName": "Government of Ukraine", "stance": "ASSERTS", "quote": "troops on the border",
                   "statedAt": "2021-12-30T06:00:00Z"}},
                  {"at": "2026-11-29T10:00:00Z", "actor": "editor", "action": "SNAPSHOT_REFRESHED",
                   "details": {"sourceId": "%s", "name": "Press service", "rootPartyId": "%s", "rootParty": "Ruritania",
                               "reason": "party \\"Ruritanian Federation\\" merged into \\"Ruritania\\"", "stancesUpdated": 1}},
                  {"at": "2026-11-29T10:00:00Z", "actor": "editor", "action": "STATUS_CHANGED",
                   "details": {"from": "CORROBORATED", "to": "SINGLE_PARTY", "credibilityFrom": 2, "credibilityTo": 4, "rulesVersion": 4}}]}
                """.formatted(STANCE_KIEV, KIEV, MISSING))));

        browser().get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("href=\"/claims/" + CLAIM + "/history\""));
        String page = browser().get("/claims/" + CLAIM + "/history").then().statusCode(200)
                .body(allOf(containsString(html(TEXT)), containsString("Status changed"),
                        containsString("Status Corroborated → Single party; credibility 2 → 4."),
                        containsString(html("The record of source \"Press service\" changed: it now counts for \"Ruritania\", "
                                + "because party \"Ruritanian Federation\" merged into \"Ruritania\".")),
                        containsString("Government of Ukraine asserts: “troops on the border”, 30 Dec 2021, 06:00 UTC."),
                        containsString("href=\"/claims/" + CLAIM + "?asOf=2026-11-29T10%3A00%3A00Z\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("Status changed") < page.indexOf("Stance added"), "newest first");
        browser().get("/claims/not-an-id/history").then().statusCode(404);
    }

    @Test
    void dossierWithAVerdictEmbedsClaimReviewThatCannotCloseItsScriptBlock() {
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));
        troopsRecord(stubs, claim(CLAIM, "Troops </script><script>alert(1)</script> massed", "FALSE"), stanceItems(),
                verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));

        String page = browser().get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("<script type=\"application/ld+json\">"), containsString("ClaimReview"),
                        containsString("Verdict history"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("</script><script>alert(1)"), "JSON-LD must escape </script>");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("\\u003c/script\\u003e"));
    }

    @Test
    void asOfShowsTheWholePageAsItStoodThenAndTheFragmentRendersAlone() {
        troopsClaim(stubs, null);
        String corroborated = status("CORROBORATED", null).replace("\"rulesVersion\": 1", "\"rulesVersion\": 1, \"asOf\": \"2021-12-29T12:00:00Z\"");
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/record")).atPriority(1)
                .withQueryParam("asOf", WireMock.equalTo("2021-12-29T12:00:00Z"))
                .willReturn(okJson("{\"claim\": " + claim(CLAIM, TEXT, "DISPUTED") + ", \"status\": " + corroborated
                        + ", \"stances\": [" + stanceItems() + "], \"verdicts\": []}").withHeader("ETag", "\"3\"")));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/status"))
                .withQueryParam("asOf", WireMock.equalTo("2021-12-29T12:00:00Z")).willReturn(okJson(corroborated)));

        browser().queryParam("asOf", "2021-12-29T12:00").get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("data-status=\"CORROBORATED\""), containsString("value=\"2021-12-29T12:00:00\""),
                        // Kyiv and the West (29 Dec) are shown with their time of day; Moscow's denial (30 Dec) is left out
                        containsString("Government of Ukraine"), containsString("29 Dec 2021, 09:00 UTC"),
                        not(containsString("“" + DENIAL + "”")), containsString("data-testid=\"after-as-of\""),
                        containsString("1 stance made after this moment is left out."));
        browser().queryParam("asOf", "2021-12-29T12:00").get("/claims/" + CLAIM + "/status-panel").then().statusCode(200)
                .body(containsString("data-status=\"CORROBORATED\""), not(containsString("<html")));
    }

    @Test
    void aRetractedStanceStaysOnThePageMarkedAndAStaleVerdictIsSaidToBeSo() {
        String retracted = stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T11:00:00Z")
                .replaceFirst("\\}\\s*$", ", \"retraction\": {\"retractedAt\": \"2021-12-31T09:00:00Z\", \"reason\": \"Taken back.\"}}");
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));
        troopsRecord(stubs, claim(CLAIM, TEXT, "FALSE"), stanceItems().replace(
                stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T11:00:00Z"), retracted),
                verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));

        browser().get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("data-testid=\"retracted\""), containsString("Taken back."),
                        containsString("31 Dec 2021, 09:00 UTC"), containsString("<s>“" + DENIAL + "”</s>"),
                        containsString("data-testid=\"stale-verdict\""),
                        containsString("3 stances added since the verdict of 5 Jan 2022: the verdict may be out of date."),
                        not(containsString("data-testid=\"retract\"")));
        // as of a moment before the retraction, the denial still counted: shown, marked as retracted later
        browser().queryParam("asOf", "2021-12-30T12:00").get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("data-testid=\"retracted-later\""), containsString("“" + DENIAL + "”"),
                        not(containsString("data-testid=\"retracted\"")));
    }

    @Test
    void anEditorRetractsAStanceWithAReasonThroughTheForm() {
        troopsClaim(stubs, null);
        String path = "/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW + "/retraction";
        stubs.claims().stubFor(post(urlPathEqualTo(path)).willReturn(okJson(
                stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia", "2021-12-30T11:00:00Z"))
                .withHeader("ETag", "\"4\"")));
        TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("href=\"/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW + "/retract\""));

        String form = "/claims/" + CLAIM + "/stances/" + STANCE_MOSCOW + "/retract";
        submit(TestUsers.EDITOR, form, form, Map.of("retractedAt", "2021-12-31T09:00", "version", "3"))
                .statusCode(400).body(containsString("id=\"reason-error\""));
        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo(path)));

        submit(TestUsers.EDITOR, form, form, Map.of("retractedAt", "2021-12-31T09:00", "reason", "Taken back.", "version", "3"))
                .statusCode(303).header("Location", endsWith("/claims/" + CLAIM + "#stance-" + STANCE_MOSCOW));
        // without the claim's If-Match: a stance added while the form was open does not refuse the retraction
        stubs.claims().verify(postRequestedFor(urlPathEqualTo(path)).withHeader("If-Match", WireMock.absent())
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"retractedAt\": \"2021-12-31T09:00:00Z\", \"reason\": \"Taken back.\"}")));
        browser().get(form).then().statusCode(303).header("Location", containsString("/login?next="));
    }

    @Test
    void anUnreadableAsOfSaysSoBesideTheFieldAndShowsTheStatusNow() {
        troopsClaim(stubs, null);

        browser().queryParam("asOf", "yesterday").get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("id=\"asOf-error\""), containsString("data-status=\"DISPUTED\""));
    }

    @Test
    void anUnknownClaimIsANotFoundPage() {
        stubs.claims().stubFor(get(urlPathMatching("/claims/" + MISSING + ".*"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(problem(404, "Not Found", "No claim " + MISSING, null))));

        browser().get("/claims/" + MISSING).then().statusCode(404).body(containsString("Claim not found"));
        browser().get("/claims/not-a-uuid").then().statusCode(404).body(containsString("Claim not found"));
    }

    /** The forms about one claim share its read: a non-id is a 404 asking nobody, a claims-service down a 503 page. */
    @Test
    void everyFormAboutAClaimIsNotFoundForANonIdAndUnavailableWithoutTheClaimsService() {
        String[] forms = {"verdicts/new", "stances/new", "workflow"};
        for (String form : forms) {
            TestUsers.admin().noFilters().get("/claims/not-a-uuid/" + form).then().statusCode(404)
                    .body(containsString("Claim not found"));
        }
        assertEquals(0, stubs.requestCount());
        down(stubs.claims());
        for (String form : forms) {
            TestUsers.admin().noFilters().get("/claims/" + CLAIM + "/" + form).then().statusCode(503)
                    .body(containsString("Temporarily unavailable"));
        }
    }

    @Test
    void sourcesDownStillShowsTheDossierWithABanner() {
        troopsClaim(stubs, null);
        down(stubs.sources());

        browser().get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("data-testid=\"degraded\""), containsString("sources-service"),
                        containsString("Government of Russia"), containsString("“" + DENIAL + "”"));
    }

    @Test
    void claimsDownGivesAnHonestUnavailablePage() {
        down(stubs.claims());

        browser().get("/").then().statusCode(503).body(containsString("claims-service cannot be reached"));
        browser().get("/claims/" + CLAIM).then().statusCode(503).header("Retry-After", equalTo("7"))
                .body(containsString("Temporarily unavailable"));
    }

    @Test
    void aTooShortClaimComesBackWithTheMessageBesideTheFieldAndNothingIsSent() {
        submit(TestUsers.EDITOR, "/claims/new", "/claims/new", Map.of("text", "short", "tags", "a, b"))
                .statusCode(400)
                .body(containsString("id=\"text-error\""), containsString("aria-invalid=\"true\""),
                        containsString("Nothing was saved"), containsString(">short</textarea>"));

        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims")));
    }

    @Test
    void formsNeedASignedInEditorAndTheirCsrfToken() {
        browser().get("/claims/new").then().statusCode(303).header("Location", endsWith("/login?next=%2Fclaims%2Fnew"));
        TestUsers.editor().noFilters().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("text", TEXT).post("/claims/new").then().statusCode(400);

        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims")));
    }

    @Test
    void aNewClaimRedirectsToItsDossier() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/claims/" + CLAIM)
                .withBody(claim(CLAIM, TEXT, "UNSOURCED"))));

        submit(TestUsers.EDITOR, "/claims/new", "/claims/new",
                Map.of("text", TEXT, "tags", "military, russia", "eventTime", "2021-12-30T12:00"))
                .statusCode(303).header("Location", endsWith("/claims/" + CLAIM));

        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims"))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.EDITOR))
                .withRequestBody(WireMock.matchingJsonPath("$.tags[1]", WireMock.equalTo("russia")))
                .withRequestBody(WireMock.matchingJsonPath("$.eventTime", WireMock.equalTo("2021-12-30T12:00:00Z"))));
    }

    @Test
    void aDuplicateClaimLinksToTheOneOnRecord() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(409, "Conflict", "This claim is already on record.", "\"existingId\": \"" + SIMILAR + "\""))));

        submit(TestUsers.EDITOR, "/claims/new", "/claims/new", Map.of("text", TEXT))
                .statusCode(409).body(containsString("already on record"), containsString("href=\"/claims/" + SIMILAR + "\""));
    }

    @Test
    void anAffiliationCloseToAPartyOffersTheCandidatesAndTheChoiceIsSentAsPartyId() {
        String russia = "6ecd8c99-4036-403d-bf84-cf8400f67836";
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(kiev(), moscow()))));
        stubs.sources().stubFor(post(urlPathEqualTo("/sources")).atPriority(5).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(409, "Conflict", "No party is named Rusia.", "\"errors\": [{\"field\": \"affiliation\", "
                        + "\"message\": \"close to existing parties\"}], \"candidates\": [{\"id\": \"" + russia
                        + "\", \"name\": \"Russia\", \"matchedAlias\": \"Russian Federation\"}]"))));
        Map<String, String> form = Map.of("name", "Embassy", "kind", "GOVERNMENT", "affiliation", "Rusia", "reliability", "C");
        submit(TestUsers.EDITOR, "/sources/new", "/sources/new", form).statusCode(409)
                .body(containsString("name=\"partyChoice\" value=\"" + russia + "\""),
                        containsString("Russia (also called Russian Federation)"),
                        containsString("name=\"partyChoice\" value=\"new\""));

        // the editor picks the candidate: the party goes by id, the mistyped text is not sent
        stubs.sources().stubFor(post(urlPathEqualTo("/sources")).atPriority(1)
                .withRequestBody(WireMock.matchingJsonPath("$.partyId", WireMock.equalTo(russia)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"0\"").withBody(moscow())));
        Map<String, String> chosen = new java.util.HashMap<>(form);
        chosen.put("partyChoice", russia);
        submit(TestUsers.EDITOR, "/sources/new", "/sources/new", chosen).statusCode(303);
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/sources"))
                .withRequestBody(WireMock.matchingJsonPath("$.partyId", WireMock.equalTo(russia)))
                .withRequestBody(WireMock.notContaining("Rusia")));
    }

    @Test
    void thePartiesPageListsAliasesAndMergesThroughTheGateway() {
        String russia = "6ecd8c99-4036-403d-bf84-cf8400f67836";
        String federation = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
        String parties = "{\"items\": [{\"id\": \"" + russia + "\", \"name\": \"Russia\", \"aliases\": [\"Moscow\"], "
                + "\"version\": 0}, {\"id\": \"" + federation + "\", \"name\": \"Russian Federation\", \"aliases\": [], "
                + "\"version\": 0}], \"page\": 0, \"size\": 200, \"total\": 2}";
        stubs.sources().stubFor(get(urlPathEqualTo("/parties")).willReturn(okJson(parties)));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + federation)).willReturn(okJson(
                "{\"id\": \"" + federation + "\", \"name\": \"Russian Federation\", \"aliases\": [], \"version\": 0}")));
        stubs.sources().stubFor(post(urlPathEqualTo("/parties/" + federation + "/merge")).willReturn(okJson(
                "{\"id\": \"" + russia + "\", \"name\": \"Russia\", \"aliases\": [\"Moscow\", \"Russian Federation\"], "
                        + "\"version\": 1}").withHeader("ETag", "\"1\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + russia + "/sources")).willReturn(okJson("{\"sourceIds\": []}")));

        browser().get("/parties").then().statusCode(200).body(containsString("Moscow"), containsString("Russian Federation"));
        submit(TestUsers.EDITOR, "/parties", "/parties/merge", Map.of("from", federation, "into", russia))
                .statusCode(303).header("Location", containsString("merged=Russia"));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/parties/" + federation + "/merge"))
                .withRequestBody(WireMock.equalToJson("{\"into\": \"" + russia + "\"}")));
        submit(TestUsers.EDITOR, "/parties", "/parties/merge", Map.of("from", russia, "into", russia))
                .statusCode(400).body(containsString("choose another party"));
    }

    @Test
    void aPartyHasItsPageAndIsCreatedAndEditedThroughTheGateway() {
        String russia = "6ecd8c99-4036-403d-bf84-cf8400f67836";
        String csto = "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f607";
        String created = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d";
        String russiaJson = "{\"id\": \"" + russia + "\", \"name\": \"Russia\", \"aliases\": [\"Moscow\", \"the Kremlin\"], "
                + "\"country\": \"RU\", \"externalId\": \"Q159\", \"parentId\": \"" + csto + "\", \"version\": 2}";
        String cstoJson = "{\"id\": \"" + csto + "\", \"name\": \"CSTO\", \"aliases\": [], \"version\": 0}";
        stubs.sources().stubFor(get(urlPathEqualTo("/parties")).willReturn(okJson("{\"items\": [" + russiaJson + ", " + cstoJson
                + "], \"page\": 0, \"size\": 200, \"total\": 2}")));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + russia)).willReturn(okJson(russiaJson).withHeader("ETag", "\"2\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + csto)).willReturn(okJson(cstoJson)));
        stubs.sources().stubFor(get(urlPathEqualTo("/parties/" + russia + "/sources")).willReturn(okJson("{\"sourceIds\": []}")));

        // its page: the names, the country, the chain it belongs to; the list links to it
        browser().get("/parties").then().statusCode(200).body(containsString("href=\"/parties/" + russia + "\""));
        browser().get("/parties/" + russia).then().statusCode(200).body(containsString("Moscow, the Kremlin"),
                containsString("Q159"), containsString("href=\"/parties/" + csto + "\">CSTO</a>"));
        browser().get("/parties/not-an-id").then().statusCode(404);

        // a new party: aliases one per line, the country upper-cased for the user
        stubs.sources().stubFor(post(urlPathEqualTo("/parties")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"0\"")
                .withBody("{\"id\": \"" + created + "\", \"name\": \"Wagner Group\", \"aliases\": [\"PMC Wagner\"], \"version\": 0}")));
        submit(TestUsers.EDITOR, "/parties/new", "/parties/new", Map.of("name", "Wagner Group", "aliases", "PMC Wagner\r\n\r\n  Wagner \n",
                "country", "ru", "parentId", russia)).statusCode(303).header("Location", containsString("/parties/" + created));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/parties")).withRequestBody(WireMock.equalToJson(
                "{\"name\": \"Wagner Group\", \"aliases\": [\"PMC Wagner\", \"Wagner\"], \"country\": \"RU\", \"parentId\": \"" + russia + "\"}")));

        // the edit form carries the version as If-Match; the same service as the API saves it
        TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").get("/parties/" + russia + "/edit").then().statusCode(200)
                .body(containsString("Moscow\nthe Kremlin"), containsString("name=\"version\" value=\"2\""));
        stubs.sources().stubFor(put(urlPathEqualTo("/parties/" + russia)).willReturn(okJson(russiaJson.replace("\"version\": 2", "\"version\": 3"))
                .withHeader("ETag", "\"3\"")));
        submit(TestUsers.EDITOR, "/parties/" + russia + "/edit", "/parties/" + russia + "/edit", Map.of("name", "Russia",
                "aliases", "Moscow\nthe Kremlin\nRussian Federation", "country", "RU", "externalId", "Q159", "parentId", csto, "version", "2"))
                .statusCode(303).header("Location", containsString("/parties/" + russia));
        stubs.sources().verify(WireMock.putRequestedFor(urlPathEqualTo("/parties/" + russia)).withHeader("If-Match", WireMock.equalTo("\"2\""))
                .withRequestBody(WireMock.matchingJsonPath("$.aliases[2]", WireMock.equalTo("Russian Federation"))));

        // what the API refuses comes back beside the field, nothing sent
        int posts = stubs.sources().findAll(postRequestedFor(urlPathEqualTo("/parties"))).size();
        submit(TestUsers.EDITOR, "/parties/new", "/parties/new", Map.of("name", " ", "country", "Russia")).statusCode(400)
                .body(containsString("id=\"name\""), containsString("ISO 3166-1"));
        assertEquals(posts, stubs.sources().findAll(postRequestedFor(urlPathEqualTo("/parties"))).size());
        browser().get("/parties/new").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void aStaleEditShowsBothVersionsAndOffersAReload() {
        troopsClaim(stubs, null);
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(412, "Precondition Failed", "The claim has changed.", null))));

        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/edit", "/claims/" + CLAIM + "/edit",
                Map.of("text", "Russia has deployed 90,000 soldiers", "version", "2"))
                .statusCode(412)
                .body(containsString("Russia has deployed 90,000 soldiers"), containsString(html(TEXT)),
                        containsString("href=\"/claims/" + CLAIM + "/edit\""), containsString("version 3"));

        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", WireMock.equalTo("\"2\"")));
    }

    @Test
    void aQuoteNotInTheDocumentIsReportedBesideTheQuoteWithTheClosestPassage() {
        troopsClaim(stubs, null);
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(moscow())));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources")).willReturn(okJson(page(kiev(), moscow()))));
        stubs.sources().stubFor(get(urlPathEqualTo("/documents")).willReturn(okJson(page(article(false)))));
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quote-check")).willReturn(okJson("""
                {"found": false, "closest": {"start": 120, "end": 139, "text": "which Moscow denied", "score": 0.62}}""")));

        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/stances/new", "/claims/" + CLAIM + "/stances/new",
                Map.of("sourceId", MOSCOW, "stance", "DENIES", "quote", "Moscow flatly rejected it", "documentId", ARTICLE,
                        "statedAt", "2021-12-30T11:00"))
                .statusCode(422)
                .body(containsString("id=\"quote-error\""), containsString("does not occur in the document"),
                        containsString("which Moscow denied"), containsString("62%"),
                        containsString(">Moscow flatly rejected it</textarea>"));

        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/stances")));
    }

    @Test
    void aVerdictWithoutRatingIsRefusedAndOneWithRatingRedirects() {
        troopsClaim(stubs, null);
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/verdicts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"))));

        String form = "/claims/" + CLAIM + "/verdicts/new";
        submit(TestUsers.REVIEWER, form, form, Map.of("explanation", "Imagery.", "reviewer", "desk"))
                .statusCode(400).body(containsString("id=\"rating-error\""));
        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/verdicts")));

        TestUsers.as(TestUsers.REVIEWER).noFilters().accept("text/html").get(form).then().statusCode(200)
                .body(containsString("Signed by <strong>" + TestUsers.REVIEWER + "</strong>"));
        // signed by the signed-in user: a "reviewer" slipped into the form is not the reader's to choose
        submit(TestUsers.REVIEWER, form, form, Map.of("rating", "FALSE", "explanation", "Imagery.", "reviewer", "desk",
                "onBehalfOf", " the chief editor "))
                .statusCode(303).header("Location", endsWith("/claims/" + CLAIM));
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/verdicts"))
                .withHeader("X-Claimtrack-Actor", WireMock.equalTo(TestUsers.REVIEWER))
                .withRequestBody(WireMock.equalToJson("{\"rating\": \"FALSE\", \"explanation\": \"Imagery.\", \"reviewer\": \""
                        + TestUsers.REVIEWER + " on behalf of the chief editor\"}")));
    }

    @Test
    void sourceProfileShowsReliabilityMeaningMemberOfAndTrackRecord() {
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MOSCOW)).willReturn(okJson(
                source(MOSCOW, "Government of Russia", "GOVERNMENT", "Russia", "C", MINISTRY)).withHeader("ETag", "\"0\"")));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + MINISTRY)).willReturn(okJson(
                source(MINISTRY, "Russian Foreign Ministry", "GOVERNMENT", "Russia", "C", null))));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances/counts")).willReturn(okJson("""
                {"items": [{"sourceId": "%s", "byStance": {"DENIES": {"DISPUTED": 1}}}]}""".formatted(MOSCOW))));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances")).willReturn(okJson(page("""
                {"id": "%s", "claimId": "%s", "sourceId": "%s", "stance": "DENIES", "quote": "%s", "documentId": "%s",
                 "statedAt": "2021-12-30T11:00:00Z", "createdAt": "2026-11-28T10:01:00Z", "claimText": "%s", "claimStatus": "DISPUTED"}
                """.formatted(STANCE_MOSCOW, CLAIM, MOSCOW, DENIAL, ARTICLE, TEXT)))));

        browser().get("/sources/" + MOSCOW).then().statusCode(200)
                .body(allOf(containsString("Government of Russia"), containsString("Fairly reliable"),
                        containsString("Russian Foreign Ministry"), containsString("Denies</strong> 1 claim"),
                        containsString(html(TEXT)), containsString("“" + DENIAL + "”")));
    }

    /** The article quoted by Moscow, by Kiev on words overlapping Moscow's, and by the West on words not in it. */
    private void quotedArticle() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        stubs.claims().stubFor(get(urlPathEqualTo("/stances")).willReturn(okJson(page(
                quoting(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL), quoting(STANCE_KIEV, KIEV, "ASSERTS", "weeks, which Moscow"),
                quoting(STANCE_WEST, WEST, "ASSERTS", "not in the article")))));
    }

    private static String quoting(String stance, String source, String type, String quote) {
        return """
                {"id": "%s", "claimId": "%s", "sourceId": "%s", "stance": "%s", "quote": "%s", "selector": {"exact": "%s"},
                 "documentId": "%s", "statedAt": "2021-12-30T11:00:00Z", "createdAt": "2026-11-28T10:01:00Z",
                 "source": {"name": "Government of Russia", "kind": "GOVERNMENT", "affiliation": "Russia", "reliability": "C"},
                 "claimText": "%s", "claimStatus": "DISPUTED"}
                """.formatted(stance, CLAIM, source, type, quote, quote, ARTICLE, TEXT);
    }

    @Test
    void documentHighlightsTheLocatedPassagesEachWithItsOwnAnchor() {
        quotedArticle();
        String text = ACCUSATION + " in the past few weeks, " + DENIAL + ".";
        int denial = text.indexOf(DENIAL);
        int kiev = text.indexOf("weeks, which Moscow");
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate")).willReturn(okJson("""
                {"contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "items": [
                 {"key": "%s", "found": true, "start": %d, "end": %d}, {"key": "%s", "found": true, "start": %d, "end": %d},
                 {"key": "%s", "found": false}]}""".formatted(STANCE_MOSCOW, denial, denial + DENIAL.length(),
                STANCE_KIEV, kiev, kiev + "weeks, which Moscow".length(), STANCE_WEST))));

        browser().get("/documents/" + ARTICLE).then().statusCode(200)
                .body(allOf(containsString(ARTICLE_TITLE), containsString("Example News"),
                        containsString("<mark class=\"quote-mark\"><span class=\"passage-start\" id=\"stance-" + STANCE_KIEV
                                + "\"><a href=\"/claims/" + CLAIM + "#stance-" + STANCE_KIEV + "\""),
                        containsString(">weeks, </a></span></mark>"),
                        containsString("<mark class=\"quote-mark overlap\"><span class=\"passage-start\" id=\"stance-"
                                + STANCE_MOSCOW + "\"><a href=\"/claims/" + CLAIM + "#stance-" + STANCE_MOSCOW + "\""),
                        containsString(">which Moscow</a></span></mark><mark class=\"quote-mark\"><a href"),
                        containsString("> denied</a></mark>."),
                        containsString("2 quoted passages are highlighted"),
                        containsString("This quote was not found in the archived text.")));
        stubs.sources().verify(postRequestedFor(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate"))
                .withRequestBody(WireMock.equalToJson("""
                        {"quotes": [{"key": "%s", "exact": "%s"}, {"key": "%s", "exact": "weeks, which Moscow"},
                         {"key": "%s", "exact": "not in the article"}]}""".formatted(STANCE_MOSCOW, DENIAL, STANCE_KIEV,
                        STANCE_WEST), false, true)));
    }

    @Test
    void documentWhoseQuotesCannotBeLocatedIsDegradedNotAnError() {
        quotedArticle();
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        browser().get("/documents/" + ARTICLE).then().statusCode(200)
                .body(allOf(containsString(ARTICLE_TITLE), containsString("data-testid=\"degraded\""),
                        containsString("sources-service"), containsString("0 quoted passages are highlighted"),
                        containsString("could not be located just now"), not(containsString("<mark"))));
    }

    @Test
    void documentListsARetractedStanceStruckThroughAndAnAttributionAsAccordingTo() {
        stubs.sources().stubFor(get(urlPathEqualTo("/documents/" + ARTICLE)).willReturn(okJson(article(true))));
        stubs.sources().stubFor(get(urlPathEqualTo("/sources/" + OUTLET)).willReturn(okJson(outlet())));
        String retracted = quoting(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL).replace("\"claimStatus\": \"DISPUTED\"}",
                "\"claimStatus\": \"DISPUTED\", \"retraction\": {\"retractedAt\": \"2021-12-31T09:00:00Z\", "
                        + "\"reason\": \"Withdrawn the next morning.\"}}");
        String attribution = """
                {"id": "%s", "claimId": "%s", "sourceId": "%s", "stance": "ASSERTS", "kind": "ATTRIBUTION", "reportedBy": "PolitiFact",
                 "documentId": "%s", "statedAt": "2021-12-29T09:00:00Z", "createdAt": "2026-11-28T10:01:00Z",
                 "source": {"name": "Government of Ukraine", "kind": "GOVERNMENT", "affiliation": "Ukraine", "reliability": "C"},
                 "claimText": "%s", "claimStatus": "DISPUTED"}
                """.formatted(STANCE_KIEV, CLAIM, KIEV, ARTICLE, TEXT);
        stubs.claims().stubFor(get(urlPathEqualTo("/stances")).willReturn(okJson(page(retracted, attribution))));
        String text = ACCUSATION + " in the past few weeks, " + DENIAL + ".";
        int denial = text.indexOf(DENIAL);
        stubs.sources().stubFor(post(urlPathEqualTo("/documents/" + ARTICLE + "/quotes/locate")).willReturn(okJson("""
                {"contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "items": [
                 {"key": "%s", "found": true, "start": %d, "end": %d}]}""".formatted(STANCE_MOSCOW, denial,
                denial + DENIAL.length()))));

        browser().get("/documents/" + ARTICLE).then().statusCode(200)
                .body(allOf(containsString("data-retracted=\"true\""), containsString("<s>" + html(TEXT) + "</s>"),
                        containsString("<strong>Retracted</strong> on"), containsString("Withdrawn the next morning."),
                        containsString("According to <strong>PolitiFact</strong>, who cites this document"),
                        not(containsString("This quote was not found"))));
    }

    @Test
    void similarClaimsWarningAppearsForTextBeingTyped() {
        troopsClaim(stubs, null);

        browser().queryParam("text", "Russia deployed 100,000 soldiers").get("/claims/similar").then().statusCode(200)
                .body(containsString("Similar claims exist"), containsString("Russia has massed troops near Ukraine"));
        browser().queryParam("text", "short").get("/claims/similar").then().statusCode(200)
                .body(not(containsString("Similar claims exist")));
        // the search answers its best candidates however far they are: a 3% neighbour is no "may already exist"
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/similar")).willReturn(okJson("""
                {"items": [{"id": "%s", "text": "Russia and the OSCE will hold consultations", "status": "SINGLE_PARTY",
                            "score": 0.03}]}""".formatted(SIMILAR))));
        browser().queryParam("text", "The Covid-19 vaccine alters human DNA").get("/claims/similar").then()
                .statusCode(200).body(not(containsString("Similar claims exist")), not(containsString("OSCE")));
    }

    @Test
    void importPageRefusesAnUploadThatIsNotJsonAndUnknownJobsAreNotFound() {
        Response page = TestUsers.editor().noFilters().accept("text/html").get("/imports");
        page.then().statusCode(200).body(containsString("type=\"file\""), containsString("enctype=\"multipart/form-data\""));
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        org.junit.jupiter.api.Assertions.assertTrue(token.find());

        TestUsers.editor().noFilters().redirects().follow(false).accept("text/html")
                .cookie("csrf-token", page.cookie("csrf-token"))
                .multiPart("file", "bundle.json", "this is not json".getBytes(), "application/json")
                .multiPart("csrf-token", token.group(1))
                .post("/imports")
                .then().statusCode(400).body(containsString("Nothing was saved"), containsString("not valid JSON"));

        TestUsers.editor().noFilters().get("/imports/" + MISSING).then().statusCode(404).body(containsString("Import not found"));
    }
}
