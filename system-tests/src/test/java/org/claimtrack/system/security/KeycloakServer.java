package org.claimtrack.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak ({@code keycloak-quarkus-dist}, unpacked by the build under -Ppostgres into the directory named by
 * the system property {@code claimtrack.keycloak.home}) in dev mode on free ports, with the test realm
 * {@code keycloak/claimtrack-realm.json} imported. Its log goes to {@code target/system-logs/keycloak.log}.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "claimtrack";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    KeycloakServer() {
        Path home = Path.of(System.getProperty("claimtrack.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak at " + home.toAbsolutePath()
                    + ": run with -Ppostgres, which unpacks org.keycloak:keycloak-quarkus-dist");
        }
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (var realm = KeycloakServer.class.getResourceAsStream("/keycloak/claimtrack-realm.json")) {
                Files.copy(realm, imports.resolve("claimtrack-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            port = freePort();
            Path log = Path.of(System.getProperty("claimtrack.system.logs", "target/system-logs"), "keycloak.log");
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(Map.of("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m"));
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitRealm();
    }

    /** The realm's issuer URL, which the gateway is configured with. */
    String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    private void awaitRealm() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Keycloak not ready after " + READY_TIMEOUT);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
