package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The external tools the checks run, found through the system properties the Maven build sets. */
final class Tools {

    static final String KUSTOMIZE_VERSION = "v4.5.4";

    private Tools() {
    }

    static Path repoRoot() {
        return Path.of(required("repo.root")).toAbsolutePath().normalize();
    }

    static Path checksDir() {
        return Path.of(required("claimtrack.checks.dir")).toAbsolutePath().normalize();
    }

    /** kustomize 4.5.4; a missing or different binary fails the checks (they never skip). */
    static String kustomize() {
        String bin = System.getenv().getOrDefault("KUSTOMIZE_BIN", System.getProperty("kustomize.bin"));
        if (bin == null || !Files.isExecutable(Path.of(bin))) {
            fail("kustomize " + KUSTOMIZE_VERSION + " not found at '" + bin + "'. Run the checks through Maven"
                    + " (its generate-test-resources phase runs 'npm install' in deploy/checks), or set -Dkustomize.bin"
                    + " or KUSTOMIZE_BIN to a kustomize " + KUSTOMIZE_VERSION + " binary.");
        }
        String version = run(null, bin, "version").output();
        if (!version.contains("kustomize/" + KUSTOMIZE_VERSION)) {
            fail("expected kustomize " + KUSTOMIZE_VERSION + " at " + bin + " but it reports: " + version);
        }
        return bin;
    }

    /**
     * A kustomize 5.x renderer, as a command that takes the overlay directory last: {@code kubectl kustomize} (kubectl
     * carries kustomize 5 since 1.27; the npm registry has no kustomize 5 package) or a standalone kustomize 5
     * binary given by -Dkustomize5.bin / KUSTOMIZE5_BIN ({@code kustomize build}). A missing one fails the checks.
     */
    static List<String> kustomize5() {
        String bin = System.getenv().getOrDefault("KUSTOMIZE5_BIN", System.getProperty("kustomize5.bin", "kubectl"));
        boolean kubectl = Path.of(bin).getFileName().toString().equals("kubectl");
        Result version;
        try {
            version = kubectl ? run(null, bin, "version", "--client") : run(null, bin, "version");
        } catch (AssertionError e) {
            return fail("kustomize 5.x not found: neither kubectl on PATH nor -Dkustomize5.bin / KUSTOMIZE5_BIN"
                    + " pointing at a kustomize 5 binary (" + e.getMessage() + ")");
        }
        if (!version.output().matches("(?s).*(Kustomize Version: |kustomize/)v5\\..*")) {
            fail("expected kustomize 5.x from " + bin + " but it reports: " + version.output());
        }
        return kubectl ? List.of(bin, "kustomize") : List.of(bin, "build");
    }

    static String node() {
        return System.getProperty("node.bin", "node");
    }

    record Result(int exitCode, String output) {
    }

    /** Runs a command to completion (stdout and stderr together); fails the test if it cannot start. */
    static Result run(Path workingDir, String... command) {
        List<String> cmd = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("timed out: " + cmd);
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("cannot run " + cmd + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted: " + cmd);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            fail("system property " + property + " is not set: run the checks through Maven (deploy/checks/pom.xml)");
        }
        return value;
    }
}
