package org.claimtrack.gateway.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.TEXT;
import static org.claimtrack.gateway.support.Fixtures.claim;
import static org.claimtrack.gateway.support.Fixtures.troopsClaim;
import static org.claimtrack.gateway.support.Fixtures.workflow;
import static org.claimtrack.gateway.ui.UiPagesTest.browser;
import static org.claimtrack.gateway.ui.UiPagesTest.html;
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

/** The desk on the claim page and its own pages: workflow, notes, the activity timeline, against stubbed services. */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class DeskPagesTest {

    private static final String NOTE = "8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b";

    @InjectDownstreams
    Downstreams stubs;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        stubs.reset();
        breakers.resetAll();
        troopsClaim(stubs, null);
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/history")).willReturn(okJson("""
                {"items": [
                  {"at": "2026-11-28T10:00:00Z", "actor": "test-editor", "action": "WORKFLOW_CHANGED",
                   "details": {"workStatus": {"from": "NEW", "to": "IN_PROGRESS"}, "assignee": {"from": null, "to": "test-editor"},
                               "dueDate": {"from": null, "to": "2022-01-05"}}},
                  {"at": "2026-11-28T11:00:00Z", "actor": "test-editor", "action": "NOTE_ADDED", "details": {"noteId": "%s", "version": 1}}]}
                """.formatted(NOTE))));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/notes")).willReturn(okJson("""
                {"items": [{"id": "%s", "claimId": "%s", "author": "test-editor", "createdAt": "2026-11-28T11:00:00Z",
                  "text": "Ask the <b>ministry</b>", "version": 2, "editedAt": "2026-11-28T12:00:00Z", "editedBy": "test-reviewer",
                  "versions": [{"number": 1, "text": "Ask the press office", "writtenAt": "2026-11-28T11:00:00Z", "writtenBy": "test-editor"},
                               {"number": 2, "text": "Ask the <b>ministry</b>", "writtenAt": "2026-11-28T12:00:00Z", "writtenBy": "test-reviewer"}]}]}
                """.formatted(NOTE, CLAIM))));
    }

    @Test
    void theClaimPageShowsTheWorkflowAndTheTimelineToEveryoneAndNotesToEditorsOnly() {
        String visitor = browser().get("/claims/" + CLAIM).then().statusCode(200)
                .body(allOf(containsString("data-work-status=\"IN_REVIEW\""), containsString("test-editor"),
                        containsString("Overdue"), containsString("Work status New → In progress; assigned to test-editor; due 5 Jan 2022."),
                        containsString("Added a note."), containsString("href=\"/claims/" + CLAIM + "#note-" + NOTE + "\""),
                        containsString("href=\"/claims/" + CLAIM + "?asOf=2026-11-28T10%3A00%3A00Z\"")))
                .body(not(containsString("ministry"))).body(not(containsString("data-testid=\"publish\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(visitor.contains("/workflow\""), "no desk forms for a visitor");
        stubs.claims().verify(0, getRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/notes")));

        TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").get("/claims/" + CLAIM).then().statusCode(200)
                .body(allOf(containsString(html("Ask the <b>ministry</b>")), containsString("edited by test-reviewer"),
                        containsString("data-testid=\"move-IN_PROGRESS\""), containsString("data-testid=\"move-ARCHIVED\"")))
                .body(not(containsString("data-testid=\"publish\"")));
        TestUsers.as(TestUsers.REVIEWER).noFilters().accept("text/html").get("/claims/" + CLAIM).then().statusCode(200)
                .body(containsString("data-testid=\"publish\""));
    }

    @Test
    void theWorkflowFormSendsTheWorkflowVersionAndComesBackSayingWhoChangedItMeanwhile() {
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM + "/workflow")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"").withBody(workflow("IN_PROGRESS", 3))));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/workflow", "/claims/" + CLAIM + "/workflow",
                Map.of("version", "2", "workStatus", "IN_PROGRESS", "assignee", TestUsers.REVIEWER, "dueDate", "2030-01-15"))
                .statusCode(303).header("Location", containsString("/claims/" + CLAIM + "#desk"));
        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/workflow")).withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"workStatus\": \"IN_PROGRESS\", \"assignee\": \"" + TestUsers.REVIEWER
                        + "\", \"dueDate\": \"2030-01-15\"}")));

        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM + "/workflow")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withHeader("ETag", "\"2\"")
                .withBody("{\"status\": 412, \"title\": \"Precondition Failed\", \"detail\": \"stale\"}")));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/workflow", "/claims/" + CLAIM + "/workflow",
                Map.of("version", "1", "workStatus", "ARCHIVED", "assignee", "", "dueDate", ""))
                .statusCode(412).body(allOf(containsString("test-reviewer changed the workflow at 28 Nov 2026, 10:06 UTC"),
                        containsString("it is now In review"), containsString("send it again to apply it on top"),
                        containsString("name=\"version\" value=\"2\""), containsString("<option value=\"ARCHIVED\" selected")));
    }

    @Test
    void refusedWorkflowFormsNameTheField() {
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/workflow", "/claims/" + CLAIM + "/workflow",
                Map.of("version", "2", "workStatus", "IN_PROGRESS", "assignee", "nobody-here", "dueDate", "15/01/2030"))
                .statusCode(400).body(allOf(containsString("Nothing was saved"), containsString("id=\"dueDate-error\"")));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/workflow", "/claims/" + CLAIM + "/workflow",
                Map.of("version", "2", "workStatus", "IN_PROGRESS", "assignee", "nobody-here"))
                .statusCode(422).body(containsString("id=\"assignee-error\""));
        stubs.claims().verify(0, putRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/workflow")));
        // an editor may not publish: the access rules answer before anything is sent
        submit(TestUsers.EDITOR, "/claims/" + CLAIM, "/claims/" + CLAIM + "/publish", Map.of("version", "2")).statusCode(403);
        stubs.claims().verify(0, postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/workflow/publication")));
    }

    @Test
    void aNoteIsAddedAndEditedWithItsVersionAndItsPageListsEveryText() {
        String note = """
                {"id": "%s", "claimId": "%s", "author": "test-editor", "createdAt": "2026-11-28T11:00:00Z", "text": "Call back",
                 "version": 1, "editedAt": "2026-11-28T11:00:00Z", "editedBy": "test-editor",
                 "versions": [{"number": 1, "text": "Call back", "writtenAt": "2026-11-28T11:00:00Z", "writtenBy": "test-editor"}]}
                """.formatted(NOTE, CLAIM);
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"").withBody(note)));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM, "/claims/" + CLAIM + "/notes", Map.of("text", "Call back"))
                .statusCode(303).header("Location", containsString("/claims/" + CLAIM + "#note-" + NOTE));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM, "/claims/" + CLAIM + "/notes", Map.of("text", "   "))
                .statusCode(400).body(containsString("id=\"text-error\""));

        TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").get("/claims/" + CLAIM + "/notes/" + NOTE).then()
                .statusCode(200).body(allOf(containsString("Ask the press office"), containsString("Text 2 (current)"),
                        containsString("name=\"version\" value=\"2\"")));
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM + "/notes/" + NOTE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"").withBody(note)));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/notes/" + NOTE, "/claims/" + CLAIM + "/notes/" + NOTE,
                Map.of("version", "2", "text", "Called: confirmed")).statusCode(303);
        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/notes/" + NOTE))
                .withHeader("If-Match", equalTo("\"2\"")).withRequestBody(equalToJson("{\"text\": \"Called: confirmed\"}")));
        browser().get("/claims/" + CLAIM + "/notes/" + NOTE).then().statusCode(303);
    }

    @Test
    void theClaimsPageFiltersByTheDesk() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(
                "{\"items\": [" + claim(CLAIM, TEXT, "DISPUTED") + "], \"page\": 0, \"size\": 25, \"total\": 1}")));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/counts")).willReturn(okJson("{\"total\": 1, \"byStatus\": {\"DISPUTED\": 1}}")));
        TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").queryParam("mine", "1").queryParam("review", "1")
                .queryParam("overdue", "1").get("/").then().statusCode(200)
                .body(allOf(containsString("name=\"mine\" value=\"1\" checked"), containsString("name=\"overdue\" value=\"1\" checked")));
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("assignee", equalTo(TestUsers.EDITOR))
                .withQueryParam("workStatus", equalTo("IN_REVIEW")).withQueryParam("overdue", equalTo("true")));
        stubs.claims().resetRequests();
        // a visitor has nothing assigned: "mine" is not offered and not applied
        browser().queryParam("mine", "1").get("/").then().statusCode(200).body(not(containsString("filter-mine")));
        stubs.claims().verify(0, getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("assignee", equalTo("")));
        stubs.claims().verify(0, anyRequestedFor(urlPathEqualTo("/claims")).withQueryParam("assignee",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
    }

    @Test
    void anEditOfFieldsNobodyElseChangedIsAppliedOnTopOfANewStanceAndARealConflictSaysWhoChangedThem() {
        // the form was loaded at version 2; a stance was added since (version 3), the fields are as they were
        String form = TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").get("/claims/" + CLAIM + "/edit").asString();
        java.util.regex.Matcher base = java.util.regex.Pattern.compile("name=\"base\" value=\"([0-9a-f]+)\"").matcher(form);
        org.junit.jupiter.api.Assertions.assertTrue(base.find(), "the edit form carries the key of the fields it was loaded with");
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", equalTo("\"2\""))
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 412, \"title\": \"Precondition Failed\", \"detail\": \"stale\"}")));
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", equalTo("\"3\""))
                .willReturn(okJson(claim(CLAIM, "Russia has deployed 90,000 soldiers on Ukraine's borders", "DISPUTED"))
                        .withHeader("ETag", "\"4\"")));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/edit", "/claims/" + CLAIM + "/edit",
                Map.of("text", "Russia has deployed 90,000 soldiers on Ukraine's borders", "version", "2", "base", base.group(1)))
                .statusCode(303).header("Location", containsString("/claims/" + CLAIM));
        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/claims/" + CLAIM)).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("90,000")));

        // someone changed the fields themselves: the conflict page says who, and offers to apply the edit on top
        stubs.claims().resetRequests();
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/history")).willReturn(okJson("""
                {"items": [{"at": "2026-11-28T10:05:00Z", "actor": "test-reviewer", "action": "CLAIM_UPDATED",
                            "details": {"text": {"from": "a", "to": "b"}}}]}""")));
        submit(TestUsers.EDITOR, "/claims/" + CLAIM + "/edit", "/claims/" + CLAIM + "/edit",
                Map.of("text", "Russia has deployed 90,000 soldiers on Ukraine's borders", "version", "2", "base", "0123abcd"))
                .statusCode(412).body(allOf(containsString("test-reviewer, 28 Nov 2026, 10:05 UTC"),
                        containsString("data-testid=\"apply-on-top\""), containsString("name=\"version\" value=\"3\""),
                        containsString("name=\"base\" value=\"" + base.group(1) + "\""),
                        containsString("name=\"text\" value=\"" + html("Russia has deployed 90,000 soldiers on Ukraine's borders") + "\"")));
        stubs.claims().verify(1, putRequestedFor(urlPathEqualTo("/claims/" + CLAIM)));
    }
}
