package org.claimtrack.gateway.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Enforces {@link AccessRules} on every REST and UI request. */
public class AccessFilter {

    @Inject
    SecurityIdentity identity;

    @Inject
    AuthenticationFailures failures;

    /** For UI requests by a signed-in user without the role (a page of its own: no forms, so no CSRF token needed). */
    @Inject
    @Location("ui/denied.html")
    Template deniedPage;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        AccessRules.Rule rule = AccessRules.decide(request.getMethod(), path);
        if (rule.isPublic() || identity.hasRole(rule.role().id())) {
            return Optional.empty();
        }
        boolean page = !path.startsWith("/api/") && !path.startsWith("/q/");
        if (identity.isAnonymous()) {
            if (page) {
                // back to this page after signing in (the form's address: a POST's data is not kept)
                String back = "/" + path.replaceFirst("^/", "")
                        + ("GET".equals(request.getMethod()) && request.getUriInfo().getRequestUri().getRawQuery() != null
                        ? "?" + request.getUriInfo().getRequestUri().getRawQuery() : "");
                return Optional.of(Response.seeOther(UriBuilder.fromPath("/login").queryParam("next", back).build()).build());
            }
            throw HttpProblem.builder().withStatus(401).withTitle("Unauthorized")
                    .withDetail("Sign in first: " + request.getMethod() + " " + path + " needs the " + rule.role().id()
                            + " role. Send HTTP Basic credentials or a bearer token (an API token from /api/tokens"
                            + (failures.oidc ? ", or an OIDC access token" : "") + ").")
                    .withHeader("WWW-Authenticate", failures.challenge())
                    .build();
        }
        String refusal = request.getMethod() + " " + path + " needs the " + rule.role().id() + " role; "
                + identity.getPrincipal().getName() + " does not have it.";
        if (page) {
            return Optional.of(Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                    .entity(deniedPage.data("message", refusal).render())
                    .build());
        }
        throw HttpProblem.builder().withStatus(403).withTitle("Forbidden")
                .withDetail(refusal)
                .build();
    }
}
