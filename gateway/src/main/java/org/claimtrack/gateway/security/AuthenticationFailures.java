package org.claimtrack.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers failed authentication (wrong password, unknown user, invalid token, locked user name) with an RFC 9457
 * problem: 401 with a {@code WWW-Authenticate} challenge, or 429 with {@code Retry-After} while the name is locked.
 * Credentials are checked before any resource runs, so this is a route failure handler rather than an exception
 * mapper (it also keeps these failures away from the problem library's security mappers, which fail on this Quarkus
 * version).
 */
@ApplicationScoped
public class AuthenticationFailures {

    @Inject
    SecurityConfig config;

    /** OIDC access tokens are accepted only when OIDC is configured (production); API tokens always. */
    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean oidc;

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext rc) {
        AuthenticationFailedException failure = cause(rc.failure(), AuthenticationFailedException.class);
        if (failure == null || rc.response().headWritten()) {
            rc.next();
            return;
        }
        LoginLockedException locked = cause(rc.failure(), LoginLockedException.class);
        JsonObject problem = new JsonObject();
        if (locked != null) {
            problem.put("title", "Too Many Requests").put("status", 429).put("detail", locked.getMessage());
            rc.response().putHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
        } else {
            problem.put("title", "Unauthorized").put("status", 401)
                    .put("detail", "The credentials were not accepted: wrong user name or password, or an invalid token.");
            rc.response().putHeader("WWW-Authenticate", challenge());
        }
        problem.put("instance", rc.normalizedPath());
        rc.response().setStatusCode(problem.getInteger("status"))
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }

    /** Basic for people and scripts; Bearer for API tokens (and OIDC access tokens where OIDC is on). */
    String challenge() {
        return "Basic realm=\"" + config.realm() + "\", Bearer realm=\"" + config.realm() + "\"";
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
