package org.claimtrack.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks user name and password (HTTP Basic and the sign-in form) against {@link Users}. A password this process
 * verified moments ago is recognised without a check; every other attempt is counted by {@link LoginThrottle} before
 * bcrypt runs, and refused while locked.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    Users users;

    @Inject
    LoginThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        char[] password = request.getPassword().getPassword();
        String address = clientAddress(request);
        return context.runBlocking(() -> {
            Optional<AppUser> user = users.recall(username, password);
            if (user.isEmpty()) {
                LoginThrottle.Attempt attempt;
                try {
                    attempt = throttle.begin(username, address);
                } catch (LoginLockedException locked) {
                    throw new AuthenticationFailedException(locked.getMessage(), locked);
                }
                user = users.verify(username, password);
                if (user.isEmpty()) {
                    throw new AuthenticationFailedException("Wrong user name or password.");
                }
                throttle.succeeded(attempt);
            }
            return RoleHierarchy.signedIn(user.get().username, user.get().roleSet());
        });
    }

    /** The client's address as the HTTP layer saw it (behind a trusted proxy: the forwarded one). */
    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        return rc == null || rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
    }
}
