package org.claimtrack.gateway.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives every identity the roles its roles include (admin → reviewer → editor), whether it comes from the embedded
 * users or from an OIDC token, so that rules and templates only ask for the least role they need.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    /** The identity of a signed-in user with these roles (the roles they include are added by {@link #augment}). */
    static SecurityIdentity signedIn(String username, Set<String> roles) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(roles).build();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> included = new HashSet<>();
        for (String name : identity.getRoles()) {
            Role.of(name).ifPresent(role -> included.addAll(role.withIncluded()));
        }
        if (identity.getRoles().containsAll(included)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(included).build());
    }
}
