package org.claimtrack.gateway.imports;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Two body limits: imports take up to 50 MB ({@code quarkus.http.limits.max-body-size}, the server-wide ceiling),
 * every other request 2 MB, checked here on Content-Length before anything reads the body, with the same
 * RFC 9457 answer the API gives elsewhere.
 */
@ApplicationScoped
public class RequestBodyLimit {

    static final long API_MAX_BYTES = 2L * 1024 * 1024;
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
            + "\"detail\":\"Request bodies are limited to 2 MB (imports: 50 MB at /api/imports).\"}";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && !context.request().path().startsWith("/api/imports") && bytes(length) > API_MAX_BYTES) {
                context.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close").end(PROBLEM);
                return;
            }
            context.next();
        });
    }

    private static long bytes(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
