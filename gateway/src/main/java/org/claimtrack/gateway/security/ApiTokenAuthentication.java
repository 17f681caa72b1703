package org.claimtrack.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Signs in requests that carry {@code Authorization: Bearer ct_…} ({@link ApiTokens}). Runs before the OIDC bearer
 * mechanism and leaves every other bearer token to it. An unknown, expired or revoked token is a 401, never a
 * silent anonymous request.
 */
@ApplicationScoped
public class ApiTokenAuthentication implements HttpAuthenticationMechanism {

    @Inject
    ApiTokens tokens;

    /** The presented API token, as Quarkus security passes it to the identity provider. */
    static final class Request extends BaseAuthenticationRequest {
        final String token;

        Request(String token) {
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        String header = rc.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || !header.substring(7).strip().startsWith(ApiTokens.PREFIX)) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new Request(header.substring(7).strip()), rc));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 2000; // before the OIDC bearer mechanism, which would refuse a token it did not issue
    }

    /** Turns a valid token into the identity of its user, with the token's role (roles it includes are added later). */
    @ApplicationScoped
    static class Provider implements IdentityProvider<Request> {

        @Inject
        ApiTokens tokens;

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.authenticate(request.token)
                    .map(grant -> QuarkusSecurityIdentity.builder(RoleHierarchy.signedIn(grant.username(), Set.of(grant.role().id())))
                            .addAttribute(ClientKeys.API_TOKEN_ATTRIBUTE, grant.tokenId().toString()).build())
                    .orElseThrow(() -> new AuthenticationFailedException("The API token is unknown, expired or revoked.")));
        }
    }
}
