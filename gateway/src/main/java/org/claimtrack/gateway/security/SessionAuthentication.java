package org.claimtrack.gateway.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Signs in the requests of a web UI session: the {@value #COOKIE} cookie's token is looked up in {@link Sessions};
 * the user's roles then come from the store ({@link SessionIdentityProvider}). An unknown, ended or expired token is
 * not an error: the request is anonymous and the cookie is cleared. Never challenges: API callers get Basic's 401,
 * and the access filter sends UI visitors to the sign-in page.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    public static final String COOKIE = "claimtrack-session";

    @Inject
    Sessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        String token = cookie.getValue();
        return Uni.createFrom().item(() -> sessions.user(token)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(user -> {
                    if (user.isEmpty()) {
                        rc.response().addCookie(cookie(rc, "").setMaxAge(0));
                        return Uni.createFrom().nullItem();
                    }
                    return identities.authenticate(
                            HttpSecurityUtils.setRoutingContextAttribute(new TrustedAuthenticationRequest(user.get()), rc));
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE));
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over TLS, no Max-Age (the server decides). */
    static Cookie cookie(RoutingContext rc, String token) {
        return Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure("https".equals(rc.request().scheme()));
    }
}
