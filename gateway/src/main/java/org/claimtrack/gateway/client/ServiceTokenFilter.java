package org.claimtrack.gateway.client;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.claimtrack.gateway.config.GatewayConfig;

/**
 * Sends the service token on every downstream request that is not a GET: writes need it, and the services
 * may treat the POST look-ups (batch lookup, quote-check) like writes.
 */
public class ServiceTokenFilter implements ClientRequestFilter {

    public static final String HEADER = "X-Claimtrack-Service-Token";

    @Inject
    GatewayConfig config;

    @Override
    public void filter(ClientRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            config.serviceToken().ifPresent(token -> request.getHeaders().putSingle(HEADER, token));
        }
    }
}
