package org.claimtrack.gateway.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.claimtrack.contract.ProductionSecrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway refuses to start in production with a service token someone else may know, by the internal services'
 * rule ({@link ProductionSecrets}; the gateway does not load that module's beans, only uses its rules).
 */
@ApplicationScoped
public class GatewaySecrets {

    void checkServiceToken(@Observes StartupEvent start,
            @ConfigProperty(name = "claimtrack.service-token") Optional<String> token) {
        if (!LaunchMode.current().isDevOrTest()) {
            ProductionSecrets.require("CLAIMTRACK_SERVICE_TOKEN", token);
        }
    }
}
