package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * A service's management interface (its own port, apart from the API: health and metrics never reach the Ingress).
 * Built per service by {@code DownstreamReadiness} from {@code CLAIMS_SERVICE_MANAGEMENT_URL} and
 * {@code SOURCES_SERVICE_MANAGEMENT_URL}.
 */
@Path("/q")
public interface ManagementApi {

    @GET
    @Path("/health/ready")
    Uni<Response> ready();
}
