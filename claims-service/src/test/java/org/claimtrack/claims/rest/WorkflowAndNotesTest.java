package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The desk's workflow (work status, assignee, due date, publication) and internal notes with their versions. */
@QuarkusTest
class WorkflowAndNotesTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    private static Map<String, Object> workflow(String status, String assignee, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("workStatus", status);
        body.put("assignee", assignee);
        body.put("dueDate", dueDate);
        return body;
    }

    private static io.restassured.response.ValidatableResponse move(String id, long version, Map<String, Object> body) {
        return writer().header("If-Match", "\"" + version + "\"").header("X-Claimtrack-Actor", "olena")
                .body(body).put("/claims/{id}/workflow", id).then();
    }

    @Test
    void aClaimMovesThroughTheWorkStatesWithoutTouchingItsVersionAndTheHistorySaysWhoMovedIt() {
        String id = createClaim(uniqueText("The ministry says the new bridge opened on time"));
        given().get("/claims/{id}", id).then().statusCode(200).body("version", equalTo(0))
                .body("workflow.workStatus", equalTo("NEW")).body("workflow.version", equalTo(0))
                .body("workflow.next", containsInAnyOrder("IN_PROGRESS", "ARCHIVED"));

        move(id, 0, workflow("IN_PROGRESS", "maria", "2030-01-05")).statusCode(200).header("ETag", "\"1\"")
                .body("workStatus", equalTo("IN_PROGRESS")).body("assignee", equalTo("maria"))
                .body("dueDate", equalTo("2030-01-05")).body("overdue", equalTo(false)).body("changedBy", equalTo("olena"));
        // the claim's own version is untouched: an edit of its text read before the move still saves
        writer().header("If-Match", "\"0\"").body(Api.claimBody(uniqueText("The ministry says the new bridge opened late")))
                .put("/claims/{id}", id).then().statusCode(200);
        move(id, 1, workflow("IN_REVIEW", "maria", "2030-01-05")).statusCode(200).body("workStatus", equalTo("IN_REVIEW"));

        given().get("/claims/{id}/history", id).then().statusCode(200)
                .body("items.findAll { it.action == 'WORKFLOW_CHANGED' }.actor", contains("olena", "olena"))
                .body("items.findAll { it.action == 'WORKFLOW_CHANGED' }[0].details.workStatus.from", equalTo("NEW"))
                .body("items.findAll { it.action == 'WORKFLOW_CHANGED' }[0].details.assignee.to", equalTo("maria"))
                .body("items.findAll { it.action == 'WORKFLOW_CHANGED' }[1].details.workStatus.to", equalTo("IN_REVIEW"));
    }

    @Test
    void publishingIsItsOwnStepFromReviewOnly() {
        String id = createClaim(uniqueText("The port handled a record tonnage in December"));
        // not through the workflow change
        move(id, 0, workflow("PUBLISHED", null, null)).statusCode(409)
                .body("errors[0].field", equalTo("workStatus"));
        // not from NEW
        writer().header("If-Match", "\"0\"").post("/claims/{id}/workflow/publication", id).then().statusCode(409)
                .body("detail", containsString("NEW")).body("errors[0].field", equalTo("workStatus"));
        move(id, 0, workflow("IN_PROGRESS", null, null)).statusCode(200);
        move(id, 1, workflow("IN_REVIEW", null, null)).statusCode(200);
        writer().header("If-Match", "\"2\"").header("X-Claimtrack-Actor", "rev").post("/claims/{id}/workflow/publication", id)
                .then().statusCode(200).body("workStatus", equalTo("PUBLISHED")).body("changedBy", equalTo("rev"))
                .header("ETag", "\"3\"");
        // keeping PUBLISHED while changing the assignee is not a publication
        move(id, 3, workflow("PUBLISHED", "maria", null)).statusCode(200).body("assignee", equalTo("maria"));
    }

    @Test
    void badMovesAndBadInputAreRefusedAndChangeNothing() {
        String id = createClaim(uniqueText("The city council doubled the transport budget"));
        move(id, 0, workflow("IN_REVIEW", null, null)).statusCode(409)
                .body("errors[0].message", containsString("from NEW it may move to"));
        move(id, 0, workflow("SOMEWHERE", null, null)).statusCode(400);
        Map<String, Object> noStatus = workflow(null, "maria", null);
        move(id, 0, noStatus).statusCode(400).body("errors.field", hasItem("workStatus"));
        move(id, 0, workflow("IN_PROGRESS", "x".repeat(101), null)).statusCode(400).body("errors.field", hasItem("assignee"));
        move(id, 0, workflow("IN_PROGRESS", null, "5 January")).statusCode(400).body("errors.field", hasItem("dueDate"));
        move(id, 7, workflow("IN_PROGRESS", null, null)).statusCode(412);
        writer().body(workflow("IN_PROGRESS", null, null)).put("/claims/{id}/workflow", id).then().statusCode(428);
        writer().header("If-Match", "\"0\"").body(workflow("IN_PROGRESS", null, null))
                .put("/claims/{id}/workflow", UUID.randomUUID()).then().statusCode(404);
        given().get("/claims/{id}", id).then().body("workflow.workStatus", equalTo("NEW")).body("workflow.version", equalTo(0));
    }

    @Test
    void theListFiltersByWorkStatusAssigneeAndOverdue() {
        String tag = "wf" + UUID.randomUUID().toString().substring(0, 8);
        String late = createClaim(Api.claimBody(uniqueText("The tunnel works finished before the deadline"), tag));
        String onTime = createClaim(Api.claimBody(uniqueText("The airport expansion was approved last week"), tag));
        String done = createClaim(Api.claimBody(uniqueText("The museum reopened with a new wing"), tag));
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        move(late, 0, workflow("IN_PROGRESS", "maria", yesterday)).statusCode(200);
        move(onTime, 0, workflow("IN_PROGRESS", "ivan", "2999-01-01")).statusCode(200);
        move(done, 0, workflow("ARCHIVED", "maria", yesterday)).statusCode(200);

        given().queryParam("tag", tag).queryParam("overdue", "true").get("/claims").then().statusCode(200)
                .body("items.id", contains(late));
        given().queryParam("tag", tag).queryParam("overdue", "false").get("/claims").then().statusCode(200)
                .body("items.id", containsInAnyOrder(onTime, done));
        given().queryParam("tag", tag).queryParam("assignee", "maria").get("/claims").then()
                .body("items.id", containsInAnyOrder(late, done));
        given().queryParam("tag", tag).queryParam("workStatus", "IN_PROGRESS").get("/claims").then()
                .body("items.id", containsInAnyOrder(late, onTime));
        given().queryParam("tag", tag).queryParam("workStatus", "ARCHIVED").get("/claims/counts").then()
                .body("total", equalTo(1));
        given().get("/claims/{id}", late).then().body("workflow.overdue", equalTo(true));

        given().queryParam("overdue", "yes").get("/claims").then().statusCode(400).body("errors[0].field", equalTo("overdue"));
        given().queryParam("workStatus", "DONE").get("/claims").then().statusCode(400).body("errors[0].field", equalTo("workStatus"));
        given().queryParam("assignee", "y".repeat(101)).get("/claims").then().statusCode(400).body("errors[0].field", equalTo("assignee"));
    }

    @Test
    void notesKeepEveryTextAndAreNotInTheRecordNorTheHistoryText() {
        String id = createClaim(uniqueText("The harbour authority banned night fishing"));
        String noteId = writer().header("X-Claimtrack-Actor", "maria").body(Map.of("text", "  Call the harbour master  "))
                .post("/claims/{id}/notes", id).then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", containsString("/claims/" + id + "/notes/"))
                .body("author", equalTo("maria")).body("text", equalTo("Call the harbour master"))
                .extract().path("id");
        writer().header("If-Match", "\"1\"").header("X-Claimtrack-Actor", "ivan").body(Map.of("text", "Called: he confirms the ban"))
                .put("/claims/{id}/notes/{n}", id, noteId).then().statusCode(200).header("ETag", "\"2\"")
                .body("text", equalTo("Called: he confirms the ban")).body("editedBy", equalTo("ivan"))
                .body("author", equalTo("maria"))
                .body("versions.text", contains("Call the harbour master", "Called: he confirms the ban"));
        // a stale edit is refused, the same text again changes nothing
        writer().header("If-Match", "\"1\"").body(Map.of("text", "Overwrite")).put("/claims/{id}/notes/{n}", id, noteId)
                .then().statusCode(412);
        writer().header("If-Match", "\"2\"").body(Map.of("text", "Called: he confirms the ban"))
                .put("/claims/{id}/notes/{n}", id, noteId).then().statusCode(200).header("ETag", "\"2\"");
        writer().body(Map.of("text", " ")).post("/claims/{id}/notes", id).then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        writer().body(Map.of("text", "z".repeat(5001))).post("/claims/{id}/notes", id).then().statusCode(400);
        writer().header("If-Match", "\"2\"").body(Map.of("text", "x")).put("/claims/{id}/notes/{n}", id, UUID.randomUUID())
                .then().statusCode(404);

        given().get("/claims/{id}/notes", id).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].versions", hasSize(2));
        given().get("/claims/{id}/history", id).then()
                .body("items.action", hasItem("NOTE_ADDED")).body("items.action", hasItem("NOTE_EDITED"))
                .body(not(containsString("harbour master")));
        String record = given().get("/claims/{id}/record", id).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(record.contains("harbour master"), record);
        given().get("/claims/{id}", id).then().body("version", equalTo(0));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> containsInAnyOrder(String... items) {
        return org.hamcrest.Matchers.containsInAnyOrder(items);
    }
}
