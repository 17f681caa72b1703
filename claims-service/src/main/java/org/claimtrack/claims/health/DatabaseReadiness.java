package org.claimtrack.claims.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the claims schema answers a query (the datasource check alone does not prove the migration ran). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final EntityManager em;

    public DatabaseReadiness(EntityManager em) {
        this.em = em;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            em.createNativeQuery("select 1 from claim fetch first 1 rows only").getResultList();
            return HealthCheckResponse.up("claims schema");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("claims schema").down().withData("error", "the claims tables cannot be read").build();
        }
    }
}
