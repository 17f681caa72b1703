package org.claimtrack.system.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.claimtrack.system.ClaimtrackSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From article to evidence in a real browser (issue 19): an editor asks for proposals from the seed article on its
 * document page, finds the troops claim proposed with Ukraine and the West asserting and Russia denying (and the
 * seeded claim offered as the similar one to add to), accepts two other proposals — one as proposed, one with its
 * text edited — rejects one, and sees the accepted claims' dossiers with the stances and quotes. axe-core on every page.
 */
class ExtractionReviewIT {

    static ClaimtrackSystem system;
    static Browser browser;
    static String gateway;

    @BeforeAll
    static void start() throws IOException {
        // a system of its own: the claims it accepts from the seed article would otherwise stand beside the seed's
        // own claims in the shared system, where WebUiIT reads the seed claims by their text
        system = ClaimtrackSystem.builder("extraction").start();
        gateway = system.gatewayUrl();
        JsonNode seeded = system.importBundle(Files.readString(WebUiIT.SEED_BUNDLE), Duration.ofMinutes(3));
        assertEquals(0, seeded.path("failed").asLong(), seeded.toString());
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void proposalsFromTheSeedArticleAreReviewedAndTwoAcceptedIntoDossiers() throws IOException {
        browser.open(gateway + "/login");
        browser.find("#j_username").sendKeys(ClaimtrackSystem.ADMIN);
        browser.find("#j_password").sendKeys(system.adminPassword());
        browser.find("#j_password").submit();
        browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.open(gateway + "/documents?q=Geneva");
        browser.driver.findElement(By.partialLinkText("Russia wants sure US guarantees")).click();
        browser.await(ExpectedConditions.urlMatches("/documents/[0-9a-f-]{36}$"));
        browser.find("form[action$='/extract'] button").click();
        browser.await(ExpectedConditions.urlMatches("/extractions/[0-9a-f-]{36}$"));
        assertEquals("Review proposed claims", browser.text("h1"));
        String reviewUrl = browser.driver.getCurrentUrl();
        browser.review("40-extraction-review");

        WebElement troops = proposal("100,000 soldiers");
        List<String> stances = troops.findElements(By.cssSelector("[data-testid=proposed-stance]")).stream()
                .map(WebElement::getText).toList();
        assertTrue(stances.stream().anyMatch(s -> s.contains("Government of Ukraine") && s.contains("(Ukraine)")), stances.toString());
        assertTrue(stances.stream().anyMatch(s -> s.contains("Western countries") && s.contains("(West)")), stances.toString());
        assertTrue(stances.stream().anyMatch(s -> s.contains("Government of Russia") && s.contains("which Moscow denied")),
                stances.toString());
        assertEquals(List.of("ASSERTS", "ASSERTS", "REPORTS", "DENIES"), troops.findElements(By.cssSelector("select"))
                .stream().map(s -> s.getAttribute("value")).toList());
        assertTrue(troops.getText().contains("the similar claim “Russia has deployed up to 100,000 soldiers on Ukraine's borders.”"),
                "the seeded claim is offered to add to: " + troops.getText());

        // 1. accepted as proposed, as a new claim
        WebElement ryabkov = proposal("does not expect to reach an agreement in one day");
        String ryabkovId = ryabkov.getAttribute("id");
        String ryabkovText = ryabkov.findElement(By.cssSelector("textarea")).getAttribute("value");
        ryabkov.findElement(By.cssSelector("input[name=target][value=new]")).click();
        ryabkov.findElement(By.cssSelector("button[value=accept]")).click();
        browser.await(ExpectedConditions.urlContains("#" + ryabkovId));
        assertTrue(browser.text("#" + ryabkovId + " [data-testid=decision]").startsWith("Accepted into"));

        // 2. the claim text edited before accepting
        WebElement kiev = proposal("rejected an offer to hold an extraordinary meeting");
        String kievId = kiev.getAttribute("id");
        WebElement text = kiev.findElement(By.cssSelector("textarea"));
        text.clear();
        text.sendKeys("Russia rejected Ukraine's offer of an extraordinary meeting of the Trilateral Contact Group on Donbas.");
        kiev.findElement(By.cssSelector("input[name=target][value=new]")).click();
        kiev.findElement(By.cssSelector("button[value=accept]")).click();
        browser.await(ExpectedConditions.urlContains("#" + kievId));

        // 3. not a checkable claim worth keeping: rejected, and nothing is written for it
        WebElement postponed = proposal("asked to postpone it to Thursday");
        String postponedId = postponed.getAttribute("id");
        postponed.findElement(By.cssSelector("button[value=reject]")).click();
        browser.await(ExpectedConditions.urlContains("#" + postponedId));
        assertTrue(browser.text("#" + postponedId + " [data-testid=decision]").startsWith("Rejected by admin"));
        browser.review("41-extraction-decided");

        browser.find("#" + ryabkovId + " [data-testid=decision] a").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        assertTrue(browser.text("h1").contains(ryabkovText.replaceAll("\\.$", "")), browser.text("h1"));
        String asserts = browser.text("[data-testid=evidence-asserts]");
        assertTrue(asserts.contains("Sergey Ryabkov") && asserts.contains("he does not expect to reach an agreement"),
                asserts);
        assertEquals("SINGLE_PARTY", browser.find("[data-testid=status-panel] [data-status]").getAttribute("data-status"));
        browser.review("42-accepted-dossier");

        browser.open(reviewUrl);
        browser.find("#" + kievId + " [data-testid=decision] a").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        assertTrue(browser.text("h1").startsWith("Russia rejected Ukraine's offer"), browser.text("h1"));
        String kievAsserts = browser.text("[data-testid=evidence-asserts]");
        assertTrue(kievAsserts.contains("Government of Ukraine")
                && kievAsserts.contains("the Russian side rejected an offer"), kievAsserts);
    }

    /** The proposal card whose claim text contains these words. */
    private static WebElement proposal(String words) {
        return browser.all("[data-testid=proposal]").stream()
                .filter(p -> p.findElements(By.cssSelector("textarea")).stream()
                        .anyMatch(t -> t.getAttribute("value").contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no open proposal with “" + words + "”"));
    }
}
