package org.claimtrack.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimtrack.gateway.client.ClaimsApi;
import org.claimtrack.gateway.model.Downstream;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Readiness
@ApplicationScoped
public class ClaimsServiceReadiness implements AsyncHealthCheck {

    @RestClient
    ClaimsApi claims;

    @Override
    public Uni<HealthCheckResponse> call() {
        return DownstreamReadiness.probe(Downstream.CLAIMS, claims.ready(),
                "claim reads and writes and source/document deletes answer 503 with Retry-After; source and document "
                        + "reads still work, profiles and documents marked degraded [\"claims\"]");
    }
}
