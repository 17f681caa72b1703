package org.claimtrack.gateway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.claimtrack.gateway.config.GatewayConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one place that says how long API reads may be kept. An anonymous read of the public API that succeeded
 * (200, or 304 to a conditional read) is the same for every anonymous reader: {@code Cache-Control: public,
 * max-age=<claimtrack.public-max-age>}, with {@code Vary: Authorization, Cookie} so that no cache hands it to a
 * signed-in caller, and {@code Accept} (the ClaimReview is JSON-LD or JSON). A read by a signed-in user or with a
 * token (or any cookie: a session cannot be ruled out) may hold what only that caller may see:
 * {@code private, no-store}. Writes and failed reads get no header; web UI pages carry a CSRF token and edit forms
 * and are {@code no-store} with their other browser headers ({@code ui/UiSecurityHeaders}), never public.
 */
public class PublicCaching {

    static final String VARY = HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.COOKIE + ", " + HttpHeaders.ACCEPT;

    @Inject
    SecurityIdentity identity;

    @Inject
    GatewayConfig config;

    @ServerResponseFilter
    public void cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)
                || !request.getUriInfo().getPath().startsWith("/api/")
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        if (identity.isAnonymous() && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && request.getHeaderString(HttpHeaders.COOKIE) == null) {
            int status = response.getStatus();
            if (status == 200 || status == 304) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                        "public, max-age=" + config.publicMaxAge().toSeconds());
                response.getHeaders().add(HttpHeaders.VARY, VARY);
            }
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
