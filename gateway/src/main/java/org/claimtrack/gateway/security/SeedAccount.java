package org.claimtrack.gateway.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.claimtrack.contract.ProductionSecrets;
import org.jboss.logging.Logger;

/**
 * The account the Kubernetes seed Job imports with, from the Secret the Job and the gateway share
 * ({@code CLAIMTRACK_SEED_USER}, {@code CLAIMTRACK_SEED_PASSWORD}): without it the first deploy could not seed until
 * someone created an editor by hand. Each start makes the account an editor if it does not exist and gives it the
 * Secret's password if it has another one (a rotated Secret), so the Secret is always the truth. No password, no
 * account. In production a placeholder or short password stops the start, like the service token.
 * Runs after {@link AdminBootstrap}, so the first admin is still created on an empty user table.
 */
@ApplicationScoped
public class SeedAccount {

    private static final Logger LOG = Logger.getLogger(SeedAccount.class);

    @Inject
    Users users;

    @Inject
    SecurityConfig config;

    void onStart(@Observes @Priority(200) StartupEvent event) {
        Optional<String> password = config.seedPassword();
        if (password.isEmpty()) {
            return;
        }
        if (!LaunchMode.current().isDevOrTest()) {
            ProductionSecrets.require("CLAIMTRACK_SEED_PASSWORD", password, "for the seed Job's account");
        }
        apply(config.seedUser(), password.get());
    }

    /** Makes {@code username} an editor signing in with {@code password}, whatever it was before. */
    void apply(String username, String password) {
        try {
            createOrReset(username, password);
        } catch (RuntimeException e) {
            // Replicas starting together race for the insert: the loser finds the winner's account and checks it.
            if (users.find(username).isEmpty()) {
                throw e;
            }
            createOrReset(username, password);
        }
    }

    @Transactional
    void createOrReset(String username, String password) {
        Optional<AppUser> existing = users.find(username);
        if (existing.isEmpty()) {
            users.create(username, password, List.of(Role.EDITOR.id()));
            LOG.infof("Seed account: created the editor '%s' with the password of CLAIMTRACK_SEED_PASSWORD", username);
        } else if (!Users.matches(existing.get().passwordHash, password.toCharArray())) {
            users.changePassword(username, password);
            LOG.infof("Seed account: '%s' now signs in with the password of CLAIMTRACK_SEED_PASSWORD (it had another)",
                    username);
        }
    }
}
