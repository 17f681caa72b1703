package org.claimtrack.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The two stubbed services behind the gateway under test. */
public record Downstreams(WireMockServer claims, WireMockServer sources) {

    public void reset() {
        claims.resetAll();
        sources.resetAll();
    }

    /** Every request either stub has received since the last reset. */
    public int requestCount() {
        return claims.getAllServeEvents().size() + sources.getAllServeEvents().size();
    }
}
