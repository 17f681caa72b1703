package org.claimtrack.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.claimtrack.gateway.client.ClaimsManagementApi;
import org.claimtrack.gateway.client.SourcesManagementApi;
import org.claimtrack.gateway.model.Downstream;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Readiness of each downstream service, one check per service. Always UP: the gateway still serves degraded reads
 * when a service is down, so taking it out of rotation would only make things worse. The data says whether the
 * service answers and what a client loses while it does not. Each service's readiness is on its management port.
 */
@ApplicationScoped
class DownstreamReadiness {

    private static final Logger LOG = Logger.getLogger(DownstreamReadiness.class);

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    @RestClient
    ClaimsManagementApi claims;

    @RestClient
    SourcesManagementApi sources;

    @Produces
    @Readiness
    AsyncHealthCheck claimsService() {
        return () -> probe(Downstream.CLAIMS, offTheEventLoop(() -> claims.ready()),
                "claim reads and writes and source/document deletes answer 503 with Retry-After; source and document "
                        + "reads still work, profiles and documents marked degraded [\"claims\"]");
    }

    @Produces
    @Readiness
    AsyncHealthCheck sourcesService() {
        return () -> probe(Downstream.SOURCES, offTheEventLoop(() -> sources.ready()),
                "claim reads answer with degraded [\"sources\"] and no source or document fields; source, document "
                        + "and stance writes and ClaimReview answer 503 with Retry-After");
    }

    /**
     * The management interface runs health checks on its event loop, where the first call of a REST client (which
     * creates the client) may not block: make the call from a worker thread.
     */
    private static Uni<?> offTheEventLoop(java.util.function.Supplier<Uni<?>> call) {
        return Uni.createFrom().deferred(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    static Uni<HealthCheckResponse> probe(Downstream service, Uni<?> ready, String whenDown) {
        return ready.ifNoItem().after(PROBE_TIMEOUT).fail()
                .map(ok -> HealthCheckResponse.named(service.serviceName()).up()
                        .withData("reachable", true).build())
                .onFailure().invoke(failure -> LOG.debugf("%s readiness: %s", service.serviceName(), failure))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(service.serviceName()).up()
                        .withData("reachable", false)
                        .withData("impact", whenDown).build());
    }
}
