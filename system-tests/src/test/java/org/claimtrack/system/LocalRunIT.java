package org.claimtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's run command as a newcomer uses it, and as it is tried from outside: {@code deploy/local/run.sh} starts
 * the three services on embedded H2 with the seeds loaded, and a service killed with {@code kill -9} is started again
 * while the other two go on serving (the dossier degraded meanwhile), as Kubernetes restarts a pod; SIGTERM stops all
 * three. Runs the jars the default build packaged (a -Ppostgres build makes PostgreSQL jars, which run.sh would
 * rebuild).
 */
@EnabledIfSystemProperty(named = "claimtrack.localrun.enabled", matches = "true", disabledReason = "run.sh runs the "
        + "embedded-H2 jars, which only the default build packages")
class LocalRunIT {

    private static final Path ROOT = Path.of(System.getProperty("claimtrack.root", ".."));
    private static final Pattern STARTED = Pattern.compile("started (\\S+) on port \\d+ \\(pid (\\d+)");

    private static Process run;
    private static Path output;
    private static String gateway;

    @BeforeAll
    static void start() throws IOException {
        Path work = ROOT.resolve("system-tests/target/local-run");
        Path data = work.resolve("data");
        Files.createDirectories(work);
        deleteTree(data);
        output = work.resolve("run.out");
        int gatewayPort = FreePorts.next();
        gateway = "http://localhost:" + gatewayPort;
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/local/run.sh").directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(Map.of("CLAIMTRACK_DATA_DIR", data.toString(),
                "GATEWAY_PORT", Integer.toString(gatewayPort), "CLAIMS_PORT", Integer.toString(FreePorts.next()),
                "SOURCES_PORT", Integer.toString(FreePorts.next()),
                "GATEWAY_MANAGEMENT_PORT", Integer.toString(FreePorts.next()),
                "CLAIMS_MANAGEMENT_PORT", Integer.toString(FreePorts.next()),
                "SOURCES_MANAGEMENT_PORT", Integer.toString(FreePorts.next())));
        run = builder.start();
        FaultsIT.awaitUntil(Duration.ofMinutes(5), () -> {
            assertTrue(run.isAlive(), "run.sh ended before the system was running:\n" + output());
            return output().contains("Claimtrack is running");
        });
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (run != null && run.isAlive()) {
            run.destroy();
            if (!run.waitFor(3, TimeUnit.MINUTES)) {
                run.destroyForcibly();
            }
        }
    }

    @Test
    void seedsLoadedKilledServicesComeBackAndSigtermStopsAll() throws InterruptedException {
        assertTrue(output().contains("seed import SUCCEEDED: 76 total"), output());
        String claim = troopsClaim();
        Response dossier = dossier(claim);
        assertEquals("DISPUTED", dossier.jsonPath().getString("claim.status"), dossier.asString());
        assertEquals(List.of(), dossier.jsonPath().getList("degraded"), dossier.asString());

        // the sources-service dies: the gateway still answers, degraded, and run.sh starts it again
        kill("sources-service");
        Response degraded = dossier(claim);
        assertEquals(200, degraded.statusCode(), degraded.asString());
        assertEquals("DISPUTED", degraded.jsonPath().getString("claim.status"), degraded.asString());
        assertTrue(degraded.jsonPath().getList("degraded").contains("sources"), degraded.asString());
        FaultsIT.awaitUntil(Duration.ofMinutes(2), () -> {
            Response r = dossier(claim);
            return r.statusCode() == 200 && r.jsonPath().getList("degraded").isEmpty();
        });
        assertTrue(output().contains("sources-service stopped unexpectedly"), output());

        // the gateway itself dies: it comes back on the same port with the same data
        kill("gateway");
        FaultsIT.awaitUntil(Duration.ofMinutes(2), () -> {
            try {
                return dossier(claim).statusCode() == 200;
            } catch (Exception refused) { // connection refused while it starts (RestAssured throws it unchecked)
                return false;
            }
        });
        assertEquals(claim, troopsClaim(), "the same claim, not a second seed import");

        // SIGTERM (Ctrl-C's TERM sibling) stops every service, the restarted ones included
        List<Long> services = pids().values().stream().toList();
        run.destroy();
        assertTrue(run.waitFor(3, TimeUnit.MINUTES), "run.sh did not stop within 3 minutes:\n" + output());
        for (long pid : services) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "service pid " + pid
                    + " outlived run.sh:\n" + output());
        }
    }

    private static String troopsClaim() {
        Response list = RestAssured.given().baseUri(gateway).queryParam("q", "100,000 soldiers").get("/api/claims");
        assertEquals(200, list.statusCode(), list.asString());
        return list.jsonPath().getString("items[0].id");
    }

    private static Response dossier(String claim) {
        return RestAssured.given().baseUri(gateway).get("/api/claims/" + claim);
    }

    /** kill -9 of the service's current process, as run.sh printed it. */
    private static void kill(String module) {
        long pid = pids().get(module);
        ProcessHandle service = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(module + " (pid " + pid
                + ") is not running:\n" + output()));
        service.destroyForcibly();
        service.onExit().join();
    }

    /** Each service's latest pid: run.sh prints a line per start, restarts included. */
    private static Map<String, Long> pids() {
        Map<String, Long> latest = new HashMap<>();
        Matcher m = STARTED.matcher(output());
        while (m.find()) {
            latest.put(m.group(1), Long.parseLong(m.group(2)));
        }
        assertEquals(3, latest.size(), output());
        return latest;
    }

    private static String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
