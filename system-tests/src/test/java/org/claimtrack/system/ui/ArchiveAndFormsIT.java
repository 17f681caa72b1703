package org.claimtrack.system.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.claimtrack.system.ClaimtrackSystem;
import org.claimtrack.system.Gateway;
import org.claimtrack.system.SharedSystem;
import org.claimtrack.testing.LocalWebsite;
import org.claimtrack.testing.LocalWebsite.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Archiving a page by URL and quoting it, and forms that respect the user, in a real browser against the three real
 * services: the page comes from a web server on loopback that the sources-service is allowed to fetch from (and no
 * other private address); axe-core and a desktop and phone screenshot on every page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveAndFormsIT {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final String PASSAGE = "Russia has deployed up to 100,000 soldiers on Ukraine's borders";
    static final String ARTICLE = """
            <!doctype html><html lang="en"><head><title>Kiev counts the troops %s</title>
            <script>document.title = "changed by a script";</script></head>
            <body><header><nav><a href="/">Front page</a> <a href="/world">World</a></nav></header>
            <main><h1>Kiev counts the troops</h1>
            <p>Kiev said on Thursday that %s, a figure Western governments repeated.</p>
            <p>Moscow denied any plan to invade.</p></main>
            <footer>Subscribe to our newsletter</footer></body></html>""";

    static ClaimtrackSystem system;
    static LocalWebsite website;
    static Browser browser;
    static String gateway;
    static String claimId;
    static String documentUrl;

    @BeforeAll
    static void start() throws IOException {
        system = SharedSystem.get();
        website = SharedSystem.website();
        gateway = system.gatewayUrl();
        JsonNode seeded = system.importBundle(Files.readString(WebUiIT.SEED_BUNDLE), Duration.ofMinutes(3));
        assertEquals(0, seeded.path("failed").asLong(), seeded.toString());
        claimId = new Gateway(system).claim("Archived pages can be quoted: about 100,000 soldiers, run " + RUN);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** axe and a screenshot at desktop width, then at phone width. */
    private static void reviewBothWidths(String name) throws IOException {
        browser.review(name);
        browser.resize(Browser.PHONE);
        try {
            browser.review(name + "-phone");
        } finally {
            browser.resize(Browser.LAPTOP);
        }
    }

    @Test
    @Order(1)
    void afterSigningInTheEditorLandsOnThePageAskedFor() throws IOException {
        browser.open(gateway + "/documents/archive");
        browser.await(ExpectedConditions.urlContains("/login?next="));
        assertTrue(browser.text("[data-testid=sign-in-next]").contains("continue to the page you asked for"));
        assertEquals("password", browser.find("#j_password").getAttribute("type"));
        reviewBothWidths("a01-sign-in-next");
        browser.find("#j_username").sendKeys(ClaimtrackSystem.ADMIN);
        browser.find("#j_password").sendKeys(system.adminPassword());
        browser.find("#j_password").submit();
        browser.await(ExpectedConditions.urlMatches("/documents/archive$"));
        assertEquals("Archive a web page", browser.text("h1"));
    }

    @Test
    @Order(2)
    void archiveAPageByUrlWithProgressThenQuoteIt() throws IOException {
        String path = "/world/kiev-counts-the-troops-" + RUN;
        // a second and a half to answer, so the form's progress can be seen
        website.serve(path, Page.html(ARTICLE.formatted(RUN, PASSAGE)).after(Duration.ofMillis(1500)));
        documentUrl = website.url(path);
        browser.open(gateway + "/documents/archive");
        reviewBothWidths("a02-archive-form");
        browser.find("#url").sendKeys(documentUrl);
        browser.find("#language").sendKeys("en");
        // the submit handlers run before the browser leaves the page (and the driver waits for the next one): what the
        // reader sees while the page is fetched is read in the same breath as the click
        String progress = (String) browser.js("arguments[0].click(); const status = document.querySelector('[data-busy-status]');"
                + " return (status.hidden ? 'hidden' : status.textContent.trim())"
                + " + (arguments[0].disabled ? ' [button waits]' : ' [button still active]');",
                browser.find("form[data-busy] button[type=submit]"));
        assertEquals("Fetching the page… this can take up to 15 seconds. [button waits]", progress.replaceAll("\\s+", " "));
        browser.await(ExpectedConditions.urlMatches("/documents/[0-9a-f-]{36}$"));

        assertEquals("Kiev counts the troops " + RUN, browser.text("[data-testid=document-title]"));
        String text = browser.text("[data-testid=document-text]");
        assertTrue(text.contains("Kiev said on Thursday that " + PASSAGE), text);
        assertTrue(text.contains("Moscow denied any plan to invade."), text);
        assertFalse(text.contains("Front page") || text.contains("newsletter") || text.contains("changed by a script"),
                "menus, footers and scripts are not archived: " + text);
        assertEquals(1, website.hits(path), "fetched once");
        String documentPage = browser.driver.getCurrentUrl();
        reviewBothWidths("a03-archived-document");

        // the version records where and when the text came from
        browser.open(documentPage + "/versions/1");
        String fetched = browser.text("[data-testid=version-fetch]");
        assertTrue(fetched.contains(documentUrl) && fetched.contains("HTTP 200") && fetched.contains("text/html"), fetched);
        browser.review("a04-archived-version");

        // select the passage in the archived text, then "Quote it"
        browser.open(documentPage);
        browser.js("const box = document.querySelector('[data-testid=document-text]');"
                + "const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT); let node;"
                + "while ((node = walker.nextNode())) { const at = node.data.indexOf(arguments[0]);"
                + " if (at >= 0) { const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + arguments[0].length);"
                + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); break; } }", PASSAGE);
        browser.find("form[data-quote-selection] button[type=submit]").click();
        browser.await(ExpectedConditions.urlContains("/quote?quote="));
        assertEquals(PASSAGE, browser.text("[data-testid=selected-words]"));
        browser.find("#q").sendKeys(RUN);
        browser.find("#q").submit();
        WebElement target = browser.await(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=quote-targets] a")));
        reviewBothWidths("a05-quote-choose-claim");
        target.click();
        browser.await(ExpectedConditions.urlContains("/claims/" + claimId + "/stances/new"));
        assertEquals(PASSAGE, browser.find("#quote").getAttribute("value"));
        assertTrue(new Select(browser.find("#documentId")).getFirstSelectedOption().getText().contains("Kiev counts the troops " + RUN));

        browser.find("#sourceSearch").sendKeys("Government of Ukraine");
        browser.await(d -> browser.all("#sourceId option[value]").stream().filter(o -> !o.getAttribute("value").isEmpty())
                .allMatch(o -> o.getText().startsWith("Government of Ukraine")));
        Select source = new Select(browser.find("#sourceId"));
        source.getOptions().stream().filter(o -> o.getText().startsWith("Government of Ukraine")).findFirst().orElseThrow().click();
        browser.find("input[name=stance][value=ASSERTS]").click();
        browser.setValue("#statedAt", "2021-12-30T10:00:00");
        browser.find("form.stack button[type=submit]").click();
        browser.await(ExpectedConditions.urlContains("/claims/" + claimId + "#stance-"));
        String asserts = browser.text("[data-testid=evidence-asserts]");
        assertTrue(asserts.contains("“" + PASSAGE + "”"), asserts);

        browser.open(documentPage);
        List<WebElement> marks = browser.all("[data-testid=document-text] mark");
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals(PASSAGE)), "the quoted passage is highlighted");
        browser.review("a06-archived-document-quoted");
    }

    @Test
    @Order(3)
    void aPrivateAddressIsRefusedBesideTheFieldWithTheFormKept() throws IOException {
        browser.open(gateway + "/documents/archive");
        // refused before any connection is made: nothing is sent to that address
        browser.find("#url").sendKeys("http://10.20.30.40/intranet/memo");
        browser.find("#title").sendKeys("Intranet memo " + RUN);
        browser.find("form[data-busy] button[type=submit]").click();
        WebElement error = browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("url-error")));
        assertTrue(error.getText().contains("10.20.30.40 is a private address") && error.getText().contains("only public addresses"),
                error.getText());
        assertEquals("true", browser.find("#url").getAttribute("aria-invalid"));
        assertEquals("http://10.20.30.40/intranet/memo", browser.find("#url").getAttribute("value"));
        assertEquals("Intranet memo " + RUN, browser.find("#title").getAttribute("value"));
        assertTrue(browser.text("#form-errors").contains("Nothing was saved."));
        reviewBothWidths("a07-archive-refused");
    }

    @Test
    @Order(4)
    void aDocumentOverTheLimitComesBackWithTheTextKept() throws IOException {
        browser.open(gateway + "/documents/new");
        browser.find("#title").sendKeys("A very long report " + RUN);
        browser.find("#url").sendKeys("https://news.example.org/long-report-" + RUN);
        // 2.5 MB typed in: set at once (typing it would take hours), as a paste would
        browser.js("arguments[0].value = new Array(80000).fill(arguments[1]).join(' ');"
                + " arguments[0].dispatchEvent(new Event('input'));", browser.find("#archivedText"), "Troops gathered near the border.");
        long typed = ((Number) browser.js("return arguments[0].value.length;", browser.find("#archivedText"))).longValue();
        assertEquals(2_639_999L, typed);
        assertTrue(browser.text("#archivedText-count").contains("too many"), browser.text("#archivedText-count"));
        browser.find("form.stack button[type=submit]").click();
        WebElement error = browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("archivedText-error")));
        assertEquals("Too long: 2,639,999 characters; at most 1,048,576.", error.getText());
        long kept = ((Number) browser.js("return arguments[0].value.length;", browser.find("#archivedText"))).longValue();
        assertEquals(typed, kept, "the text comes back as typed");
        assertEquals("A very long report " + RUN, browser.find("#title").getAttribute("value"));
        assertTrue(browser.text("#form-errors").contains("Nothing was saved."));
        browser.review("a08-document-too-long");
    }

    @Test
    @Order(5)
    void countersSayWhenAPasteWasCut() {
        browser.open(gateway + "/documents/new");
        WebElement title = browser.find("#title");
        assertEquals("0 of 500 characters", browser.text("#title-count"));
        // what a browser does with a paste longer than maxlength: the field keeps the first 500 characters
        browser.js("const field = arguments[0]; const data = new DataTransfer(); data.setData('text', 'x'.repeat(612));"
                + "field.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true}));"
                + "field.value = 'x'.repeat(500);"
                + "field.dispatchEvent(new InputEvent('input', {inputType: 'insertFromPaste', bubbles: true}));", title);
        browser.await(d -> browser.text("#title-count").contains("cut"));
        assertEquals("Your paste was cut: 112 characters did not fit (at most 500).", browser.text("#title-count"));
        title.sendKeys("\b");
        assertEquals("499 of 500 characters", browser.text("#title-count"));
    }

    @Test
    @Order(6)
    void aNewSourceGetsItsCountryInCapitalsAndSaysItHasNoStanceYet() throws IOException {
        browser.open(gateway + "/sources/new");
        browser.find("#name").sendKeys("Mayor of Kharkiv " + RUN);
        new Select(browser.find("#kind")).selectByValue("PERSON");
        browser.find("#country").sendKeys("ua");
        assertEquals("UA", browser.find("#country").getAttribute("value"));
        reviewBothWidths("a09-source-form");
        browser.find("form.stack button[type=submit]").click();
        browser.await(ExpectedConditions.urlMatches("/sources/[0-9a-f-]{36}$"));
        assertEquals("Mayor of Kharkiv " + RUN, browser.text("[data-testid=source-name]"));
        assertTrue(browser.text("main").contains("UA"));
        assertEquals("No stance on record yet.", browser.text("[data-testid=no-stance-yet]"));
        assertFalse(browser.text("main").contains("unreachable"));
        reviewBothWidths("a10-new-source");
    }
}
