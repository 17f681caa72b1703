package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates objects against the Kubernetes API's OpenAPI schemas (types, formats, required fields, enums)
 * with deploy/checks/validate-schema.mjs and the kubernetes-models package (Kubernetes 1.3x schemas).
 */
final class SchemaValidator {

    private SchemaValidator() {
    }

    /** The problems found, one line each; empty when every object is valid. */
    static List<String> problems(List<JsonNode> objects) {
        Path checks = Tools.checksDir();
        if (!Files.isDirectory(checks.resolve("node_modules/kubernetes-models"))) {
            fail("the Kubernetes schemas (npm package kubernetes-models) are not installed in " + checks
                    + ": run the checks through Maven, whose generate-test-resources phase runs 'npm install' there");
        }
        try {
            Path input = Files.createTempFile("claimtrack-objects", ".json");
            try {
                Files.writeString(input, Manifests.toJsonArray(objects));
                Tools.Result result = Tools.run(checks, Tools.node(), "validate-schema.mjs", input.toString());
                List<String> lines = result.output().lines().toList();
                List<String> problems = lines.subList(0, Math.max(0, lines.size() - 1));
                if (result.exitCode() != 0 && problems.isEmpty()) {
                    fail("schema validation could not run:\n" + result.output());
                }
                return problems;
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            return fail(e.getMessage());
        }
    }
}
