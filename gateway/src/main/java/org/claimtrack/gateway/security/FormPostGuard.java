package org.claimtrack.gateway.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses cross-site request forgery, with a problem, on every request that may change something:
 * <ol>
 * <li>a browser names the page's origin ({@code Origin}) on every cross-site POST; one that is not this gateway
 * (the host the request came to, or the public base URL) is refused with 403;</li>
 * <li>a form post (url-encoded or multipart) must send the {@code csrf-token} field (or {@code X-CSRF-TOKEN} header)
 * equal to the {@code csrf-token} cookie, otherwise 400 — except an API call ({@code /api/…}) that carries its own
 * credentials.</li>
 * </ol>
 * The token is handed out by {@link CsrfToken}. API calls that authenticate with an {@code Authorization} header
 * (HTTP Basic, bearer tokens) need none: no other site can make a browser send those with a form; the web UI's own
 * routes always need it.
 */
public class FormPostGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");


    @ConfigProperty(name = "claimtrack.public-base-url")
    String publicBaseUrl;


    /** After {@link AccessFilter}: an anonymous visitor's form post goes to the sign-in page first. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !isThisGateway(origin, rc)) {
            throw HttpProblem.builder().withStatus(403).withTitle("Forbidden")
                    .withDetail("Cross-site request refused: it comes from a page at " + origin + ", not this site.")
                    .build();
        }
        Cookie cookie = rc.request().getCookie(CsrfToken.NAME);
        boolean apiCallWithCredentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                && rc.normalizedPath().startsWith("/api/");
        if (isBrowserForm(request.getMediaType()) && !apiCallWithCredentials && !tokenMatches(request, cookie)) {
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                    .withDetail("The form's CSRF token is missing or does not match this browser's: reload the page "
                            + "and send the form again.")
                    .with("errors", java.util.List.of(java.util.Map.of("field", CsrfToken.NAME, "message", "missing or wrong")))
                    .build();
        }
    }

    private boolean tokenMatches(ResteasyReactiveContainerRequestContext request, Cookie cookie) {
        String sent = request.getHeaderString(CsrfToken.HEADER);
        if (sent == null && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormParameter(CsrfToken.NAME, true, false) instanceof String field) {
            sent = field;
        }
        return cookie != null && sent != null && !sent.isEmpty() && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isThisGateway(String origin, RoutingContext rc) {
        String host = rc.request().host();
        String own = rc.request().scheme() + "://" + (host == null ? "" : host);
        return origin.equalsIgnoreCase(own) || origin.equalsIgnoreCase(originOf(publicBaseUrl));
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static boolean isBrowserForm(MediaType type) {
        if (type == null) {
            return false;
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return essence.equals(MediaType.APPLICATION_FORM_URLENCODED) || essence.equals(MediaType.MULTIPART_FORM_DATA);
    }
}
