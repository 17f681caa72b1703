package org.claimtrack.contract;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} gets a 413 problem before anything reads
 * it (Quarkus itself would answer 413 with an empty body), so it never reaches a resource and changes nothing.
 * The title is RFC 9110's name for 413, "Content Too Large" (the gateway's 413s say the same).
 */
@Singleton
public class BodyLimit {

    public static final String TITLE = "Content Too Large";

    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long max = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length, max)) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                Problems.answer(ctx, 413, TITLE, "The request body has " + length.trim() + " bytes; at most " + max
                        + " are accepted");
                return;
            }
            ctx.next();
        });
    }

    /** Whether a Content-Length header announces more than {@code max} bytes (also the gateway's per-path limits). */
    public static boolean tooLarge(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }
}
