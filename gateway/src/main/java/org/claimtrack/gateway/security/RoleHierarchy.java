package org.claimtrack.gateway.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
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
