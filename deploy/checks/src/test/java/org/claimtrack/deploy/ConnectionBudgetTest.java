package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The connection budget of docs/kubernetes.md: with every Deployment at its most pods (the HPA maximum, or its replica
 * count, plus the one surge pod of a rolling update) each holding a full pool, the three services together open no
 * more than PostgreSQL's default max_connections less a reserve for the superuser, the operator's tools, backups and
 * monitoring. All three databases live on one server (one cluster), so they share one limit.
 */
class ConnectionBudgetTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    /** PostgreSQL's default, and CloudNativePG's. */
    static final int MAX_CONNECTIONS = 100;
    /** superuser_reserved_connections (3), psql sessions, pg_dump, the metrics exporter: kept free. */
    static final int RESERVE = 20;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void poolsAtTheMostPodsStayWithinTheDatabasesLimit(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        int total = 0;
        StringBuilder sum = new StringBuilder();
        for (String service : SecurityPolicyTest.SERVICES) {
            Deployment deployment = manifests.get(Deployment.class, service);
            String pool = manifests.generated(ConfigMap.class, service + "-config").getData().get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            assertNotNull(pool, service + " sets no pool size: its application default counts against the budget unseen");
            int pods = mostPods(manifests, deployment);
            total += pods * Integer.parseInt(pool);
            sum.append(String.format("%s %d pods x %s, ", service, pods, pool));
        }
        System.out.printf("connection budget (%s): %s= %d of %d - %d%n", overlay, sum, total, MAX_CONNECTIONS, RESERVE);
        assertTrue(total <= MAX_CONNECTIONS - RESERVE, overlay + ": " + sum + "= " + total + " connections, over "
                + (MAX_CONNECTIONS - RESERVE) + " (docs/kubernetes.md, connection budget)");
    }

    private static int mostPods(Manifests manifests, Deployment deployment) {
        String name = deployment.getMetadata().getName();
        Optional<HorizontalPodAutoscaler> hpa = manifests.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).findFirst();
        int steady = hpa.map(h -> h.getSpec().getMaxReplicas()).orElse(deployment.getSpec().getReplicas());
        var surge = deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge();
        assertNotNull(surge.getIntVal(), name + ": give maxSurge as a number of pods, so the budget can count it");
        return steady + surge.getIntVal();
    }
}
