package org.claimtrack.contract;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses {@link ServiceWrite} operations (401 problem) unless the caller presents the configured
 * service token. With no token configured every write is refused: the service trusts no one by default.
 * Runs before the body is read, so a refused write costs nothing and changes nothing.
 */
@Provider
@ServiceWrite
public class ServiceTokenGuard implements ContainerRequestFilter {

    private final Optional<byte[]> token;

    public ServiceTokenGuard(@ConfigProperty(name = "claimtrack.service-token") Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (token.isEmpty()) {
            throw Problems.of(Status.UNAUTHORIZED,
                    "Writes are disabled: this service has no service token configured (CLAIMTRACK_SERVICE_TOKEN)");
        }
        String presented = request.getHeaderString(ServiceWrite.HEADER);
        if (presented == null || !MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8))) {
            throw Problems.of(Status.UNAUTHORIZED,
                    "Writes need the header " + ServiceWrite.HEADER + " with this service's token");
        }
    }
}
