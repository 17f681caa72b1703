package org.claimtrack.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import org.claimtrack.gateway.security.ClientKeys;

/**
 * Token buckets (Bucket4j) for costly reads, one per client: an API token, a signed-in user, or — for anonymous
 * readers — a client address (an IPv6 /64). A bucket holds a burst and refills at a steady rate, so a person
 * searching or a tool polling the feed never meets the limit, while a scraper looping on text search gets 429s.
 * <p>
 * The buckets live in each replica's memory: a check costs no database round trip, which matters on the reads
 * this protects; with N gateway replicas a client can read up to N times the limit. Sign-in throttling, where a
 * shared count is the point, lives in the database instead ({@code LoginThrottle}).
 */
@ApplicationScoped
public class ReadRateLimits {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    ReadRateLimits(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(config.forgetAfter()).maximumSize(200_000).build();
    }

    /**
     * Takes one read from the client's bucket; empty when admitted, else how many seconds until one is available
     * (for {@code Retry-After}).
     */
    public OptionalLong admit(SecurityIdentity identity, String clientAddress) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        String key = ClientKeys.of(identity, clientAddress);
        boolean signedIn = !key.startsWith(ClientKeys.ADDRESS);
        ConsumptionProbe probe = buckets.get(key, k -> newBucket(signedIn)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    private Bucket newBucket(boolean signedIn) {
        long burst = signedIn ? config.signedInBurst() : config.anonymousBurst();
        long refill = signedIn ? config.signedInRefill() : config.anonymousRefill();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(refill, config.refillPeriod()).build())
                .build();
    }
}
