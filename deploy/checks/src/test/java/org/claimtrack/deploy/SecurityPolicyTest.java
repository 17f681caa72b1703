package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The hardening every container and pod must have, in both overlays, whatever workload runs it. */
class SecurityPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final List<String> SERVICES = List.of("gateway", "claims-service", "sources-service");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerIsHardened(String overlay) {
        List<Workloads.Workload> workloads = Workloads.of(Manifests.of(overlay));
        assertEquals(4, workloads.size(), "three Deployments and the seed Job: " + workloads);
        for (Workloads.Workload workload : workloads) {
            PodSpec pod = workload.template().getSpec();
            PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
            assertNotEquals(Boolean.TRUE, pod.getHostNetwork(), workload.label());
            assertNotEquals(Boolean.TRUE, pod.getHostPID(), workload.label());
            assertNotEquals(Boolean.TRUE, pod.getHostIPC(), workload.label());
            for (Container container : workload.allContainers()) {
                String where = workload.label() + " container " + container.getName();
                SecurityContext context = container.getSecurityContext();
                assertNotNull(context, where + " has no securityContext");
                assertTrue(firstSet(context.getRunAsNonRoot(), podContext.getRunAsNonRoot()), where + " runAsNonRoot");
                Long user = context.getRunAsUser() != null ? context.getRunAsUser() : podContext.getRunAsUser();
                assertTrue(user == null || user > 0, where + " runs as user " + user);
                assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), where + " readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), where + " allowPrivilegeEscalation");
                assertNotEquals(Boolean.TRUE, context.getPrivileged(), where + " privileged");
                assertNotNull(context.getCapabilities(), where + " capabilities");
                assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), where + " drops ALL capabilities");
                assertEquals(List.of(), context.getCapabilities().getAdd(), where + " adds capabilities");
                String seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile().getType()
                        : podContext.getSeccompProfile() != null ? podContext.getSeccompProfile().getType() : null;
                assertEquals("RuntimeDefault", seccomp, where + " seccomp profile");
                assertWritableTmpIsEmptyDir(pod, container, where);
                assertResourcesBounded(container.getResources(), where);
                assertPinnedImage(container.getImage(), where);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noPodGetsAKubernetesApiToken(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (Workloads.Workload workload : Workloads.of(manifests)) {
            PodSpec pod = workload.template().getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), workload.label());
            String account = pod.getServiceAccountName();
            assertNotNull(account, workload.label() + " runs as the namespace's default service account");
            ServiceAccount serviceAccount = manifests.get(ServiceAccount.class, account);
            assertEquals(Boolean.FALSE, serviceAccount.getAutomountServiceAccountToken(), "ServiceAccount " + account);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesHaveHealthProbesOnTheirManagementPortAndPrometheusAnnotations(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : SERVICES) {
            Deployment deployment = manifests.get(Deployment.class, service);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertEquals(List.of("http", "management"), container.getPorts().stream().map(p -> p.getName()).toList(), service);
            int port = container.getPorts().get(1).getContainerPort();
            assertProbe(container.getStartupProbe(), "/q/health/started", service + " startup");
            assertProbe(container.getLivenessProbe(), "/q/health/live", service + " liveness");
            assertProbe(container.getReadinessProbe(), "/q/health/ready", service + " readiness");
            // Until the startup probe passes liveness does not count: it must cover a slow Flyway migration.
            Probe startup = container.getStartupProbe();
            assertTrue(startup.getPeriodSeconds() * startup.getFailureThreshold() >= 120, service + " startup budget");
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            assertEquals("true", annotations.get("prometheus.io/scrape"), service);
            assertEquals("/q/metrics", annotations.get("prometheus.io/path"), service);
            assertEquals(String.valueOf(port), annotations.get("prometheus.io/port"), service);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void secretsAreTemplatesWithoutRealValues(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<Secret> secrets = manifests.all(Secret.class);
        assertEquals(4, secrets.size(), "one per service and the seed Job's credentials");
        for (Secret secret : secrets) {
            String name = secret.getMetadata().getName();
            assertTrue(secret.getStringData() == null || secret.getStringData().isEmpty(), name);
            secret.getData().forEach((key, value) -> {
                if (key.matches(".*(PASSWORD|TOKEN|KEY)")) {
                    assertTrue(decode(value).startsWith("CHANGE_ME"), name + " " + key + " holds a real value");
                } else if (key.endsWith("JDBC_URL")) {
                    String host = URI.create(decode(value).substring("jdbc:".length())).getHost();
                    assertTrue(host.endsWith(".invalid"), name + " points at a real database host: " + host);
                }
            });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void configMapsHoldNoSecrets(String overlay) {
        for (ConfigMap map : Manifests.of(overlay).all(ConfigMap.class)) {
            // A *_FILE key names where a secret is kept, which is not itself secret.
            map.getData().keySet().forEach(key -> assertFalse(key.matches("(?i).*(password|token|secret|credential|key).*")
                    && !key.endsWith("_FILE"), map.getMetadata().getName() + " holds " + key));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceHasOneDatabaseOfItsOwn(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        List<String> urls = SERVICES.stream()
                .map(s -> decode(manifests.generated(Secret.class, s + "-secrets").getData().get("QUARKUS_DATASOURCE_JDBC_URL")))
                .distinct().toList();
        assertEquals(3, urls.size(), urls.toString());
        urls.forEach(url -> assertTrue(url.startsWith("jdbc:postgresql://"), url));
    }

    static String decode(String base64) {
        assertNotNull(base64, "missing Secret value");
        return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static boolean firstSet(Boolean container, Boolean pod) {
        return Boolean.TRUE.equals(container != null ? container : pod);
    }

    private static void assertWritableTmpIsEmptyDir(PodSpec pod, Container container, String where) {
        String volumeName = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                .map(m -> m.getName()).findFirst().orElseThrow(() -> new AssertionError(where + " has no /tmp mount"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(volumeName)).findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir(), where + " /tmp is not an emptyDir");
        assertNotNull(volume.getEmptyDir().getSizeLimit(), where + " /tmp has no size limit");
    }

    private static void assertResourcesBounded(ResourceRequirements resources, String where) {
        assertNotNull(resources, where + " resources");
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests().get(resource);
            Quantity limit = resources.getLimits().get(resource);
            assertNotNull(request, where + " requests " + resource);
            assertNotNull(limit, where + " limits " + resource);
            assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                    where + " requests more " + resource + " than its limit");
        }
    }

    private static void assertPinnedImage(String image, String where) {
        int tag = image.lastIndexOf(':');
        assertTrue(tag > image.lastIndexOf('/'), where + " image without a tag: " + image);
        assertNotEquals("latest", image.substring(tag + 1), where + " image " + image);
    }

    private static void assertProbe(Probe probe, String path, String where) {
        assertNotNull(probe, where + " probe");
        assertEquals(path, probe.getHttpGet().getPath(), where);
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), where);
    }
}
