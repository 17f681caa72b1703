package org.claimtrack.gateway.imports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.claimtrack.gateway.support.Downstreams;

/**
 * A WireMock server (dynamic port) running {@link FakeServices}; the stubbed services of
 * {@link org.claimtrack.gateway.support.DownstreamStubs} proxy their batch and look-up endpoints to it.
 */
final class FakeServer {

    static final FakeServices FAKE = new FakeServices();
    private static WireMockServer server;

    private FakeServer() {
    }

    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().extensions(FAKE));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Empties the fake and routes the stubs' batch and look-up endpoints (and party creation) to it. */
    static void route(Downstreams stubs) {
        FAKE.clear();
        server().resetAll();
        server().stubFor(post(urlPathMatching("/[a-z]+/(batch|lookup)|/parties")).willReturn(aResponse().withTransformers(FakeServices.NAME)));
        stubs.reset();
        stubs.sources().stubFor(post(urlPathMatching("/(sources|documents)/(batch|lookup)|/parties"))
                .willReturn(aResponse().proxiedFrom(server().baseUrl())));
        stubs.claims().stubFor(post(urlPathMatching("/(claims|stances|verdicts)/batch"))
                .willReturn(aResponse().proxiedFrom(server().baseUrl())));
        // TableStatistics, as H2 answers it: nothing to analyze
        for (WireMockServer service : java.util.List.of(stubs.sources(), stubs.claims())) {
            service.stubFor(post(urlPathMatching("/statistics")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"database\": \"h2\", \"analyzed\": false, \"millis\": 0}")));
        }
    }
}
