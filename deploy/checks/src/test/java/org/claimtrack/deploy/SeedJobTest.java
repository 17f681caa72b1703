package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The seed Job imports the repository's own seed bundles through the gateway, with nothing from outside and no manual
 * step: it signs in as the account the gateway creates from their shared Secret.
 */
class SeedJobTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void seedConfigMapsShipTheRepositorysBundlesAndTheScript(String overlay) throws IOException {
        Manifests manifests = Manifests.of(overlay);
        Map<String, String> bundleData = manifests.generated(ConfigMap.class, "seed-bundle").getData();
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Tools.repoRoot().resolve("seeds"))) {
            bundles = files.filter(SeedJobTest::isBundle).sorted().toList();
        }
        assertTrue(!bundles.isEmpty(), "no seed bundle in seeds/");
        for (Path bundle : bundles) {
            assertEquals(Files.readString(bundle), bundleData.get(bundle.getFileName().toString()),
                    bundle + " differs or is missing: list every bundle in seeds/kustomization.yaml");
        }
        assertEquals(bundles.size(), bundleData.size(), "unexpected files in the seed-bundle ConfigMap: " + bundleData.keySet());
        assertEquals(Map.of("seed.sh", Files.readString(Tools.repoRoot().resolve("deploy/kubernetes/base/seed/seed.sh"))),
                manifests.generated(ConfigMap.class, "seed-script").getData());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void seedJobRunsTheMountedScriptAgainstTheInClusterGateway(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Job job = manifests.get(Job.class, "seed");
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        Map<String, String> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        assertEquals("http://gateway:8080", env.get("GATEWAY_URL"));
        String seedDir = env.get("SEED_DIR");
        assertEquals(List.of("/bin/sh", seedDir + "/seed.sh"), container.getCommand());
        VolumeMount mount = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(seedDir)).findFirst().orElseThrow();
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getProjected(), "the script and the bundles in one directory");
        assertEquals(List.of(manifests.generated(ConfigMap.class, "seed-script").getMetadata().getName(),
                        manifests.generated(ConfigMap.class, "seed-bundle").getMetadata().getName()),
                volume.getProjected().getSources().stream().map(source -> source.getConfigMap().getName()).toList());
        assertTrue(job.getSpec().getBackoffLimit() > 0, "a gateway still starting must not fail the seeding for good");
        assertNotNull(job.getSpec().getActiveDeadlineSeconds());
    }

    /** No manual step on the first deploy: the gateway makes the account the Job signs in with, from the same Secret. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayAndTheSeedJobShareTheSeedAccountsSecret(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        String secret = manifests.generated(Secret.class, "seed-credentials").getMetadata().getName();
        for (Container container : List.of(
                manifests.get(Job.class, "seed").getSpec().getTemplate().getSpec().getContainers().get(0),
                manifests.get(Deployment.class, "gateway").getSpec().getTemplate().getSpec().getContainers().get(0))) {
            assertTrue(container.getEnvFrom().stream().anyMatch(from -> from.getSecretRef() != null
                    && from.getSecretRef().getName().equals(secret)), container.getName() + " does not read " + secret);
        }
        assertEquals(java.util.Set.of("CLAIMTRACK_SEED_USER", "CLAIMTRACK_SEED_PASSWORD"),
                manifests.generated(Secret.class, "seed-credentials").getData().keySet());
    }

    static boolean isBundle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".schema.json");
    }
}
