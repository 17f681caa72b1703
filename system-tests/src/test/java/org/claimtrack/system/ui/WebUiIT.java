package org.claimtrack.system.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.claimtrack.system.ClaimtrackSystem;
import org.claimtrack.system.Gateway;
import org.claimtrack.system.SharedSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in a real browser against the three real services with the seed bundle loaded: what a fact-checker
 * does with the founding claim, the checks that protect the record, and axe-core plus a screenshot on every page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    static final Path SEED_BUNDLE = Path.of(System.getProperty("claimtrack.root", "..")).resolve("seeds/geneva-2021-12-30.json");
    /** A distinct suffix per run: the shared system keeps what earlier tests wrote. */
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static ClaimtrackSystem system;
    static Browser browser;
    static String gateway;
    static String troopsUrl;

    @BeforeAll
    static void start() throws IOException {
        system = SharedSystem.get();
        gateway = system.gatewayUrl();
        JsonNode seeded = system.importBundle(Files.readString(SEED_BUNDLE), Duration.ofMinutes(3));
        assertEquals(0, seeded.path("failed").asLong(), seeded.toString());
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void searchForTheTroopsClaimAndOpenItsDossier() throws IOException {
        browser.open(gateway + "/");
        browser.review("01-claims");
        WebElement search = browser.find("#q");
        search.sendKeys("100,000");
        search.submit();
        browser.await(ExpectedConditions.urlContains("q=100%2C000"));
        // the seed's claim itself: other tests on the shared system write claims that mention 100,000 soldiers too
        WebElement row = browser.driver.findElements(By.partialLinkText("100,000 soldiers")).stream()
                .filter(link -> link.getText().strip().equals("Russia has deployed up to 100,000 soldiers on Ukraine's borders."))
                .findFirst().orElseThrow(() -> new AssertionError("the seed's troops claim is not in the search results"));
        browser.screenshot("02-claims-search");
        row.click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        troopsUrl = browser.driver.getCurrentUrl();
        assertTrue(browser.text("h1").contains("100,000 soldiers"));
        browser.review("03-dossier");
    }

    @Test
    @Order(2)
    void theDossierShowsTheDisputeWithBothSidesAndTheirQuotes() throws IOException {
        browser.open(troopsUrl);
        assertEquals("DISPUTED", browser.find("[data-testid=status-panel] [data-status]").getAttribute("data-status"));
        assertEquals("DISPUTED", browser.find("[data-testid=status-panel] .badge").getText());
        String asserts = browser.text("[data-testid=evidence-asserts]");
        assertTrue(asserts.contains("Government of Ukraine") && asserts.contains("Western countries"), asserts);
        assertTrue(asserts.contains("Kiev and Western countries have accused Russia"), asserts);
        String denies = browser.text("[data-testid=evidence-denies]");
        assertTrue(denies.contains("Government of Russia") && denies.contains("which Moscow denied"), denies);
        assertTrue(browser.text("[data-testid=status-panel]").contains("Russia"));

        browser.resize(Browser.PHONE);
        try {
            browser.review("04-dossier-phone");
        } finally {
            browser.resize(Browser.LAPTOP);
        }
    }

    @Test
    @Order(3)
    void asOfBeforeTheDenialShowsTheStatusAsItStoodThen() throws IOException {
        browser.open(troopsUrl);
        // Kiev and the Western countries spoke at 06:00 UTC, Moscow denied at 12:00 UTC (seed bundle).
        browser.setValue("#asOf", "2021-12-30T09:00:00");
        browser.find("form.asof button[type=submit]").click();
        browser.await(d -> !"DISPUTED".equals(browser.find("#status-panel [data-status]").getAttribute("data-status")));
        String before = browser.find("#status-panel [data-status]").getAttribute("data-status");
        // docs/STATUS-RULES.md, "The seed's troops claim": as of 09:00 Ukraine (C) and West (C) assert, nobody denies
        assertEquals("CORROBORATED", before);
        assertTrue(browser.text("#status-panel").contains("2 – Probably true"), browser.text("#status-panel"));
        assertTrue(browser.text("#status-panel").contains("as of"), browser.text("#status-panel"));
        assertTrue(browser.driver.getCurrentUrl().contains("asOf="), "the as-of moment stays in the URL");
        // the whole page as of then: Moscow's denial (12:00) is not shown yet, and the page says what is left out
        assertTrue(browser.text("[data-testid=evidence-denies]").contains("Nobody denies it."), browser.text("[data-testid=evidence-denies]"));
        assertTrue(browser.text("[data-testid=after-as-of]").contains("made after this moment"), browser.text("[data-testid=after-as-of]"));
        browser.screenshot("05-dossier-as-of");

        browser.driver.navigate().refresh();
        assertEquals(before, browser.find("#status-panel [data-status]").getAttribute("data-status"));
        browser.setValue("#asOf", "2021-12-30T13:00:00");
        browser.find("form.asof button[type=submit]").click();
        browser.await(d -> "DISPUTED".equals(browser.find("#status-panel [data-status]").getAttribute("data-status")));
    }

    @Test
    @Order(4)
    void theSourceAndTheArticleHaveTheirOwnPages() throws IOException {
        browser.open(troopsUrl);
        browser.find("[data-testid=evidence-denies] a[href^='/sources/']").click();
        browser.await(ExpectedConditions.urlContains("/sources/"));
        assertEquals("Government of Russia", browser.text("[data-testid=source-name]"));
        browser.review("06-source");

        browser.open(troopsUrl);
        browser.find("[data-testid=evidence-denies] a[href^='/documents/']").click();
        browser.await(ExpectedConditions.urlContains("/documents/"));
        List<WebElement> marks = browser.all("[data-testid=document-text] mark");
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("which Moscow denied")), "the denial is highlighted");
        browser.review("07-document");

        browser.open(gateway + "/sources");
        browser.review("08-sources");
        browser.open(gateway + "/documents");
        browser.review("09-documents");
    }

    @Test
    @Order(5)
    void quotesInGuillemetsAndOverlappingQuotesAreHighlightedEachWithItsAnchor() throws IOException {
        Gateway api = new Gateway(system);
        String passage = "\u00ABNo troops will cross the border of Ukraine.\u00BB";
        String document = api.create("/api/documents", Map.of("url", "https://news.example.org/ui-" + RUN,
                "title", "Guillemets " + RUN, "archivedText", "The ministry said: " + passage
                        + " Kiev said troops will cross the border within weeks."));
        String claim = api.claim("Russian troops will cross the border of Ukraine, UI journey " + RUN);
        String moscow = api.source("Ministry " + RUN, "GOVERNMENT", "Russia", "C");
        String kiev = api.source("Kiev desk " + RUN, "GOVERNMENT", "Ukraine", "C");
        // quote and selector typed with straight quotes, archived in guillemets: the quote check accepts them, so the
        // document page must find them too
        String typed = "\"No troops will cross the border of Ukraine.\"";
        String denial = api.create("/api/claims/" + claim + "/stances", Map.of("sourceId", moscow, "stance", "DENIES",
                "quote", typed, "selector", Map.of("exact", typed), "documentId", document,
                "statedAt", "2021-12-30T12:00:00Z"));
        // its first occurrence lies inside the denial's passage
        String overlapping = api.create("/api/claims/" + claim + "/stances", Map.of("sourceId", kiev, "stance", "REPORTS",
                "quote", "troops will cross the border", "documentId", document, "statedAt", "2021-12-30T13:00:00Z"));

        browser.open(gateway + "/documents/" + document);
        String marked = String.join("", browser.all("[data-testid=document-text] mark").stream().map(WebElement::getText).toList());
        assertEquals(passage, marked, "the whole guillemet passage is highlighted, and nothing else");
        assertTrue(browser.all("main .field-error").isEmpty(), "every quote is located");
        browser.review("21-document-overlapping-quotes");

        assertLinkLandsOnItsPassage(claim, document, denial, passage);
        assertLinkLandsOnItsPassage(claim, document, overlapping, "troops will cross the border");
    }

    @Test
    @Order(5)
    void anEditedDocumentKeepsItsOldVersionReadableAndFlagsTheStanceOnIt() throws IOException {
        Gateway api = new Gateway(system);
        String url = "https://news.example.org/archive-ui-" + RUN;
        String first = "The ministry said the troops were on exercise and would return to base.";
        String document = api.create("/api/documents", Map.of("url", url, "title", "Archive " + RUN, "archivedText", first));
        String claim = api.claim("The troops at the border were on an exercise, archive UI journey " + RUN);
        String ministry = api.source("Archive ministry " + RUN, "GOVERNMENT", "Russia", "C");
        api.create("/api/claims/" + claim + "/stances", Map.of("sourceId", ministry, "stance", "ASSERTS",
                "quote", "the troops were on exercise", "documentId", document, "statedAt", "2021-12-30T12:00:00Z"));
        api.given().contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("url", url, "title", "Archive " + RUN, "archivedText", "The ministry said nothing.",
                        "reason", "replaced by the publisher"))
                .put("/api/documents/" + document).then().statusCode(200);

        browser.open(gateway + "/claims/" + claim);
        assertTrue(browser.text("[data-testid=superseded-summary]").contains("1 stance stands on superseded text"));
        assertTrue(browser.text("[data-testid=superseded]").contains("quoted from version 1"));
        browser.find("[data-testid=superseded] a[href='/documents/" + document + "/versions/1']").click();
        browser.await(ExpectedConditions.urlContains("/versions/1"));
        assertEquals(first, browser.text("[data-testid=version-text]"));
        assertTrue(browser.text("main").contains("version 1 of 2 · superseded"));
        browser.assertAccessible("document-version");
        browser.review("22-document-old-version");
    }

    /** The dossier's link to the stance's document opens it on an element that starts the stance's passage. */
    private static void assertLinkLandsOnItsPassage(String claim, String document, String stance, String passage) {
        browser.open(gateway + "/claims/" + claim);
        browser.find("a[href='/documents/" + document + "#stance-" + stance + "']").click();
        browser.await(ExpectedConditions.urlContains("#stance-" + stance));
        WebElement target = (WebElement) browser.js("return document.querySelector(':target');");
        assertEquals("stance-" + stance, target.getAttribute("id"));
        String start = target.getText();
        assertTrue(!start.isEmpty() && passage.startsWith(start), "'" + start + "' starts '" + passage + "'");
        assertTrue((Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", target), "scrolled into view");
    }

    @Test
    @Order(6)
    void signingInOpensTheEditingForms() throws IOException {
        browser.open(gateway + "/claims/new");
        browser.await(ExpectedConditions.urlContains("/login"));
        browser.review("10-login");
        browser.find("#j_username").sendKeys(ClaimtrackSystem.ADMIN);
        browser.find("#j_password").sendKeys(system.adminPassword());
        browser.find("#j_password").submit();
        browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.open(gateway + "/claims/new");
        assertEquals("New claim", browser.text("h1"));
    }

    @Test
    @Order(7)
    void aQuoteThatIsNotInTheDocumentIsRefusedBesideTheField() throws IOException {
        browser.open(troopsUrl + "/stances/new");
        browser.find("#sourceSearch").sendKeys("Government of Russia");
        // The picker has answered the search when every source it offers matches it.
        browser.await(d -> browser.all("#sourceId option[value]").stream().filter(o -> !o.getAttribute("value").isEmpty())
                .allMatch(o -> o.getText().startsWith("Government of Russia")));
        Select source = new Select(browser.find("#sourceId"));
        source.getOptions().stream().filter(o -> o.getText().startsWith("Government of Russia")).findFirst().orElseThrow().click();
        browser.find("input[name=stance][value=DENIES]").click();
        browser.find("#quote").sendKeys("Moscow said the soldiers were never there");
        Select document = new Select(browser.find("#documentId"));
        document.getOptions().stream().filter(o -> o.getText().contains("Geneva talks")).findFirst().orElseThrow().click();
        browser.setValue("#statedAt", "2021-12-30T12:00:00");
        assertEquals("Government of Russia", source.getFirstSelectedOption().getText().split(" · ")[0]);
        browser.find("form.stack button[type=submit]").click();

        WebElement error = browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("quote-error")));
        assertTrue(error.getText().contains("does not occur"), error.getText());
        assertEquals("true", browser.find("#quote").getAttribute("aria-invalid"));
        assertEquals("Moscow said the soldiers were never there", browser.find("#quote").getAttribute("value"));
        browser.review("11-stance-form-error");

        browser.open(troopsUrl);
        assertEquals(1, browser.all("[data-testid=evidence-denies] [data-testid=stance]").size(), "nothing was added");
    }

    @Test
    @Order(8)
    void aNewClaimWarnsAboutSimilarOnesWhileTyping() throws IOException {
        browser.open(gateway + "/claims/new");
        browser.find("#text").sendKeys("Russia has deployed 100,000 soldiers near the borders of Ukraine");
        WebElement warning = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=similar-warning]")));
        assertTrue(warning.getText().contains("100,000 soldiers"), warning.getText());
        browser.review("12-claim-form-similar");
    }

    @Test
    @Order(9)
    void aVerdictChangesTheStatusAndJoinsTheHistory() throws IOException {
        browser.open(gateway + "/claims/new");
        String text = "The UI journey " + RUN + " checks that a verdict sets the status of a claim";
        browser.find("#text").sendKeys(text);
        browser.find("#topic").sendKeys("ui-journey");
        browser.find("form.stack button[type=submit]").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        assertEquals(text, browser.text("h1"));
        assertEquals("UNSOURCED", browser.find("[data-testid=status-panel] [data-status]").getAttribute("data-status"));
        assertTrue(browser.all("[data-testid=verdicts] li").isEmpty());

        browser.driver.findElement(By.linkText("Add verdict")).click();
        browser.await(ExpectedConditions.urlContains("/verdicts/new"));
        browser.find("input[name=rating][value=FALSE]").click();
        browser.find("#explanation").sendKeys("No record supports it.");
        assertTrue(browser.text("[data-testid=signed-by]").contains(ClaimtrackSystem.ADMIN), "signed by the signed-in user");
        browser.find("#onBehalfOf").sendKeys("UI journey desk");
        browser.review("13-verdict-form");
        browser.find("form.stack button[type=submit]").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));

        assertEquals("FALSE", browser.find("[data-testid=status-panel] [data-status]").getAttribute("data-status"));
        List<WebElement> history = browser.all("[data-testid=verdicts] li");
        assertEquals(1, history.size());
        assertTrue(history.get(0).getText().contains("False")
                && history.get(0).getText().contains(ClaimtrackSystem.ADMIN + " on behalf of UI journey desk"), history.get(0).getText());
        assertFalse(browser.all("script[type='application/ld+json']").isEmpty(), "a reviewed claim carries ClaimReview");
        browser.review("14-dossier-with-verdict");
    }

    @Test
    @Order(10)
    void aClaimWrittenAsMarkupIsShownAsText() throws IOException {
        String text = "<script>alert(1)</script> UI journey " + RUN + " probe <b>bold</b>";
        browser.open(gateway + "/claims/new");
        browser.find("#text").sendKeys(text);
        browser.find("form.stack button[type=submit]").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        assertEquals(text, browser.text("h1"));
        assertTrue(browser.all("h1 b").isEmpty() && browser.all("main script").isEmpty());
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());

        browser.open(gateway + "/?q=" + RUN + "+probe");
        assertTrue(browser.text("[data-testid=claims-table]").contains(text));
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        browser.screenshot("15-xss-as-text");
    }

    @Test
    @Order(11)
    void theOtherFormsAreAccessible() throws IOException {
        browser.open(gateway + "/sources/new");
        browser.review("16-source-form");
        browser.open(gateway + "/documents/new");
        browser.review("17-document-form");
        browser.open(troopsUrl + "/edit");
        browser.review("18-claim-edit");
        browser.open(gateway + "/parties/new");
        browser.review("18d-party-form");
        browser.open(gateway + "/parties");
        browser.find("table a[href^='/parties/']").click();
        browser.await(ExpectedConditions.urlMatches("/parties/[0-9a-f-]{36}$"));
        browser.review("18e-party");
        browser.open(gateway + "/admin/webhooks");
        browser.review("18f-webhooks");
    }

    @Test
    @Order(11)
    void anApiTokenIsMadeShownOnceAndRevokedFromTheUsersOwnPage() throws IOException {
        browser.open(gateway + "/account/tokens");
        browser.review("18b-tokens");
        browser.find("#token-name").sendKeys("WebUiIT script");
        browser.find("#token-name").submit();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=new-token]")));
        String token = browser.find("[data-testid=new-token]").getAttribute("value");
        assertTrue(token.startsWith("ct_") && token.length() > 40, token);
        browser.review("18c-token-made");
        given().header("Authorization", "Bearer " + token).get(gateway + "/api/tokens").then().statusCode(200);
        browser.find("button[aria-label='Revoke WebUiIT script']").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=tokens-message]")));
        assertEquals("Revoked WebUiIT script.", browser.text("[data-testid=tokens-message]"));
        given().header("Authorization", "Bearer " + token).get(gateway + "/api/tokens").then().statusCode(401);
    }

    @Test
    @Order(12)
    void anUploadShowsItsProgressAndReport() throws IOException {
        browser.open(gateway + "/imports");
        browser.review("19-import");
        browser.find("#file").sendKeys(SEED_BUNDLE.toAbsolutePath().normalize().toString());
        browser.find("form.stack button[type=submit]").click();
        browser.await(ExpectedConditions.urlMatches("/imports/[0-9a-f-]{36}$"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-heading"), "Succeeded"));
        String counts = browser.text("[data-testid=import-counts]");
        assertTrue(counts.matches("(?s).*Created\\s+0\\b.*"), "the seeds were there already, so nothing is new: " + counts);
        assertEquals("100", browser.find("#import-bar").getAttribute("value"));
        browser.review("20-import-report");
    }

    @Test
    @Order(13)
    void anImportedParaphraseIsShownAccordingToItsReviewerWithoutQuotationMarks() throws IOException {
        String claim = "The UI journey " + RUN + " paraphrase: the border wall was finished last year";
        JsonNode job = system.importBundle("""
                {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
                  {"@type": "ClaimReview", "claimReviewed": "%s", "datePublished": "2022-01-05",
                   "url": "https://ui-checkers.example/%s",
                   "author": {"@type": "Organization", "name": "UI Checkers %s"},
                   "itemReviewed": {"@type": "Claim", "datePublished": "2021-12-20",
                                    "author": {"@type": "Person", "name": "UI Senator %s"}},
                   "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"}}]}
                """.formatted(claim, RUN, RUN, RUN), Duration.ofMinutes(2));
        assertEquals(0, job.path("failed").asLong(), job.toString());

        browser.open(gateway + "/?q=" + java.net.URLEncoder.encode("paraphrase " + RUN, java.nio.charset.StandardCharsets.UTF_8));
        browser.driver.findElement(By.partialLinkText(RUN + " paraphrase")).click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        String asserts = browser.text("[data-testid=evidence-asserts]");
        assertTrue(asserts.contains("UI Senator " + RUN), asserts);
        assertEquals("According to UI Checkers " + RUN + " (no verbatim words on record)",
                browser.text("[data-testid=evidence-asserts] [data-testid=attribution]"));
        assertTrue(browser.all("[data-testid=evidence-asserts] blockquote").isEmpty(), "an attribution is never a quote block");
        assertFalse(asserts.contains("“") || asserts.contains("”"), "no quotation marks around someone else's paraphrase: " + asserts);
        String verdicts = browser.text("[data-testid=verdicts]");
        assertTrue(verdicts.contains("UI Checkers " + RUN) && verdicts.contains("published"), verdicts);
        browser.review("21-attribution");
    }

    @Test
    @Order(14)
    void mergingTwoPartiesThroughTheUiMakesACorroboratedClaimSingleParty() throws IOException {
        // letters only: the suffix must neither make the two names look alike nor differ from each other by digits
        String run = new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String east = "Ostmark " + run;
        String west = "Westmark Federation " + run;
        Gateway api = new Gateway(system);
        String eastSource = api.source("Government of " + east, "GOVERNMENT", east, "C");
        String westSource = api.source("Press office of " + west, "GOVERNMENT", west, "C");
        String claimId = api.claim("The UI journey " + run + ": the river ferry at Brandt stopped running in December.");
        api.stance(claimId, eastSource, "ASSERTS", "The ferry no longer runs.", "2021-12-30T10:00:00Z");
        api.stance(claimId, westSource, "ASSERTS", "Our ferry stopped in December.", "2021-12-30T11:00:00Z");

        String dossier = gateway + "/claims/" + claimId;
        browser.open(dossier);
        assertEquals("CORROBORATED", browser.find("[data-testid=status-panel] [data-status]").getAttribute("data-status"));
        // on request, the page says which party each source counts for and how that was decided
        browser.find("[data-testid=show-party-chains]").click();
        browser.await(ExpectedConditions.urlContains("explain=partyChains"));
        List<WebElement> chains = browser.all("[data-testid=party-chain]");
        assertEquals(2, chains.size());
        String both = chains.get(0).getText() + " / " + chains.get(1).getText();
        assertTrue(both.contains("counted for " + east) && both.contains("counted for " + west), both);
        browser.review("22-party-chains");

        // a signed-in editor merges the Westmark party into Ostmark on the parties page
        browser.open(gateway + "/parties?q=" + run);
        assertEquals(2, browser.all("tbody tr").size(), browser.text("tbody"));
        new Select(browser.find("#from")).selectByVisibleText(west);
        new Select(browser.find("#into")).selectByVisibleText(east);
        browser.review("23-party-merge-form");
        browser.find("form[action='/parties/merge'] button[type=submit]").click();
        WebElement notice = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice[role=status]")));
        assertTrue(notice.getText().startsWith("Merged into " + east), notice.getText());

        // the claim now rests on one party, and the page and its history say why
        browser.open(dossier);
        assertEquals("SINGLE_PARTY", browser.find("[data-testid=status-panel] [data-status]").getAttribute("data-status"));
        String explanation = browser.text("[data-testid=explanation]");
        assertTrue(explanation.startsWith("Asserted by 1 party: " + east + " ("), explanation);
        browser.find("[data-testid=show-party-chains]").click();
        browser.await(ExpectedConditions.urlContains("explain=partyChains"));
        String westChain = browser.all("[data-testid=party-chain]").stream().map(WebElement::getText)
                .filter(t -> t.startsWith("Press office of " + west)).findFirst().orElseThrow();
        assertTrue(westChain.contains("counted for " + east) && westChain.contains("speaks for the party " + east), westChain);
        browser.find("[data-testid=history-link]").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}/history$"));
        String history = browser.text("[data-testid=history]");
        assertTrue(history.contains("because party \"" + west + "\" merged into \"" + east + "\""), history);
        assertTrue(history.contains("Status Corroborated → Single party"), history);
        assertTrue(history.indexOf("Status Corroborated → Single party") < history.indexOf("Stance added"), "newest first: " + history);
        browser.review("24-claim-history");
    }

    @Test
    @Order(15)
    void theSwitchShowsTheUiInSpanishWithSpanishDates() throws IOException {
        browser.open(troopsUrl);
        // Chromium asks for en-US: the UI answers in English until the reader switches
        assertEquals("en", browser.find("html").getAttribute("lang"));
        // the switch is a plain link, reached and followed with the keyboard
        WebElement spanish = browser.find("[data-testid=lang-switch] a[data-lang=es]");
        assertEquals("Español", spanish.getText());
        spanish.sendKeys(Keys.ENTER);
        browser.await(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
        assertEquals(troopsUrl, browser.driver.getCurrentUrl(), "the switch keeps the reader on the same page");
        String nav = browser.text("nav.site-nav");
        assertTrue(nav.contains("Afirmaciones") && nav.contains("Fuentes") && nav.contains("Documentos"), nav);
        assertEquals("true", browser.find("[data-testid=lang-switch] a[data-lang=es]").getAttribute("aria-current"));
        assertEquals("Estado de verificación", browser.text("#status-heading"));
        assertEquals("DISPUTED", browser.find("[data-testid=status-panel] [data-status]").getAttribute("data-status"));
        assertEquals("DISPUTADA", browser.find("[data-testid=status-panel] .badge").getText());
        // Kiev spoke on 30 December 2021 at 06:00 UTC (seed bundle): the month the Spanish way
        String asserts = browser.text("[data-testid=evidence-asserts]");
        assertTrue(asserts.contains("30 dic 2021, 06:00 UTC"), asserts);
        assertTrue(browser.text("[data-testid=evidence-denies]").contains("30 dic 2021"), browser.text("[data-testid=evidence-denies]"));
        browser.review("25-dossier-spanish");
        browser.resize(Browser.PHONE);
        try {
            browser.review("26-dossier-spanish-phone");
        } finally {
            browser.resize(Browser.LAPTOP);
        }

        // the choice is remembered from page to page, and switching back restores English
        browser.open(gateway + "/");
        assertEquals("es", browser.find("html").getAttribute("lang"));
        assertTrue(browser.text("h1").contains("Afirmaciones"), browser.text("h1"));
        browser.find("[data-testid=lang-switch] a[data-lang=en]").click();
        browser.await(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(browser.text("h1").contains("Claims"), browser.text("h1"));
    }
}
