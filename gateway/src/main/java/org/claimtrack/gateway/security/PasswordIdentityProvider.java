package org.claimtrack.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/** Checks user name and password (HTTP Basic and the sign-in form) against {@link Users}, with {@link LoginThrottle}. */
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
        Optional<Duration> locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            LoginLockedException reason = new LoginLockedException(locked.get());
            return Uni.createFrom().failure(new AuthenticationFailedException(reason.getMessage(), reason));
        }
        return context.runBlocking(() -> {
            Optional<AppUser> user = users.verify(username, request.getPassword().getPassword());
            if (user.isEmpty()) {
                throttle.failed(username);
                throw new AuthenticationFailedException("Wrong user name or password.");
            }
            throttle.succeeded(username);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user.get().username))
                    .addRoles(user.get().roleSet())
                    .build();
        });
    }
}
