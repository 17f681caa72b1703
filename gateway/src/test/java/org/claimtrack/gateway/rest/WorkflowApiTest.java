package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.workflow;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The desk's API: who may move and publish a claim, what is refused, the filters, and notes kept internal. */
@QuarkusTest
class WorkflowApiTest extends GatewayTest {

    private static final String NOTE = "8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b";

    private static boolean warm;

    /**
     * A fresh JVM's first write to a service builds the REST client stack and can outlast the tests' short timeouts
     * (as UiPagesTest says): one throw-away write keeps that cost out of the first real test.
     */
    @org.junit.jupiter.api.BeforeEach
    void warmUp() {
        if (!warm) {
            workflowChangeAnswers("NEW", 1);
            TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"workStatus\": \"NEW\"}")
                    .put("/api/claims/" + CLAIM + "/workflow");
            stubs.reset();
            warm = true;
        }
    }

    private static String note(int version, String text) {
        return """
                {"id": "%s", "claimId": "%s", "author": "test-editor", "createdAt": "2026-11-28T10:00:00Z", "text": "%s",
                 "version": %d, "editedAt": "2026-11-28T10:00:00Z", "editedBy": "test-editor",
                 "versions": [{"number": 1, "text": "%s", "writtenAt": "2026-11-28T10:00:00Z", "writtenBy": "test-editor"}]}
                """.formatted(NOTE, CLAIM, text, version, text);
    }

    private void workflowChangeAnswers(String workStatus, long version) {
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM + "/workflow")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"" + version + "\"")
                .withBody(workflow(workStatus, version))));
    }

    @Test
    void anEditorAssignsAColleagueAndMovesTheClaimWithTheWorkflowVersion() {
        workflowChangeAnswers("IN_PROGRESS", 3);
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"workStatus\": \"IN_PROGRESS\", \"assignee\": \" test-reviewer \", \"dueDate\": \"2022-01-05\"}")
                .put("/api/claims/" + CLAIM + "/workflow").then().statusCode(200).header("ETag", "\"3\"")
                .body("workStatus", org.hamcrest.Matchers.equalTo("IN_PROGRESS"));
        stubs.claims().verify(putRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/workflow"))
                .withHeader("If-Match", equalTo("\"2\"")).withHeader("X-Claimtrack-Actor", equalTo(TestUsers.EDITOR))
                .withRequestBody(equalToJson("{\"workStatus\": \"IN_PROGRESS\", \"assignee\": \"test-reviewer\", \"dueDate\": \"2022-01-05\"}")));
    }

    @Test
    void anAssigneeWhoIsNotAUserIs422AndNothingIsSent() {
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"workStatus\": \"IN_PROGRESS\", \"assignee\": \"nobody-here\"}")
                .put("/api/claims/" + CLAIM + "/workflow").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("assignee"));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    /**
     * A NUL in the name is refused as the JSON is read, as the services refuse it (PostgreSQL cannot compare it: the
     * fuzzer once got a 500 from the user look-up there).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\\u0000", "maria\\u0000"})
    void anAssigneeHoldingNulIs400AndNothingIsSent(String assigneeJson) {
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"workStatus\": \"IN_PROGRESS\", \"assignee\": \"" + assigneeJson + "\"}")
                .put("/api/claims/" + CLAIM + "/workflow").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("assignee"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("NUL"));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void badWorkflowBodiesAre400NamingTheField() {
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"workStatus\": \"DONE\"}")
                .put("/api/claims/" + CLAIM + "/workflow").then().statusCode(400).body("errors.field", hasItem("workStatus"));
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"assignee\": \"test-editor\"}")
                .put("/api/claims/" + CLAIM + "/workflow").then().statusCode(400).body("errors.field", hasItem("workStatus"));
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"workStatus\": \"NEW\", \"dueDate\": \"next week\"}")
                .put("/api/claims/" + CLAIM + "/workflow").then().statusCode(400).body("errors.field", hasItem("dueDate"));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusedMoveComesBackAsTheServicesConflict() {
        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM + "/workflow")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 409, \"title\": \"Conflict\", \"detail\": \"The claim is NEW: it cannot move from NEW to IN_REVIEW\","
                        + " \"errors\": [{\"field\": \"workStatus\", \"message\": \"cannot move from NEW to IN_REVIEW\"}]}")));
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"workStatus\": \"IN_REVIEW\"}")
                .put("/api/claims/" + CLAIM + "/workflow").then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("workStatus"));
    }

    @Test
    void onlyAReviewerPublishes() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/workflow/publication")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"")
                .withBody(workflow("PUBLISHED", 3))));
        given().header("If-Match", "\"2\"").post("/api/claims/" + CLAIM + "/workflow/publication").then().statusCode(401);
        TestUsers.editor().header("If-Match", "\"2\"").post("/api/claims/" + CLAIM + "/workflow/publication").then()
                .statusCode(403).contentType("application/problem+json");
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
        TestUsers.reviewer().header("If-Match", "\"2\"").post("/api/claims/" + CLAIM + "/workflow/publication").then()
                .statusCode(200).header("ETag", "\"3\"").body("workStatus", org.hamcrest.Matchers.equalTo("PUBLISHED"));
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/workflow/publication"))
                .withHeader("If-Match", equalTo("\"2\"")).withHeader("X-Claimtrack-Actor", equalTo(TestUsers.REVIEWER)));
    }

    @Test
    void theDeskFiltersReachTheClaimsServiceAndBadValuesAre400NamingTheParameter() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson("{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0}")));
        TestUsers.editor().queryParam("assignedToMe", "true").queryParam("workStatus", "IN_REVIEW").queryParam("overdue", "true")
                .get("/api/claims").then().statusCode(200);
        stubs.claims().verify(getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("assignee", equalTo(TestUsers.EDITOR))
                .withQueryParam("workStatus", equalTo("IN_REVIEW")).withQueryParam("overdue", equalTo("true")));
        stubs.claims().resetRequests();

        given().queryParam("assignedToMe", "true").get("/api/claims").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("assignedToMe"));
        given().queryParam("overdue", "soon").get("/api/claims").then().statusCode(400)
                .body("errors[0].field", containsString("overdue"));
        given().queryParam("workStatus", "DONE").get("/api/claims/counts").then().statusCode(400)
                .body("errors[0].field", containsString("workStatus"));
        given().queryParam("assignee", "x".repeat(101)).get("/api/claims").then().statusCode(400)
                .body("errors[0].field", containsString("assignee"));
        stubs.claims().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void notesAreForEditorsOnly() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/notes"))
                .willReturn(okJson("{\"items\": [" + note(1, "Call the ministry") + "]}")));
        given().get("/api/claims/" + CLAIM + "/notes").then().statusCode(401);
        TestUsers.editor().get("/api/claims/" + CLAIM + "/notes").then().statusCode(200)
                .body("items[0].text", org.hamcrest.Matchers.equalTo("Call the ministry"));

        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"").withBody(note(1, "Call the ministry"))));
        TestUsers.editor().contentType(ContentType.JSON).body("{\"text\": \"Call the ministry\"}")
                .post("/api/claims/" + CLAIM + "/notes").then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", containsString("/api/claims/" + CLAIM + "/notes/" + NOTE));
        TestUsers.editor().contentType(ContentType.JSON).body("{\"text\": \"  \"}")
                .post("/api/claims/" + CLAIM + "/notes").then().statusCode(400).body("errors[0].field", containsString("text"));

        stubs.claims().stubFor(put(urlPathEqualTo("/claims/" + CLAIM + "/notes/" + NOTE)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withHeader("ETag", "\"2\"")
                .withBody("{\"status\": 412, \"title\": \"Precondition Failed\", \"detail\": \"If-Match \\\"1\\\" does not match the current version 2\"}")));
        TestUsers.editor().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"text\": \"Called\"}")
                .put("/api/claims/" + CLAIM + "/notes/" + NOTE).then().statusCode(412);
    }

    @Test
    void aVerdictIsSignedByTheSignedInUserOptionallyOnBehalfOfSomeone() {
        stubs.claims().stubFor(post(urlPathEqualTo("/claims/" + CLAIM + "/verdicts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(org.claimtrack.gateway.support.Fixtures.verdict("88888888-8888-4888-8888-888888888888", "FALSE",
                        "2022-01-05T10:00:00Z"))));
        TestUsers.reviewer().contentType(ContentType.JSON)
                .body("{\"rating\": \"FALSE\", \"explanation\": \"No build-up.\", \"onBehalfOf\": \"the chief editor\"}")
                .post("/api/claims/" + CLAIM + "/verdicts").then().statusCode(201);
        stubs.claims().verify(postRequestedFor(urlPathEqualTo("/claims/" + CLAIM + "/verdicts")).withRequestBody(equalToJson(
                "{\"rating\": \"FALSE\", \"explanation\": \"No build-up.\", \"reviewer\": \"" + TestUsers.REVIEWER
                        + " on behalf of the chief editor\"}")));
        TestUsers.reviewer().contentType(ContentType.JSON)
                .body("{\"rating\": \"FALSE\", \"explanation\": \"No build-up.\", \"onBehalfOf\": \"" + "x".repeat(151) + "\"}")
                .post("/api/claims/" + CLAIM + "/verdicts").then().statusCode(400).body("errors[0].field", containsString("onBehalfOf"));
    }
}
