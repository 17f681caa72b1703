package org.claimtrack.gateway.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Admits an API read marked {@link CostlyRead} only within the caller's rate limit, else a 429 problem. */
public class CostlyReadFilter {

    @Inject
    ReadRateLimits limits;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        CostlyRead costly = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(CostlyRead.class);
        if (costly == null || !costly.whenQueryParam().isEmpty()
                && isBlank(request.getUriInfo().getQueryParameters().getFirst(costly.whenQueryParam()))) {
            return null;
        }
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        OptionalLong retryAfter = limits.admit(identity, address);
        if (retryAfter.isEmpty()) {
            return null;
        }
        JsonObject problem = new JsonObject().put("title", "Too Many Requests").put("status", 429)
                .put("detail", tooMany(retryAfter.getAsLong()))
                .put("instance", request.getUriInfo().getPath());
        return Response.status(429).type("application/problem+json")
                .header("Retry-After", retryAfter.getAsLong()).entity(problem.encode()).build();
    }

    /** The sentence a refused reader sees, in the API and the web UI. */
    public static String tooMany(long retryAfterSeconds) {
        return "Too many searches from this client in a short time; try again in " + retryAfterSeconds
                + " s. Signed-in users and API tokens have a higher limit.";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
