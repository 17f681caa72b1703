package org.claimtrack.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.Downstreams;
import org.claimtrack.gateway.support.InjectDownstreams;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, called as anonymous, editor, reviewer and admin: each role gets
 * exactly its rights (401 for anonymous and 403 for a signed-in user without the role; anything but 401/403
 * otherwise). The expected role comes from the product's role rules written out below, independently of the
 * gateway's rule table, and must also be what the document declares. An operation added without an access rule has
 * no declaration and fails this test.
 */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class RoleMatrixTest {

    private static final String SOME_ID = "00000000-0000-4000-8000-000000000000";
    private static final List<String> CALLERS = List.of("anonymous", "editor", "reviewer", "admin");
    private static final Map<String, String> USER_OF = Map.of(
            "editor", TestUsers.EDITOR, "reviewer", TestUsers.REVIEWER, "admin", TestUsers.ADMIN);

    @InjectDownstreams
    Downstreams stubs;

    @Inject
    CircuitBreakerMaintenance breakers;

    /**
     * The role table: reads are public but the desk's internal notes and the list of imports (editors); writes need editor, verdicts,
     * their withdrawal and publishing a claim reviewer, deletes, users and webhook subscriptions (issue 15: they make
     * the gateway send data to a URL) admin.
     */
    static String expectedRole(String method, String path) {
        if (path.startsWith("/api/users") || path.startsWith("/api/webhooks")) {
            return "admin";
        }
        if (path.startsWith("/api/tokens")) {
            return "editor"; // every signed-in user manages its own API tokens
        }
        if (path.endsWith("/notes") && (method.equals("GET") || method.equals("HEAD"))) {
            return "editor"; // notes are internal to the desk
        }
        if (path.equals("/api/imports") && method.equals("GET")) {
            return "editor"; // the list of imports names who imported what; one job is read by its unguessable id
        }
        return switch (method) {
            case "GET", "HEAD" -> "anonymous";
            case "DELETE" -> "admin";
            default -> path.endsWith("/verdicts") || path.endsWith("/withdrawal") || path.endsWith("/publication")
                    ? "reviewer" : "editor";
        };
    }

    static boolean allowed(String caller, String role) {
        return role.equals("anonymous") || CALLERS.indexOf(caller) >= CALLERS.indexOf(role);
    }

    @Test
    void everyOperationTimesEveryRoleGetsExactlyThatRolesRights() throws Exception {
        stubs.reset();
        breakers.resetAll();
        JsonNode paths = new ObjectMapper().readTree(given().noFilters().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString()).path("paths");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String operation = method + " " + path.getKey();
                JsonNode declared = op.getValue().get(SecurityOpenApi.ROLE_EXTENSION);
                if (declared == null) {
                    problems.add(operation + ": no access rule");
                    continue;
                }
                String role = expectedRole(method, path.getKey());
                if (!role.equals(declared.asText())) {
                    problems.add(operation + ": declared " + declared.asText() + ", expected " + role);
                }
                for (String caller : CALLERS) {
                    int status = call(caller, method, path.getKey(), bodyType(op.getValue()));
                    boolean refused = status == 401 || status == 403;
                    int wanted = caller.equals("anonymous") ? 401 : 403;
                    if (allowed(caller, role) ? refused : status != wanted) {
                        problems.add(operation + " as " + caller + ": " + status);
                    }
                    checked++;
                }
            }
        }
        assertTrue(problems.isEmpty(), "access problems:\n" + String.join("\n", problems));
        assertTrue(checked >= 4 * 20, "only " + checked + " calls: the document lacks operations");
    }

    @Test
    void theDocumentDeclaresTheSecuritySchemes() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().noFilters().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertEquals("basic", schemes.path("basicAuth").path("scheme").asText());
        assertEquals("bearer", schemes.path("bearerAuth").path("scheme").asText());
        assertEquals("cookie", schemes.path("sessionCookie").path("in").asText());
        // only the schemes an operation can use: none pointing at a development identity provider
        assertEquals(List.of("basicAuth", "bearerAuth", "sessionCookie"), iterate(schemes.fieldNames()));
        JsonNode create = doc.path("paths").path("/api/claims").path("post");
        assertEquals(3, create.path("security").size());
        assertTrue(create.path("responses").has("401") && create.path("responses").has("403"));
        assertTrue(doc.path("paths").path("/api/claims").path("get").path("security").isMissingNode());
    }

    /** The media type the operation reads (the first it declares), so that each call reaches the access check. */
    private static String bodyType(JsonNode operation) {
        Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    private static int call(String caller, String method, String template, String bodyType) {
        String path = template.replaceAll("\\{username}", "nobody").replaceAll("\\{[^}]+}", SOME_ID);
        RequestSpecification request = caller.equals("anonymous") ? given() : TestUsers.as(USER_OF.get(caller));
        request = request.noFilters().redirects().follow(false).header("If-Match", "\"0\"");
        if (List.of("POST", "PUT", "PATCH").contains(method)) {
            request = bodyType.startsWith("multipart/") ? request.multiPart("file", "empty.json", "{}".getBytes())
                    : request.contentType(bodyType).body("{}");
        }
        return request.request(method, path).statusCode();
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }
}
