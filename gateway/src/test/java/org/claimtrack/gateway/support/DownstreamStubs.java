package org.claimtrack.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts WireMock for the claims-service and the sources-service on dynamic ports and points the gateway at them. */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "test-service-token";

    private Downstreams downstreams;

    @Override
    public Map<String, String> start() {
        WireMockServer claims = new WireMockServer(options().dynamicPort());
        WireMockServer sources = new WireMockServer(options().dynamicPort());
        claims.start();
        sources.start();
        downstreams = new Downstreams(claims, sources);
        return Map.of(
                "quarkus.rest-client.claims.url", claims.baseUrl(),
                "quarkus.rest-client.sources.url", sources.baseUrl(),
                "quarkus.rest-client.claims-management.url", claims.baseUrl(),
                "quarkus.rest-client.sources-management.url", sources.baseUrl(),
                "claimtrack.service-token", SERVICE_TOKEN);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(downstreams,
                new TestInjector.AnnotatedAndMatchesType(InjectDownstreams.class, Downstreams.class));
    }

    @Override
    public void stop() {
        if (downstreams != null) {
            downstreams.claims().stop();
            downstreams.sources().stop();
        }
    }
}
