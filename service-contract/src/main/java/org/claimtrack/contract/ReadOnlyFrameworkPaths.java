package org.claimtrack.contract;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The framework's own pages under {@code /q/} (the OpenAPI document, Swagger UI) are read-only, but Quarkus serves the
 * document to any method ({@code PATCH /q/openapi} answered 200 with it). Other methods get the 405 problem the API
 * gives, with {@code Allow}. They are Vert.x routes, outside the JAX-RS resources {@link AllowedMethods} reads.
 */
@Singleton
public class ReadOnlyFrameworkPaths {

    static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void install(@Observes Router router) {
        on(router);
    }

    /** For the gateway, which takes this module's rules without indexing it. */
    public static void on(Router router) {
        router.route("/q/*").order(Integer.MIN_VALUE).handler(ctx -> {
            if (READS.contains(ctx.request().method())) {
                ctx.next();
                return;
            }
            ctx.response().putHeader("Allow", ALLOW);
            Problems.answer(ctx, 405, "Method Not Allowed", "This path is read-only; the Allow header lists the methods it answers.");
        });
    }
}
