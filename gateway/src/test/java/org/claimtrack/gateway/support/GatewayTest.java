package org.claimtrack.gateway.support;

import io.quarkus.cache.CacheManager;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every gateway REST test: both services stubbed with WireMock, each response checked against the served OpenAPI
 * document, and every test starting from clean stubs, closed circuit breakers and empty caches.
 */
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
public abstract class GatewayTest {

    @InjectDownstreams
    protected Downstreams stubs;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    CacheManager caches;

    @BeforeEach
    void cleanSlate() {
        OpenApiContract.enforce();
        stubs.reset();
        breakers.resetAll();
        caches.getCacheNames().forEach(name -> caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely());
    }
}
