package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What distinguishes the two overlays: a small single-replica install and a highly available one. */
class OverlayShapeTest {

    static final List<String> SERVICES = SecurityPolicyTest.SERVICES;

    @Test
    void localRunsOneSmallReplicaOfEachServiceAndNoPublicEntry() {
        Manifests local = Manifests.of("local");
        for (String service : SERVICES) {
            Deployment deployment = local.get(Deployment.class, service);
            assertEquals(1, deployment.getSpec().getReplicas(), service);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertTrue(container.getResources().getLimits().get("memory").getNumericalAmount()
                    .compareTo(Manifests.of("production").get(Deployment.class, service).getSpec().getTemplate().getSpec()
                            .getContainers().get(0).getResources().getLimits().get("memory").getNumericalAmount()) < 0,
                    service + " local memory limit is not smaller than production's");
        }
        assertEquals(List.of(), local.all(Ingress.class));
        assertEquals(List.of(), local.all(HorizontalPodAutoscaler.class));
    }

    @Test
    void productionAutoscalesTheGatewayAndTheClaimsService() {
        Manifests production = Manifests.of("production");
        for (String service : List.of("gateway", "claims-service")) {
            Deployment deployment = production.get(Deployment.class, service);
            HorizontalPodAutoscaler hpa = production.get(HorizontalPodAutoscaler.class, service);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind(), service);
            assertEquals(service, hpa.getSpec().getScaleTargetRef().getName());
            assertTrue(hpa.getSpec().getMinReplicas() >= 2, service);
            assertEquals(hpa.getSpec().getMinReplicas(), deployment.getSpec().getReplicas(), service + " starts at the HPA's minimum");
            assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), service);
            // Utilisation targets need CPU requests to measure against.
            assertNotNull(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests().get("cpu"));
        }
        assertEquals(2, production.all(HorizontalPodAutoscaler.class).size());
    }

    /** The ports the manifests name are the ones the services listen on when nothing overrides them. */
    @Test
    void containerPortsAreTheServicesOwnHttpAndManagementPorts() throws java.io.IOException {
        Manifests production = Manifests.of("production");
        for (String service : SERVICES) {
            java.util.Properties properties = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(
                    Tools.repoRoot().resolve(service + "/src/main/resources/application.properties"))) {
                properties.load(in);
            }
            Container container = production.get(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, Integer> ports = container.getPorts().stream()
                    .collect(Collectors.toMap(p -> p.getName(), p -> p.getContainerPort()));
            assertEquals("true", properties.getProperty("quarkus.management.enabled"), service);
            assertEquals(properties.getProperty("quarkus.management.port"), String.valueOf(ports.get("management")), service);
            assertEquals(String.valueOf(ports.get("http")),
                    production.generated(ConfigMap.class, service + "-config").getData().get("QUARKUS_HTTP_PORT"), service);
        }
    }

    @Test
    void productionProtectsEveryServiceWithADisruptionBudgetAndSpreadsReplicas() {
        Manifests production = Manifests.of("production");
        for (String service : SERVICES) {
            Deployment deployment = production.get(Deployment.class, service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = production.all(PodDisruptionBudget.class,
                    b -> NetworkPolicyTest.matches(b.getSpec().getSelector(), podLabels));
            assertEquals(1, budgets.size(), service + " disruption budgets");
            PodDisruptionBudget budget = budgets.get(0);
            // A budget must allow a drain: with maxUnavailable, or with minAvailable below the replica count.
            assertTrue(budget.getSpec().getMaxUnavailable() != null
                    || budget.getSpec().getMinAvailable().getIntVal() < deployment.getSpec().getReplicas(), service);
            assertTrue(deployment.getSpec().getReplicas() >= 2, service + " has a single replica: its budget blocks drains");

            List<TopologySpreadConstraint> spread = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            Set<String> keys = spread.stream().map(TopologySpreadConstraint::getTopologyKey).collect(Collectors.toSet());
            assertEquals(Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone"), keys, service);
            for (TopologySpreadConstraint constraint : spread) {
                // The constraint counts this Deployment's own pods only (selector plus the pod's own name label).
                assertTrue(NetworkPolicyTest.matches(constraint.getLabelSelector(), podLabels), service);
                assertTrue(constraint.getMatchLabelKeys().contains("app.kubernetes.io/name"), service);
            }
        }
    }

    @Test
    void productionIngressServesOnlyTheGatewayOverTls() {
        Manifests production = Manifests.of("production");
        List<Ingress> ingresses = production.all(Ingress.class);
        assertEquals(1, ingresses.size());
        Ingress ingress = ingresses.get(0);
        List<IngressTLS> tls = ingress.getSpec().getTls();
        assertEquals(1, tls.size());
        assertFalse(tls.get(0).getSecretName().isBlank());
        assertEquals(Set.copyOf(tls.get(0).getHosts()),
                ingress.getSpec().getRules().stream().map(r -> r.getHost()).collect(Collectors.toSet()), "every host has TLS");
        ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
            String backend = path.getBackend().getService().getName();
            assertEquals("gateway", backend);
            // the HTTP port only: health and metrics (the management port) never get a public route
            assertEquals("http", path.getBackend().getService().getPort().getName());
            Service service = production.get(Service.class, backend);
            assertEquals(List.of("http"), service.getSpec().getPorts().stream().map(p -> p.getName()).toList());
        }));
        assertEquals("true", ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/ssl-redirect"));
        // Links the gateway writes (OpenAPI servers, ClaimReview) point at the address the Ingress serves.
        assertEquals("https://" + tls.get(0).getHosts().get(0),
                production.generated(ConfigMap.class, "gateway-config").getData().get("CLAIMTRACK_PUBLIC_BASE_URL"));
    }

    @Test
    void productionLogsJsonAndKeepsTracingOffByDefault() {
        Manifests production = Manifests.of("production");
        Manifests local = Manifests.of("local");
        for (String service : SERVICES) {
            Map<String, String> prod = production.generated(ConfigMap.class, service + "-config").getData();
            assertEquals("true", prod.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), service);
            assertEquals("true", prod.get("QUARKUS_OTEL_SDK_DISABLED"), service);
            assertTrue(prod.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").startsWith("http"), service);
            assertEquals("false", local.generated(ConfigMap.class, service + "-config").getData()
                    .get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), service);
        }
    }

    @Test
    void servicesSelectTheirOwnDeploymentAndTheGatewayCallsThemByServiceName() {
        Manifests production = Manifests.of("production");
        for (String service : SERVICES) {
            Service svc = production.get(Service.class, service);
            Deployment deployment = production.get(Deployment.class, service);
            assertEquals(svc.getSpec().getSelector(), deployment.getSpec().getSelector().getMatchLabels(), service);
            assertTrue(NetworkPolicyTest.matches(deployment.getSpec().getSelector(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels()), service);
            int containerPort = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getContainerPort();
            assertEquals(String.valueOf(containerPort),
                    production.generated(ConfigMap.class, service + "-config").getData().get("QUARKUS_HTTP_PORT"), service);
        }
        Map<String, String> gateway = production.generated(ConfigMap.class, "gateway-config").getData();
        assertEquals("http://claims-service:8081", gateway.get("CLAIMS_SERVICE_URL"));
        assertEquals("http://sources-service:8082", gateway.get("SOURCES_SERVICE_URL"));
    }
}
