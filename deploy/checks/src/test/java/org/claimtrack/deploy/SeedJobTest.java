package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
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

/** The seed Job imports the repository's own seed bundle through the gateway, with nothing from outside. */
class SeedJobTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void seedConfigMapShipsTheRepositorysBundlesAndTheScript(String overlay) throws IOException {
        Map<String, String> data = Manifests.of(overlay).generated(ConfigMap.class, "seed-bundle").getData();
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Tools.repoRoot().resolve("seeds"))) {
            bundles = files.filter(SeedJobTest::isBundle).sorted().toList();
        }
        assertTrue(!bundles.isEmpty(), "no seed bundle in seeds/");
        for (Path bundle : bundles) {
            assertEquals(Files.readString(bundle), data.get(bundle.getFileName().toString()), bundle + " differs or is missing");
        }
        assertEquals(Files.readString(Tools.repoRoot().resolve("deploy/kubernetes/base/seed/seed.sh")), data.get("seed.sh"));
        assertEquals(bundles.size() + 1, data.size(), "unexpected files in the seed ConfigMap: " + data.keySet());
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
        assertNotNull(volume.getConfigMap());
        assertEquals(manifests.generated(ConfigMap.class, "seed-bundle").getMetadata().getName(), volume.getConfigMap().getName());
        assertTrue(job.getSpec().getBackoffLimit() > 0, "a gateway still starting must not fail the seeding for good");
        assertNotNull(job.getSpec().getActiveDeadlineSeconds());
    }

    static boolean isBundle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".schema.json");
    }
}
