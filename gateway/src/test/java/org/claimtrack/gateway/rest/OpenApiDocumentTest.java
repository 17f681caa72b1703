package org.claimtrack.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/** The served document is the contract for outside clients: every operation must be fully described. */
@QuarkusTest
class OpenApiDocumentTest extends GatewayTest {

    @Test
    void everyOperationHasIdSummaryTagsAndProblemErrorsWith503RetryAfter() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                operations++;
                // the acting user is the signed-in one, never a parameter a client could set
                assertTrue(!String.valueOf(operation.get("parameters")).contains("X-Claimtrack-Actor"), where);
                assertNotNull(operation.get("operationId"), where);
                assertNotNull(operation.get("summary"), where);
                assertNotNull(operation.get("description"), where);
                assertTrue(!((List<?>) operation.get("tags")).isEmpty(), where);
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertTrue(responses.containsKey("400"), where);
                assertTrue(((Map<?, ?>) responses.get("503").get("headers")).containsKey("Retry-After"), where);
                if (operation.containsKey("requestBody")) {
                    // a body of another media type, or too large, is refused before the operation runs
                    assertTrue(responses.containsKey("413") && responses.containsKey("415"), where);
                }
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        assertTrue(((Map<?, ?>) response.get("content")).containsKey("application/problem+json"), where + " " + code);
                    }
                });
            }
        }
        assertTrue(operations >= 24, "operations documented: " + operations);
        assertEquals(List.of("claims", "sources", "similar"), doc.getList("components.schemas.Downstream.enum"));
        assertNotNull(doc.get("components.schemas.Dossier.properties.degraded"));
        assertNotNull(doc.get("info.contact"));
        assertNotNull(doc.get("info.license"));
        assertTrue(!doc.getList("servers").isEmpty());
    }

    /**
     * Generated clients name their classes after the schemas: two types of one name must not become "Party1", and a
     * nested type is named for what it is ("HistoryEntry", not "Entry"; "ImportStatus", not "Status" beside ClaimStatus).
     */
    @Test
    void schemaNamesAreNotNumberedApart() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertTrue(schemas.containsKey("Party") && schemas.containsKey("EvidenceParty"), schemas.keySet().toString());
        assertEquals(List.of(), schemas.keySet().stream().filter(name -> name.matches(".*[A-Za-z]\\d+")).toList());
        assertEquals(List.of(), schemas.keySet().stream().filter(List.of("Entry", "Status", "Step", "Link")::contains).toList());
        assertTrue(schemas.keySet().containsAll(List.of("HistoryEntry", "ImportStatus", "PartyChainStep", "PartyChainLink")),
                schemas.keySet().toString());
        assertEquals(List.of("id", "name"), doc.getList("components.schemas.Party.required"));
    }

    /**
     * Generated clients check patterns with their own regex engines: JavaScript's and Python's read no Java-only syntax
     * (a generated Python client fails on {@code \p{Cntrl}} with "bad escape \p" as it checks a new token's name).
     */
    @Test
    void everyPatternIsWrittenInSyntaxEveryClientReads() {
        String doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<String> patterns = new java.util.ArrayList<>();
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"pattern\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(doc);
        while (found.find()) {
            patterns.add(found.group(1));
        }
        assertTrue(patterns.size() > 10, patterns.toString());
        List<String> javaOnly = List.of("\\\\p{", "\\\\P{", "\\\\A", "\\\\Z", "\\\\z", "\\\\h", "\\\\R", "(?i", "(?u", "*+", "++", "?+", "[[", "&&");
        assertEquals(List.of(), patterns.stream().filter(p -> javaOnly.stream().anyMatch(p::contains)).toList());
        // anchored, so that a JSON Schema search, Python's re.match and Bean Validation's whole-value match agree
        assertEquals(List.of(), patterns.stream().filter(p -> !p.startsWith("^")).toList());
        assertTrue(patterns.contains("^\\\\s*\\\\S"), "@NotBlank as a pattern: " + patterns);
        assertTrue(patterns.contains("^(?:[A-Z]{2})$"), patterns.toString());
    }

    @Test
    void swaggerUiCallsTheHostItWasReadFrom() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals("/", doc.getString("servers[0].url"), "a relative server: whatever host name served the document");
    }

    /**
     * Swagger UI fills every parameter that has an example: executed as they are, the list filters' examples must
     * select the seed bundle's troops claim and founding article, or "Try it out" shows an empty page. Ids differ per
     * installation, so id filters have no example.
     */
    @Test
    void listFilterExamplesSelectTheSeedData() throws java.io.IOException {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        JsonPath seed = JsonPath.from(java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/geneva-2021-12-30.json")));
        Map<String, Object> troops = seed.getMap("claims.find { it.text.contains('100,000 soldiers') }");
        Map<String, String> claimExamples = examples(doc, "/api/claims");
        assertTrue(((String) troops.get("text")).contains(claimExamples.get("q")), claimExamples.toString());
        assertTrue(((List<?>) troops.get("tags")).contains(claimExamples.get("tag")), claimExamples.toString());
        assertEquals(troops.get("topic"), claimExamples.get("topic"));
        assertEquals(troops.get("language"), claimExamples.get("language"));
        assertTrue(!claimExamples.containsKey("sourceId"), "no id example");
        assertEquals(seed.getString("parties.find { it.name == 'Russia' }.name"), claimExamples.get("party"));

        Map<String, String> documentExamples = examples(doc, "/api/documents");
        Map<String, Object> article = seed.getMap("documents[0]");
        assertEquals(article.get("url"), documentExamples.get("url"));
        assertTrue(((String) article.get("title")).contains(documentExamples.get("q")));
        assertEquals(article.get("language"), documentExamples.get("language"));
        assertTrue(!documentExamples.containsKey("publisherId"), "no id example");
    }

    private static Map<String, String> examples(JsonPath doc, String path) {
        List<Map<String, Object>> parameters = doc.getList("paths.'" + path + "'.get.parameters");
        Map<String, String> examples = new java.util.HashMap<>();
        parameters.stream().filter(p -> p.get("example") != null)
                .forEach(p -> examples.put((String) p.get("name"), String.valueOf(p.get("example"))));
        return examples;
    }
}
