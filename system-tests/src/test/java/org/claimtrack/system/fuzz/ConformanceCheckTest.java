package org.claimtrack.system.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The fuzzer's check that an answer is as the document describes it can tell one that is not. */
class ConformanceCheckTest {

    /** The gateway's document as its build stored it (the module builds after the gateway). */
    private static final OpenApiInteractionValidator GATEWAY = load();

    private static OpenApiInteractionValidator load() {
        try {
            return OpenApiContract.responseValidator(Files.readString(Path.of("../gateway/target/openapi/openapi.json")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("build the gateway first", e);
        }
    }

    private static String check(String method, String path, int status, String contentType, String body) {
        return Fuzzer.notAsDocumented(GATEWAY, method, path, status, Map.of("Content-Type", List.of(contentType)), body);
    }

    @Test
    void anAnswerAsDocumentedPasses() {
        assertNull(check("GET", "/api/claims?size=1", 200, "application/json",
                "{\"items\": [], \"page\": 0, \"size\": 1, \"total\": 0}"));
        assertNull(check("GET", "/api/claims/not-a-uuid", 400, "application/problem+json",
                "{\"title\": \"Bad Request\", \"status\": 400, \"errors\": [{\"field\": \"id\", \"message\": \"must be a UUID\"}]}"));
    }

    @Test
    void aBodyOutsideItsSchemaOrAnotherContentTypeIsNamed() {
        assertNotNull(check("GET", "/api/claims", 200, "application/json", "{\"items\": 5}"));
        assertNotNull(check("GET", "/api/claims/not-a-uuid", 400, "text/html", "<html>Bad Request</html>"));
        assertNotNull(check("GET", "/api/claims/not-a-uuid", 400, "application/problem+json", "{\"status\": \"400\"}"));
    }

    /** A property the schema does not declare breaks a strict generated client (okhttp-gson), so the check names it. */
    @Test
    void anUndeclaredPropertyIsNamedExceptInAProblem() {
        assertNotNull(check("GET", "/api/claims?size=1", 200, "application/json",
                "{\"items\": [], \"page\": 0, \"size\": 1, \"total\": 0, \"totalCount\": 0}"));
        assertNull(check("GET", "/api/claims/not-a-uuid", 400, "application/problem+json",
                "{\"title\": \"Bad Request\", \"status\": 400, \"hint\": \"an extension member\"}"));
    }
}
