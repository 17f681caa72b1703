package org.claimtrack.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A newsroom tool in TypeScript, built only from what openapi-generator 7.25 (typescript-fetch) makes of the served
 * OpenAPI document: an admin makes an API token, the tool starts an import with it as a bearer token and follows
 * the job until it ends (src/test/typescript/import-with-token.ts). Proves the document is usable by a generated
 * client: one operation per body type, a bearer scheme the token fits, the job's schema as the API answers it.
 * Needs Node.js and npm (the registry, for the pinned TypeScript compiler); .ci/run installs them.
 */
class GeneratedClientsIT {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));

    @Test
    void aTypeScriptToolStartsAnImportWithAnApiTokenAndFollowsItsJob() throws Exception {
        ClaimtrackSystem system = SharedSystem.get();
        Path work = MODULE.resolve("target/typescript-client-check");
        copyTree(MODULE.resolve("target/generated-clients/typescript"), work.resolve("client"));
        for (String file : List.of("package.json", "package-lock.json", "tsconfig.json", "import-with-token.ts")) {
            Files.copy(MODULE.resolve("src/test/typescript").resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        run(work, "npm", "ci", "--no-audit", "--no-fund");
        run(work, "node", "node_modules/typescript/bin/tsc", "-p", ".");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String out = run(work, "node", "dist/import-with-token.js", system.gatewayUrl(), system.adminPassword(), unique);

        JsonNode result = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("SUCCEEDED", result.path("status").asText(), out);
        assertEquals(3, result.path("created").asInt(), "a source, a claim and its stance: " + out);
        // what the tool imported is there, written under the token's user
        String claims = given().baseUri(system.gatewayUrl()).queryParam("q", "Generated clients " + unique)
                .get("/api/claims").then().statusCode(200).extract().asString();
        assertTrue(claims.contains("ferry to Tallinn"), claims);
        // and the token is on the admin's record, used
        String tokens = given().baseUri(system.gatewayUrl()).header("Authorization", system.adminAuthorization())
                .get("/api/tokens").then().statusCode(200).extract().asString();
        assertTrue(tokens.contains("typescript tool " + unique) && tokens.contains("lastUsedAt"), tokens);
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "command-", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(ended, String.join(" ", command) + " did not end in 5 minutes:\n" + output);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        assertTrue(Files.isDirectory(from), from + " is missing: generate-test-sources makes it from the gateway's OpenAPI document");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
