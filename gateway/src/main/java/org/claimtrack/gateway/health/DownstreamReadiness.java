package org.claimtrack.gateway.health;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.claimtrack.gateway.model.Downstream;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness of one downstream service. Always UP: the gateway still serves degraded reads when a service is down,
 * so taking it out of rotation would only make things worse. The data says whether the service answers and what
 * a client loses while it does not.
 */
final class DownstreamReadiness {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private DownstreamReadiness() {
    }

    static Uni<HealthCheckResponse> probe(Downstream service, Uni<?> ready, String whenDown) {
        return ready.ifNoItem().after(PROBE_TIMEOUT).fail()
                .map(ok -> HealthCheckResponse.named(service.serviceName()).up()
                        .withData("reachable", true).build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(service.serviceName()).up()
                        .withData("reachable", false)
                        .withData("impact", whenDown).build());
    }
}
