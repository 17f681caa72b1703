package org.claimtrack.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * Waits (at most 5 s) until neither stub has received a request for 300 ms, then forgets what they received:
     * an earlier test's gateway call that failed fast may still have sibling calls or retries in flight.
     */
    public void settle() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        int seen = -1;
        while (seen != requestCount() && System.nanoTime() < deadline) {
            seen = requestCount();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        claims.resetRequests();
        sources.resetRequests();
    }

    /**
     * The reads (GET) either stub has received since the last reset, as "GET url". Writes are left out: a write
     * still in flight from an earlier test (a retried snapshot refresh, say) must not count against a read.
     */
    public List<String> reads() {
        return Stream.concat(claims.getAllServeEvents().stream(), sources.getAllServeEvents().stream())
                .map(event -> event.getRequest())
                .filter(request -> request.getMethod().getName().equals("GET"))
                .map(request -> "GET " + request.getUrl())
                .toList();
    }
}
