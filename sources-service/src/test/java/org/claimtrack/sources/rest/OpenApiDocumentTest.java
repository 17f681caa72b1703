package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The served document describes every operation fully (responses themselves are checked by OpenApiContract). */
@QuarkusTest
class OpenApiDocumentTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void everyOperationIsDescribedWithErrorsAndExamples() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        assertFalse(doc.at("/info/description").asText().isBlank());
        assertFalse(doc.at("/info/contact/email").asText().isBlank());
        assertFalse(doc.at("/info/license/name").asText().isBlank());
        assertTrue(doc.at("/servers").size() > 0);
        assertTrue(doc.at("/components/schemas/Problem/properties/errors").isObject());
        assertTrue(doc.at("/components/schemas/HttpProblem").isMissingNode());
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey() + " " + path.getKey();
                JsonNode operation = op.getValue();
                operations++;
                assertTrue(operationIds.add(operation.path("operationId").asText()), "unique operationId: " + where);
                assertFalse(operation.path("summary").asText().isBlank(), "summary: " + where);
                assertFalse(operation.path("description").asText().isBlank(), "description: " + where);
                assertTrue(operation.path("tags").size() > 0, "tags: " + where);
                boolean documentsAnError = false;
                boolean hasExample = operation.at("/requestBody/content/application~1json/examples").size() > 0;
                for (Iterator<Map.Entry<String, JsonNode>> responses = operation.get("responses").fields(); responses.hasNext();) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    JsonNode resolved = resolve(doc, response.getValue());
                    if (response.getKey().startsWith("4")) {
                        documentsAnError = true;
                        assertEquals("#/components/schemas/Problem",
                                resolved.at("/content/application~1problem+json/schema/$ref").asText(), where + " " + response.getKey());
                    }
                    for (JsonNode media : resolved.path("content")) {
                        hasExample |= media.path("examples").size() > 0;
                    }
                }
                assertTrue(documentsAnError, "error responses: " + where);
                assertTrue(hasExample, "examples: " + where);
            }
        }
        assertEquals(30, operations); // 17 base + quote locate + 7 parties + the two text-version reads + party chains + archive + statistics
    }

    private static JsonNode resolve(JsonNode doc, JsonNode response) {
        String ref = response.path("$ref").asText();
        return ref.isEmpty() ? response : doc.at(ref.substring(1));
    }
}
