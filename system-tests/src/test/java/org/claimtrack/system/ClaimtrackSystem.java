package org.claimtrack.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole Claimtrack system as real processes: the three packaged jars
 * ({@code <module>/target/quarkus-app/quarkus-run.jar}) on free ports, with a fresh data directory and a generated
 * service token. Start one with {@code ClaimtrackSystem.builder("name").start()} (or share one per test JVM with
 * {@link SharedSystem#get()}), and close it at the end. Logs go to {@code target/system-logs/<name>/<service>.log}.
 */
public final class ClaimtrackSystem implements AutoCloseable {

    /** The three services, with their Maven module names. */
    public enum Service {
        SOURCES("sources-service"), CLAIMS("claims-service"), GATEWAY("gateway");

        final String module;

        Service(String module) {
            this.module = module;
        }
    }

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINISHED_IMPORT_STATES = Set.of("SUCCEEDED", "COMPLETED_WITH_ERRORS",
            "FAILED");

    private final String name;
    private final Path dataDir;
    private final String serviceToken = UUID.randomUUID().toString();
    private final Map<Service, ServiceProcess> processes = new EnumMap<>(Service.class);
    private final Map<Service, DelayProxy> proxies = new EnumMap<>(Service.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PostgresDatabases postgres;

    private ClaimtrackSystem(Builder b) {
        this.name = b.name;
        try {
            Path logs = Path.of(System.getProperty("claimtrack.system.logs", "target/system-logs"), name);
            Files.createDirectories(logs);
            this.dataDir = Files.createTempDirectory("claimtrack-" + name + "-");
            Path root = Path.of(System.getProperty("claimtrack.root", "..")).toAbsolutePath().normalize();
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            Map<Service, Integer> managementPorts = new EnumMap<>(Service.class);
            for (Service s : Service.values()) {
                ports.put(s, FreePorts.next());
                managementPorts.put(s, FreePorts.next());
            }
            postgres = new PostgresDatabases(name);
            Map<Service, Integer> reachedAt = new EnumMap<>(ports);
            if (b.delayProxies) {
                for (Service s : List.of(Service.SOURCES, Service.CLAIMS)) {
                    DelayProxy proxy = new DelayProxy(FreePorts.next(), ports.get(s));
                    proxies.put(s, proxy);
                    reachedAt.put(s, proxy.port());
                }
            }
            for (Service s : Service.values()) {
                Map<String, String> env = new HashMap<>();
                env.put("CLAIMTRACK_DATA_DIR", dataDir.toString());
                env.put("CLAIMTRACK_SERVICE_TOKEN", serviceToken);
                Path jar = root.resolve(s.module).resolve("target/quarkus-app/quarkus-run.jar");
                // A jar built with -Ppostgres (db-kind is fixed at build time) gets a fresh database on the local server.
                if (PostgresDatabases.builtForPostgres(jar)) {
                    env.putAll(postgres.environmentFor(s.module));
                }
                if (s == Service.GATEWAY) {
                    env.put("CLAIMS_SERVICE_URL", "http://127.0.0.1:" + reachedAt.get(Service.CLAIMS));
                    env.put("SOURCES_SERVICE_URL", "http://127.0.0.1:" + reachedAt.get(Service.SOURCES));
                    // every test client reads from 127.0.0.1, far faster than a person: the costly-read limits are
                    // proven in the gateway's ReadRateLimitTest, not tripped here
                    env.put("CLAIMTRACK_RATE_LIMIT_ANONYMOUS_BURST", "1000000");
                    env.put("CLAIMTRACK_RATE_LIMIT_SIGNED_IN_BURST", "1000000");
                    env.put("CLAIMS_SERVICE_MANAGEMENT_URL", "http://127.0.0.1:" + managementPorts.get(Service.CLAIMS));
                    env.put("SOURCES_SERVICE_MANAGEMENT_URL", "http://127.0.0.1:" + managementPorts.get(Service.SOURCES));
                }
                env.putAll(b.env.getOrDefault(s, Map.of()));
                List<String> jvm = new ArrayList<>(b.jvmArgs);
                jvm.addAll(b.serviceJvmArgs.getOrDefault(s, List.of()));
                processes.put(s, new ServiceProcess(s.module, jar, ports.get(s), managementPorts.get(s), env, jvm, logs.resolve(s.module + ".log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Starts the two services side by side, then the gateway, and waits until all three are ready. */
    public ClaimtrackSystem start() {
        try {
            CompletableFuture<Void> sources = CompletableFuture.runAsync(() -> restart(Service.SOURCES));
            CompletableFuture<Void> claims = CompletableFuture.runAsync(() -> restart(Service.CLAIMS));
            CompletableFuture.allOf(sources, claims).join();
            restart(Service.GATEWAY);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public ServiceProcess service(Service s) {
        return processes.get(s);
    }

    /** The gateway's root, e.g. {@code http://127.0.0.1:9151} (the web UI is at {@code /}). */
    public String gatewayUrl() {
        return service(Service.GATEWAY).baseUrl();
    }

    /** The public API's root: {@code <gateway>/api}. */
    public String apiUrl() {
        return gatewayUrl() + "/api";
    }

    /** The shared secret the services accept on writes (for tests that talk to a service directly). */
    public String serviceToken() {
        return serviceToken;
    }

    /** The user the gateway creates on first start; it holds every role (editor, reviewer, admin). */
    public static final String ADMIN = "admin";

    /** The admin's password, which the gateway writes to {@code <data dir>/admin-password} on its first start. */
    public String adminPassword() {
        try {
            return Files.readString(dataDir.resolve("admin-password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway has not written the admin password (yet)", e);
        }
    }

    /** {@code Authorization} header value for the admin (HTTP Basic). */
    public String adminAuthorization() {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((ADMIN + ":" + adminPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The delay proxy between the gateway and a service; only with {@link Builder#delayProxies()}. */
    public DelayProxy proxy(Service s) {
        DelayProxy p = proxies.get(s);
        if (p == null) {
            throw new IllegalStateException("built without delay proxies");
        }
        return p;
    }

    /** kill -9 one service. */
    public void kill(Service s) {
        service(s).kill();
    }

    /** Starts a stopped or killed service again on the same port and data, and waits until it is ready. */
    public Duration restart(Service s) {
        ServiceProcess p = service(s);
        p.start();
        return p.awaitReady(READY_TIMEOUT);
    }

    /** POSTs a bundle (JSON text) to {@code /api/imports} and returns the job's id. */
    public String startImport(String bundleJson) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(apiUrl() + "/imports"))
                .header("Content-Type", "application/json").header("Authorization", adminAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(bundleJson)).timeout(Duration.ofMinutes(5)).build());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("import not accepted: " + r.statusCode() + " " + r.body());
        }
        return readJson(r.body()).path("id").asText();
    }

    /** The job as {@code GET /api/imports/{id}} shows it. */
    public JsonNode importJob(String id) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(apiUrl() + "/imports/" + id)).GET()
                .timeout(Duration.ofSeconds(30)).build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("import job " + id + ": " + r.statusCode() + " " + r.body());
        }
        return readJson(r.body());
    }

    /** Polls the job until it has finished (whatever its outcome) and returns its last state. */
    public JsonNode awaitImport(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode job = importJob(id);
        while (!FINISHED_IMPORT_STATES.contains(job.path("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("import " + id + " not finished after " + timeout + ": " + job);
            }
            ServiceProcess.sleep(200);
            job = importJob(id);
        }
        return job;
    }

    /** Imports a bundle and waits for the job to finish. */
    public JsonNode importBundle(String bundleJson, Duration timeout) {
        return awaitImport(startImport(bundleJson), timeout);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** Stops the gateway first, then the services, and removes the data directory. Logs stay in target/. */
    @Override
    public void close() {
        service(Service.GATEWAY).stop();
        service(Service.CLAIMS).stop();
        service(Service.SOURCES).stop();
        proxies.values().forEach(DelayProxy::close);
        postgres.dropAll();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }

    @Override
    public String toString() {
        return "ClaimtrackSystem " + name + " gateway=" + gatewayUrl() + " claims=" + service(Service.CLAIMS).baseUrl()
                + " sources=" + service(Service.SOURCES).baseUrl() + " data=" + dataDir;
    }

    /** Options for a system: JVM flags, extra environment per service, delay proxies in front of the services. */
    public static final class Builder {
        private final String name;
        private final List<String> jvmArgs = new ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        private final Map<Service, List<String>> serviceJvmArgs = new EnumMap<>(Service.class);
        private final Map<Service, Map<String, String>> env = new EnumMap<>(Service.class);
        private boolean delayProxies;

        private Builder(String name) {
            this.name = name;
        }

        /** A config property for one service, passed as {@code -Dkey=value}. */
        public Builder config(Service s, String key, String value) {
            serviceJvmArgs.computeIfAbsent(s, k -> new ArrayList<>()).add("-D" + key + "=" + value);
            return this;
        }

        /** An environment variable for one service. */
        public Builder env(Service s, String key, String value) {
            env.computeIfAbsent(s, k -> new HashMap<>()).put(key, value);
            return this;
        }

        /** Puts a {@link DelayProxy} between the gateway and each service. */
        public Builder delayProxies() {
            this.delayProxies = true;
            return this;
        }

        public ClaimtrackSystem start() {
            return new ClaimtrackSystem(this).start();
        }
    }
}
