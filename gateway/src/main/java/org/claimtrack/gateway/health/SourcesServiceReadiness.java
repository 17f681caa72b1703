package org.claimtrack.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimtrack.gateway.client.SourcesApi;
import org.claimtrack.gateway.model.Downstream;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Readiness
@ApplicationScoped
public class SourcesServiceReadiness implements AsyncHealthCheck {

    @RestClient
    SourcesApi sources;

    @Override
    public Uni<HealthCheckResponse> call() {
        return DownstreamReadiness.probe(Downstream.SOURCES, sources.ready(),
                "claim reads answer with degraded [\"sources\"] and no source or document fields; source, document "
                        + "and stance writes and ClaimReview answer 503 with Retry-After");
    }
}
