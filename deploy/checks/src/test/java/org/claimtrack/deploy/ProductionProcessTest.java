package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The production configuration, run as processes: the PostgreSQL variant of each service started with the
 * environment the rendered production ConfigMaps and Secrets give its container. Only what cannot hold on one
 * machine is changed, in {@link #localize}: database host (127.0.0.1) and a fresh database per service,
 * listening ports (HTTP 9141-9147, management 9241-9247), the in-cluster Service URLs that point at them, volumes as local
 * directories, and the secrets the templates leave as placeholders (what an operator's pipeline fills in). The seed
 * Job signs in with the seed-credentials Secret's account, which the gateway created from the same Secret.
 * Runs in the postgres Maven
 * profile (PostgreSQL on 127.0.0.1:5432 and the services packaged with -Ppostgres).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = "claimtrack.postgres.enabled", matches = "true", disabledReason = "needs PostgreSQL and "
        + "the services packaged for it, which only the postgres profile builds: ./mvnw verify -Ppostgres runs it")
class ProductionProcessTest {

    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Manifests production = Manifests.of("production");
    private final Path logs = Tools.checksDir().resolve("target/process-logs");
    private final Map<String, String> localJdbcUrls = new HashMap<>();
    /** In-cluster Service URL (http://name:port) to the local process answering for it. */
    private final Map<String, String> localServiceUrls = new HashMap<>();
    private final List<LocalProcess> running = new ArrayList<>();
    /** The environment each process was started with, after {@link #localize}. */
    private final Map<LocalProcess, Map<String, String>> environments = new HashMap<>();
    private PostgresDatabases databases;
    private LocalProcess gateway1;
    private LocalProcess gateway2;
    private String adminPassword;
    /** What an operator puts in place of the templates' CHANGE_ME: one random token for all services. */
    private final String operatorToken = randomToken();
    /** And in place of the seed-credentials Secret's CHANGE_ME, which the gateway and the seed Job both read. */
    private final String operatorSeedPassword = randomToken();
    /** The management port of a process: its HTTP port + 100. */
    private static final int MANAGEMENT_OFFSET = 100;

    @BeforeAll
    void startTheProductionConfiguration() throws Exception {
        databases = new PostgresDatabases();
        for (String service : SecurityPolicyTest.SERVICES) {
            Map<String, String> env = containerEnvironment(container(service));
            localJdbcUrls.put(service, databases.freshCopyOf(env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                    env.get("QUARKUS_DATASOURCE_USERNAME"), env.get("QUARKUS_DATASOURCE_PASSWORD")));
        }
        LocalProcess sources = startService("sources-service", 9141);
        // Two claims-service replicas migrate a fresh database at the same moment; one stays.
        LocalProcess claims = startService("claims-service", 9142);
        LocalProcess claimsTwin = startService("claims-service", 9143);
        sources.awaitReady(STARTUP);
        claims.awaitReady(STARTUP);
        claimsTwin.awaitReady(STARTUP);
        claimsTwin.close();
        running.remove(claimsTwin);
        localServiceUrls.put(serviceUrl("sources-service"), sources.url());
        localServiceUrls.put(serviceUrl("claims-service"), claims.url());
        localServiceUrls.put(managementServiceUrl("sources-service"), sources.managementUrl());
        localServiceUrls.put(managementServiceUrl("claims-service"), claims.managementUrl());
        // The two gateway replicas also start (and migrate their database) together.
        gateway1 = startService("gateway", 9144);
        gateway2 = startService("gateway", 9145);
        gateway1.awaitReady(STARTUP);
        gateway2.awaitReady(STARTUP);
        adminPassword = firstAdminPassword();
    }

    @AfterAll
    void stopEverything() throws Exception {
        running.forEach(LocalProcess::close);
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    @Order(1)
    void replicasStartingTogetherMigrateEachDatabaseOnce() throws Exception {
        for (String service : List.of("claims-service", "gateway")) {
            long migrations = migrationFiles(service);
            try (Connection db = PostgresDatabases.connect(localJdbcUrls.get(service)); Statement sql = db.createStatement()) {
                ResultSet table = sql.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL");
                table.next();
                if (migrations == 0 && !table.getBoolean(1)) {
                    continue; // nothing to migrate yet
                }
                ResultSet rows = sql.executeQuery("SELECT count(*), count(DISTINCT version), bool_and(success)"
                        + " FROM flyway_schema_history WHERE version IS NOT NULL");
                rows.next();
                assertEquals(migrations, rows.getLong(1), service + ": applied migrations (each once)");
                assertEquals(migrations, rows.getLong(2), service + ": distinct versions");
                assertTrue(migrations == 0 || rows.getBoolean(3), service + ": every migration succeeded");
            }
        }
        assertTrue(migrationFiles("claims-service") > 0, "claims-service has migrations to race on");
    }

    @Test
    @Order(2)
    void seedJobRunTwiceSeedsOnce() throws Exception {
        JsonNode bundle = JSON.readTree(Tools.repoRoot().resolve("seeds/geneva-2021-12-30.json").toFile());
        Map<String, Long> expected = Map.of(
                "sources", (long) bundle.path("sources").size(),
                "documents", (long) bundle.path("documents").size(),
                "claims", (long) bundle.path("claims").size());

        Tools.Result first = runSeedJob(gateway1);
        assertEquals(0, first.exitCode(), "first seed run:\n" + first.output());
        assertEquals(expected, recordCounts(gateway1));

        Tools.Result second = runSeedJob(gateway2);
        assertEquals(0, second.exitCode(), "second seed run:\n" + second.output());
        assertEquals(expected, recordCounts(gateway2), "the second run must create nothing");
    }

    @Test
    @Order(3)
    void concurrentUpdatesThroughDifferentReplicasLoseNothing() throws Exception {
        JsonNode claim = get(gateway1, "/api/claims?size=1").path("items").path(0);
        assertTrue(claim.hasNonNull("id"), "a seeded claim to edit");
        String id = claim.path("id").asText();
        String ifMatch = "\"" + claim.path("version").asLong() + "\"";

        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> viaFirst = CompletableFuture.supplyAsync(
                () -> putClaim(gateway1, id, ifMatch, withHeadline(claim, "Edited through replica 1"), auth, go));
        CompletableFuture<HttpResponse<String>> viaSecond = CompletableFuture.supplyAsync(
                () -> putClaim(gateway2, id, ifMatch, withHeadline(claim, "Edited through replica 2"), auth, go));
        go.countDown();
        HttpResponse<String> one = viaFirst.get(30, TimeUnit.SECONDS);
        HttpResponse<String> two = viaSecond.get(30, TimeUnit.SECONDS);

        List<Integer> statuses = Stream.of(one.statusCode(), two.statusCode()).sorted().toList();
        assertEquals(List.of(200, 412), statuses, one.body() + "\n" + two.body());
        HttpResponse<String> winner = one.statusCode() == 200 ? one : two;
        HttpResponse<String> loser = one.statusCode() == 412 ? one : two;
        assertTrue(loser.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), loser.body());

        JsonNode after = get(gateway2, "/api/claims/" + id).path("claim");
        assertEquals(claim.path("version").asLong() + 1, after.path("version").asLong(), "exactly one update applied");
        assertEquals(JSON.readTree(winner.body()).path("headline").asText(), after.path("headline").asText());
    }

    @Test
    @Order(4)
    void theTemplatesPlaceholderTokenIsRefusedAtStart() throws Exception {
        assertRefusedAsShipped("sources-service", 9146, "CLAIMTRACK_SERVICE_TOKEN");
    }

    @Test
    @Order(5)
    void theTemplatesPlaceholderSeedPasswordIsRefusedAtStart() throws Exception {
        assertRefusedAsShipped("gateway", 9147, "CLAIMTRACK_SEED_PASSWORD");
    }

    /** The service, localized, but with {@code variable} as the template ships it: it must not start. */
    private void assertRefusedAsShipped(String service, int port, String variable) throws Exception {
        PodSpec pod = production.get(Deployment.class, service).getSpec().getTemplate().getSpec();
        Map<String, String> env = localize(containerEnvironment(container(service)), service, port,
                localVolumes(pod, pod.getContainers().get(0)));
        env.put(variable, containerEnvironment(container(service)).get(variable));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (LocalProcess asShipped = LocalProcess.start(service + "-as-shipped", port, port + MANAGEMENT_OFFSET,
                List.of(java, "-Xmx256m", "-jar", Tools.repoRoot().resolve(service + "/target/quarkus-app/quarkus-run.jar").toString()),
                env, logs)) {
            assertNotEquals(0, asShipped.awaitExit(STARTUP), service + " started with the template's " + variable);
            assertTrue(asShipped.logTail().contains(variable + " holds a placeholder"), asShipped.logTail());
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    // --- the production configuration, localized ---------------------------------------------------

    private LocalProcess startService(String service, int port) throws IOException {
        PodSpec pod = production.get(Deployment.class, service).getSpec().getTemplate().getSpec();
        Map<String, String> env = localize(containerEnvironment(container(service)), service, port,
                localVolumes(pod, pod.getContainers().get(0)));
        Path jar = Tools.repoRoot().resolve(service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: package the services with -Ppostgres first (./mvnw verify -Ppostgres does)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        LocalProcess process = LocalProcess.start(service + "-" + port, port, port + MANAGEMENT_OFFSET,
                List.of(java, "-Xmx256m", "-jar", jar.toString()), env, logs);
        running.add(process);
        environments.put(process, env);
        return process;
    }

    /**
     * The only changes to the production environment: where the database, the ports, the peers and the
     * pod's volumes are, and the secrets the templates leave as placeholders for the operator to replace (the services
     * refuse to start on them, {@link #theTemplatesPlaceholderTokenIsRefusedAtStart}).
     */
    private Map<String, String> localize(Map<String, String> env, String service, int port, Map<String, String> volumes) {
        Map<String, String> local = new LinkedHashMap<>(env);
        local.put("CLAIMTRACK_SERVICE_TOKEN", operatorToken);
        local.computeIfPresent("CLAIMTRACK_SEED_PASSWORD", (name, placeholder) -> operatorSeedPassword);
        local.put("QUARKUS_DATASOURCE_JDBC_URL", localJdbcUrls.get(service));
        local.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        local.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(port + MANAGEMENT_OFFSET));
        local.replaceAll((name, value) -> localPath(localServiceUrls.getOrDefault(value, value), volumes));
        return local;
    }

    /** Each volume the container mounts, as a local directory: emptyDirs empty, ConfigMaps with their files. */
    private Map<String, String> localVolumes(PodSpec pod, Container container) throws IOException {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (VolumeMount mount : container.getVolumeMounts()) {
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
            Path dir = Files.createTempDirectory("volume-" + volume.getName());
            List<String> configMaps = volume.getConfigMap() != null ? List.of(volume.getConfigMap().getName())
                    : volume.getProjected() != null ? volume.getProjected().getSources().stream()
                            .map(source -> source.getConfigMap().getName()).toList()
                    : List.of();
            assertTrue(!configMaps.isEmpty() || volume.getEmptyDir() != null,
                    "only emptyDir and (projected) ConfigMap volumes are supported here: " + volume.getName());
            for (String configMap : configMaps) {
                for (Map.Entry<String, String> file : production.get(ConfigMap.class, configMap).getData().entrySet()) {
                    Files.writeString(dir.resolve(file.getKey()), file.getValue());
                }
            }
            mounts.put(mount.getMountPath(), dir.toString());
        }
        return mounts;
    }

    /** The gateway's first start creates the admin user and writes its password to a file in its /tmp. */
    private String firstAdminPassword() throws IOException {
        for (LocalProcess gateway : List.of(gateway1, gateway2)) {
            Path file = Path.of(environments.get(gateway).get("CLAIMTRACK_SECURITY_ADMIN_PASSWORD_FILE"));
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
        }
        return fail("neither gateway replica wrote the first admin password:\n" + gateway1.logTail());
    }

    private Container container(String deployment) {
        return production.get(Deployment.class, deployment).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** What Kubernetes gives the container: envFrom ConfigMaps and Secrets, then its own env entries. */
    private Map<String, String> containerEnvironment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                env.putAll(production.get(ConfigMap.class, from.getConfigMapRef().getName()).getData());
            } else {
                production.get(Secret.class, from.getSecretRef().getName()).getData()
                        .forEach((name, value) -> env.put(name, SecurityPolicyTest.decode(value)));
            }
        }
        for (EnvVar variable : container.getEnv()) {
            assertNull(variable.getValueFrom(), "valueFrom is not supported here: " + variable.getName());
            env.put(variable.getName(), variable.getValue());
        }
        return env;
    }

    private String serviceUrl(String name) {
        return "http://" + name + ":" + production.get(Service.class, name).getSpec().getPorts().get(0).getPort();
    }

    private String managementServiceUrl(String name) {
        return "http://" + name + ":" + production.get(Service.class, name).getSpec().getPorts().stream()
                .filter(p -> p.getName().equals("management")).findFirst().orElseThrow().getPort();
    }

    /**
     * Runs the seed Job's container command on this machine: its ConfigMap volumes become files in a temporary
     * directory, paths under their mount points and the in-cluster gateway URL are mapped to the local ones.
     */
    private Tools.Result runSeedJob(LocalProcess gateway) throws IOException, InterruptedException {
        PodSpec pod = production.get(Job.class, "seed").getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        Map<String, String> mounts = localVolumes(pod, container);
        Map<String, String> env = containerEnvironment(container);
        env.replaceAll((name, value) -> value.equals(serviceUrl("gateway")) ? gateway.url() : localPath(value, mounts));
        // The Secret the gateway made the seed account from, as the operator filled it in: no admin, no manual step.
        env.put("CLAIMTRACK_SEED_PASSWORD", operatorSeedPassword);
        List<String> command = Stream.concat(container.getCommand().stream(), container.getArgs().stream())
                .map(arg -> localPath(arg, mounts)).toList();

        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("seed Job still running after 5 minutes:\n" + output);
        }
        return new Tools.Result(process.exitValue(), output);
    }

    private static String localPath(String value, Map<String, String> mounts) {
        for (Map.Entry<String, String> mount : mounts.entrySet()) {
            if (value.equals(mount.getKey()) || value.startsWith(mount.getKey() + "/")) {
                return mount.getValue() + value.substring(mount.getKey().length());
            }
        }
        return value;
    }

    private static long migrationFiles(String service) throws IOException {
        Path dir = Tools.repoRoot().resolve(service + "/src/main/resources/db/migration");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("V[^_]+__.*\\.sql")).count();
        }
    }

    // --- the public API ----------------------------------------------------------------------------

    private Map<String, Long> recordCounts(LocalProcess gateway) throws Exception {
        return Map.of(
                "sources", get(gateway, "/api/sources?size=1").path("total").asLong(),
                "documents", get(gateway, "/api/documents?size=1").path("total").asLong(),
                "claims", get(gateway, "/api/claims/counts").path("total").asLong());
    }

    private static JsonNode get(LocalProcess gateway, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static String withHeadline(JsonNode claim, String headline) {
        ObjectNode input = JSON.createObjectNode();
        for (String field : List.of("text", "topic", "tags", "language", "eventTime")) {
            if (claim.hasNonNull(field)) {
                input.set(field, claim.get(field));
            }
        }
        input.put("headline", headline);
        return input.toString();
    }

    private static HttpResponse<String> putClaim(LocalProcess gateway, String id, String ifMatch, String body, String basicAuth,
            CountDownLatch go) {
        try {
            go.await();
            return HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/api/claims/" + id))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json").header("If-Match", ifMatch)
                    .header("Authorization", basicAuth)
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
