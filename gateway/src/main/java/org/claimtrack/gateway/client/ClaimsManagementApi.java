package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The claims-service's management interface (its own port, apart from the API: health and metrics never reach the
 * Ingress), at {@code CLAIMS_SERVICE_MANAGEMENT_URL}.
 */
@RegisterRestClient(configKey = "claims-management")
public interface ClaimsManagementApi {

    @GET
    @Path("/q/health/ready")
    Uni<Response> ready();
}
