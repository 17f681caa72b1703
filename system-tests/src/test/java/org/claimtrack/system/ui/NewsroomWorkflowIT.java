package org.claimtrack.system.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A desk's day in the browser against the three real services: an editor assigns a claim to a colleague and moves it
 * along, notes are added and edited, the reviewer finds it under "assigned to me", publishes it and retracts a stance,
 * and the claim page's timeline tells all of it. axe-core and a screenshot (desktop and 390 px) on every page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsroomWorkflowIT {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final String EDITOR = "desk-editor-" + RUN;
    static final String REVIEWER = "desk-reviewer-" + RUN;
    static final String PASSWORD = "a passphrase for the desk " + RUN;
    static final String NOTE = "Call the port authority about the night shift";
    static final String NOTE_EDITED = "Called: the authority confirms two shifts";

    static ClaimtrackSystem system;
    static Gateway api;
    static Browser browser;
    static String gateway;
    static String claim;
    static String claimUrl;
    static String portStance;
    static String unionStance;

    @BeforeAll
    static void start() throws IOException {
        system = SharedSystem.get();
        gateway = system.gatewayUrl();
        api = new Gateway(system);
        api.given().contentType("application/json").body(Map.of("username", EDITOR, "password", PASSWORD, "roles", List.of("editor")))
                .post("/api/users").then().statusCode(201);
        api.given().contentType("application/json").body(Map.of("username", REVIEWER, "password", PASSWORD, "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(201);
        claim = api.claim("The port of Odesa worked two night shifts in December, desk journey " + RUN);
        claimUrl = gateway + "/claims/" + claim;
        String port = api.source("Port authority " + RUN, "ORGANIZATION", "Ukraine", "B");
        String union = api.source("Dockers' union " + RUN, "ORGANIZATION", "Dockers " + RUN, "B");
        portStance = api.stance(claim, port, "ASSERTS", "we worked two night shifts", "2021-12-20T10:00:00Z");
        unionStance = api.stance(claim, union, "ASSERTS", "two night shifts were worked", "2021-12-21T10:00:00Z");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** axe and a screenshot at desktop width, then again at 390 px. */
    static void reviewBothWidths(String name) throws IOException {
        browser.review(name);
        browser.resize(Browser.PHONE);
        try {
            browser.review(name + "-phone");
        } finally {
            browser.resize(Browser.LAPTOP);
        }
    }

    static void signInAs(String user) {
        signInAs(user, PASSWORD);
    }

    static void signInAs(String user, String password) {
        browser.open(gateway + "/login");
        if (!browser.all("form[action='/logout'] button").isEmpty()) {
            browser.find("form[action='/logout'] button").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
            browser.open(gateway + "/login");
        }
        browser.find("#j_username").sendKeys(user);
        browser.find("#j_password").sendKeys(password);
        browser.find("#j_password").submit();
        browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    static String workStatus() {
        return browser.find("[data-testid=work-status] [data-work-status]").getAttribute("data-work-status");
    }

    @Test
    @Order(1)
    void anEditorAssignsTheClaimToAColleagueWithADueDateAndStartsWork() throws IOException {
        signInAs(EDITOR);
        browser.open(claimUrl);
        assertEquals("NEW", workStatus());
        assertTrue(browser.text("[data-testid=work-status]").contains("nobody assigned"));
        reviewBothWidths("n01-claim-desk-new");

        browser.find("[data-testid=change-workflow]").click();
        browser.await(ExpectedConditions.urlContains("/workflow"));
        new Select(browser.find("#workStatus")).selectByValue("IN_PROGRESS");
        new Select(browser.find("#assignee")).selectByValue(REVIEWER);
        browser.setValue("#dueDate", "2030-01-15");
        reviewBothWidths("n02-workflow-form");
        browser.find("[data-testid=save-workflow]").click();
        browser.await(ExpectedConditions.urlContains("#desk"));

        assertEquals("IN_PROGRESS", workStatus());
        assertEquals(REVIEWER, browser.text("[data-testid=assignee]"));
        assertTrue(browser.text("[data-testid=work-status]").contains("2030-01-15"));
        // the verification status is a different thing and did not move
        assertEquals("CORROBORATED", browser.find("#status-panel [data-status]").getAttribute("data-status"));
    }

    @Test
    @Order(2)
    void anEditorAddsAndEditsANoteAndTheEarlierTextIsKept() throws IOException {
        browser.open(claimUrl);
        browser.find("#note-text").sendKeys(NOTE);
        browser.find("[data-testid=add-note]").click();
        browser.await(ExpectedConditions.urlContains("#note-"));
        assertEquals(NOTE, browser.text("[data-testid=note] .note-text"));
        assertTrue(browser.text("[data-testid=note]").contains(EDITOR));

        browser.find("[data-testid=edit-note]").click();
        browser.await(ExpectedConditions.urlMatches("/notes/[0-9a-f-]{36}$"));
        WebElement text = browser.find("#text");
        text.clear();
        text.sendKeys(NOTE_EDITED);
        browser.find("[data-testid=save-note]").click();
        browser.await(ExpectedConditions.urlContains("#note-"));
        assertEquals(NOTE_EDITED, browser.text("[data-testid=note] .note-text"));
        assertTrue(browser.text("[data-testid=note]").contains("2 texts"), browser.text("[data-testid=note]"));

        browser.find("[data-testid=edit-note]").click();
        browser.await(ExpectedConditions.urlMatches("/notes/[0-9a-f-]{36}$"));
        List<String> versions = browser.all("[data-testid=note-version] .note-text").stream().map(WebElement::getText).toList();
        assertEquals(List.of(NOTE_EDITED, NOTE), versions, "newest first, the first text kept");
        reviewBothWidths("n03-note");
    }

    @Test
    @Order(3)
    void anEditorSendsItToReviewButCannotPublish() throws IOException {
        browser.open(claimUrl);
        browser.find("[data-testid=move-IN_REVIEW]").click();
        browser.await(ExpectedConditions.urlContains("#desk"));
        assertEquals("IN_REVIEW", workStatus());
        assertTrue(browser.all("[data-testid=publish]").isEmpty(), "publishing is a reviewer's step");

        browser.open(gateway + "/?review=1");
        assertTrue(browser.all("[data-testid=claims-table] a[href='/claims/" + claim + "']").size() == 1,
                "the claim is listed under In review");
        reviewBothWidths("n04-claims-in-review");
    }

    @Test
    @Order(4)
    void theReviewerFindsItAssignedToThemAndPublishesIt() throws IOException {
        signInAs(REVIEWER);
        browser.open(gateway + "/");
        browser.find("[data-testid=filter-mine]").click();
        browser.find("[data-testid=filter-mine]").submit();
        browser.await(ExpectedConditions.urlContains("mine=1"));
        List<WebElement> mine = browser.all("[data-testid=claims-table] tbody tr");
        assertEquals(1, mine.size(), "only the claim assigned to the reviewer");
        assertTrue(mine.get(0).getText().contains("desk journey " + RUN));
        reviewBothWidths("n05-claims-assigned-to-me");

        browser.open(claimUrl);
        browser.find("[data-testid=publish]").click();
        browser.await(ExpectedConditions.urlContains("#desk"));
        assertEquals("PUBLISHED", workStatus());
        assertTrue(browser.text("[data-testid=work-status]").contains("last moved by " + REVIEWER));
    }

    @Test
    @Order(5)
    void theReviewerRetractsAStanceAndTheStatusAndTimelineChange() throws IOException {
        browser.open(claimUrl);
        assertEquals("CORROBORATED", browser.find("#status-panel [data-status]").getAttribute("data-status"));
        browser.find("#stance-" + portStance + " [data-testid=retract]").click();
        browser.await(ExpectedConditions.urlContains("/retract"));
        browser.find("#reason").sendKeys("The port authority corrected itself: one night shift");
        browser.find("[data-testid=retract-submit]").click();
        browser.await(ExpectedConditions.urlContains("#stance-" + portStance));
        assertEquals("SINGLE_PARTY", browser.find("#status-panel [data-status]").getAttribute("data-status"));
        assertEquals("true", browser.find("#stance-" + portStance).getAttribute("data-retracted"));

        List<WebElement> entries = browser.all("[data-testid=activity] [data-testid=history-entry]");
        List<String> actions = entries.stream().map(e -> e.getAttribute("data-action")).toList();
        // newest first: the retraction and its status change, the publication, the moves and the notes
        assertEquals("Status changed", actions.get(0), actions.toString());
        assertEquals("Stance retracted", actions.get(1), actions.toString());
        String timeline = browser.text("[data-testid=activity]");
        assertTrue(timeline.contains("Work status In review → Published") && timeline.contains("by " + REVIEWER), timeline);
        assertTrue(timeline.contains("Work status New → In progress; assigned to " + REVIEWER + "; due 15 Jan 2030"), timeline);
        assertTrue(timeline.contains("Added a note.") && timeline.contains("Edited a note"), timeline);
        assertFalse(timeline.contains(NOTE_EDITED), "the timeline says a note changed, the note itself says what");
        assertTrue(timeline.contains("Status Corroborated → Single party"), timeline);
        reviewBothWidths("n06-claim-timeline");

        // each entry opens the claim as it stood then
        WebElement firstMove = entries.stream().filter(e -> e.getText().contains("New → In progress")).findFirst().orElseThrow();
        firstMove.findElement(By.cssSelector("[data-testid=as-of-link]")).click();
        browser.await(ExpectedConditions.urlContains("asOf="));
        assertEquals("CORROBORATED", browser.find("#status-panel [data-status]").getAttribute("data-status"));

        browser.open(claimUrl + "/history");
        assertTrue(browser.text("[data-testid=history]").contains("Work status In review → Published"));
        reviewBothWidths("n07-history");
    }

    @Test
    @Order(6)
    void notesNeverLeaveTheDesk() {
        String anonymousPage = api.anonymous().get("/claims/" + claim).then().statusCode(200).extract().asString();
        assertFalse(anonymousPage.contains(NOTE_EDITED), "a visitor does not see notes");
        api.anonymous().get("/api/claims/" + claim + "/notes").then().statusCode(401);
        api.given().contentType("application/json").body(Map.of("rating", "MOSTLY_TRUE",
                "explanation", "Port records show two shifts.", "reviewer", REVIEWER)).post("/api/claims/" + claim + "/verdicts")
                .then().statusCode(201);
        String review = api.anonymous().get("/api/claims/" + claim + "/claimreview").then().statusCode(200).extract().asString();
        assertFalse(review.contains(NOTE_EDITED) || review.contains(NOTE), review);
        String dossier = api.anonymous().get("/api/claims/" + claim).then().statusCode(200).extract().asString();
        assertFalse(dossier.contains(NOTE_EDITED) || dossier.contains(NOTE), dossier);
        String history = api.anonymous().get("/api/claims/" + claim + "/history").then().statusCode(200).extract().asString();
        assertFalse(history.contains(NOTE_EDITED) || history.contains(NOTE), history);
    }

    @Test
    @Order(7)
    void theApiFiltersByTheDesk() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String late = api.claim("The ferry timetable was cut by half this winter, desk journey " + RUN);
        api.given().contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("workStatus", "IN_PROGRESS", "assignee", EDITOR, "dueDate", yesterday))
                .put("/api/claims/" + late + "/workflow").then().statusCode(200);
        api.anonymous().queryParam("overdue", "true").queryParam("assignee", EDITOR).get("/api/claims").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(late));
        api.anonymous().queryParam("workStatus", "PUBLISHED").queryParam("assignee", REVIEWER).get("/api/claims").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.contains(claim));
        api.anonymous().queryParam("overdue", "maybe").get("/api/claims").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("overdue"));
    }

    @Test
    @Order(8)
    void aVerdictIsSignedByTheSignedInReviewerOnBehalfOfTheDesk() throws IOException {
        signInAs(REVIEWER);
        browser.open(claimUrl + "/verdicts/new");
        assertTrue(browser.text("[data-testid=signed-by]").contains(REVIEWER), browser.text("[data-testid=signed-by]"));
        browser.find("input[name=rating][value=MOSTLY_TRUE]").click();
        browser.find("#explanation").sendKeys("The port's own records show two night shifts.");
        browser.find("#onBehalfOf").sendKeys("the night desk");
        reviewBothWidths("n08-verdict-form-signed");
        browser.find("form.stack button[type=submit]").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        assertTrue(browser.text("[data-testid=verdicts]").contains(REVIEWER + " on behalf of the night desk"),
                browser.text("[data-testid=verdicts]"));
    }

    @Test
    @Order(9)
    void anEditOfTheClaimIsNotRefusedBecauseEvidenceWasAddedMeanwhile() {
        signInAs(EDITOR);
        browser.open(claimUrl + "/edit");
        // a colleague adds a stance while the form is open: the claim's version moves, its fields do not
        String ministry = api.source("Ministry of infrastructure " + RUN, "GOVERNMENT", "Ukraine " + RUN, "B");
        api.stance(claim, ministry, "REPORTS", "the port worked at night", "2021-12-22T10:00:00Z");
        WebElement headline = browser.find("#headline");
        headline.clear();
        headline.sendKeys("Two night shifts in Odesa");
        headline.submit();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}$"));
        assertTrue(browser.all("[data-testid=conflict]").isEmpty(), "no conflict page");
        String timeline = browser.text("[data-testid=activity]");
        assertTrue(timeline.contains("Changed headline."), timeline);
    }

    @Test
    @Order(10)
    void anAdminDeletesAStanceRecordedByMistakeWithAReasonAndAConfirmation() throws IOException {
        signInAs(ClaimtrackSystem.ADMIN, system.adminPassword());
        browser.open(claimUrl);
        browser.find("#stance-" + unionStance + " [data-testid=delete-stance]").click();
        browser.await(ExpectedConditions.urlContains("/delete"));
        assertTrue(browser.text("[data-testid=deleting]").contains("two night shifts were worked"));
        reviewBothWidths("n09-delete-stance");
        browser.find("[data-testid=confirm-delete]").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("confirm-error")));
        browser.find("#reason").sendKeys("Recorded on the wrong claim");
        browser.find("input[name=confirm]").click();
        browser.find("[data-testid=confirm-delete]").click();
        browser.await(ExpectedConditions.urlMatches("/claims/[0-9a-f-]{36}#evidence-heading$"));
        assertTrue(browser.all("#stance-" + unionStance).isEmpty(), "the stance is gone from the evidence");
        String timeline = browser.text("[data-testid=activity]");
        assertTrue(timeline.contains("Stance removed") && timeline.contains("by " + ClaimtrackSystem.ADMIN), timeline);
        assertTrue(browser.all("a[href='/admin/users']").size() == 1, "admins reach user management from every page");
        assertTrue(browser.all("[data-testid=claimreview-link]").size() == 1, "a reviewed claim links its ClaimReview");
    }
}
