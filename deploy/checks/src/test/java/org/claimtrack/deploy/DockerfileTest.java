package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each service's image runs the packaged quarkus-app as the non-root user the pods expect. */
class DockerfileTest {

    static final List<String> SERVICES = SecurityPolicyTest.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void imageRunsTheFastJarAsTheNonRootUserOfThePod(String service) throws IOException {
        List<String> lines = Files.readAllLines(Tools.repoRoot().resolve(service + "/src/main/docker/Dockerfile.jvm"));
        String from = lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow();
        assertTrue(from.matches("FROM \\S+:\\d[\\w.-]*"), "base image not pinned to a version: " + from);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY") && l.contains("target/quarkus-app/lib/")), service);
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5).trim();
        Long podUser = Manifests.of("production").get(Deployment.class, service).getSpec().getTemplate().getSpec()
                .getSecurityContext().getRunAsUser();
        assertEquals(String.valueOf(podUser), user, "the image's user and the pod's runAsUser");
        assertTrue(lines.stream().anyMatch(l -> l.contains("-Ppostgres")), "documents the PostgreSQL build");
    }
}
