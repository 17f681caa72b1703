package org.claimtrack.gateway.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser's CSRF token, as the {@code {#csrf /}} tag puts it into every form ({@code {inject:csrf.token}}): the
 * value of the {@value #NAME} cookie, or a new random one, set as that cookie when a page first needs it.
 * {@link FormPostGuard} checks that a form post sends it back. Written here rather than taken from
 * quarkus-rest-csrf, whose check cannot spare calls that carry their own credentials (HTTP Basic or a bearer token:
 * no other site can make a browser send them with a form), refuses every cookie-less JSON post when its own check is
 * off, and answers a bare 400 instead of a problem.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String NAME = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentVertxRequest request;

    private String token;

    public String getParameterName() {
        return NAME;
    }

    public String getToken() {
        if (token == null) {
            RoutingContext rc = request.getCurrent();
            Cookie cookie = rc.request().getCookie(NAME);
            if (cookie != null && wellFormed(cookie.getValue())) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[16];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                rc.response().addCookie(Cookie.cookie(NAME, token).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.LAX).setSecure("https".equals(rc.request().scheme())));
            }
        }
        return token;
    }

    static boolean wellFormed(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{22}");
    }
}
