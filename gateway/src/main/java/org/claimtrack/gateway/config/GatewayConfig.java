package org.claimtrack.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Deployment settings of the gateway ({@code claimtrack.*}). */
@ConfigMapping(prefix = "claimtrack")
public interface GatewayConfig {

    /** The organisation that runs this deployment: the author of every ClaimReview. */
    Publisher publisher();

    /** Public base URL of the gateway, used in absolute links such as a ClaimReview's url. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Shared secret sent as X-Claimtrack-Service-Token on every downstream write; without it the services refuse writes. */
    Optional<String> serviceToken();

    /** Seconds a client is told to wait (Retry-After) when a downstream service is unavailable. */
    @WithDefault("5")
    int retryAfterSeconds();

    /**
     * How long an anonymous read of the public API may be reused by browsers and shared caches
     * ({@code Cache-Control: public, max-age}); signed-in reads are never kept ({@code rest/PublicCaching}).
     */
    @WithDefault("10s")
    Duration publicMaxAge();

    /** How often source snapshot refreshes that could not reach the claims-service are retried. */
    @WithDefault("30s")
    Duration snapshotRefreshRetryEvery();

    interface Publisher {
        @WithDefault("Claimtrack")
        String name();

        Optional<String> url();
    }
}
