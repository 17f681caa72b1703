package org.claimtrack.gateway.imports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** WireMock on a dynamic port standing in for both services (their paths do not overlap), with {@link FakeServices}. */
public class FakeServicesResource implements QuarkusTestResourceLifecycleManager {

    static final FakeServices FAKE = new FakeServices();
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(FAKE));
        server.start();
        stubBatches();
        return Map.of(
                "quarkus.rest-client.claims.url", server.baseUrl(),
                "quarkus.rest-client.sources.url", server.baseUrl(),
                "claimtrack.service-token", ImportResourceTest.SERVICE_TOKEN,
                "claimtrack.imports.retry-delay", "10ms");
    }

    /** The default stubs: every batch and look-up answered by the fake. */
    static void stubBatches() {
        server.resetAll();
        server.stubFor(post(urlPathMatching("/[a-z]+/(batch|lookup)"))
                .willReturn(aResponse().withTransformers(FakeServices.NAME)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
