package org.claimtrack.gateway.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.claimtrack.contract.ReadOnlyFrameworkPaths;

/** The OpenAPI document and Swagger UI answer reads only, as in the services ({@link ReadOnlyFrameworkPaths}). */
@Singleton
public class FrameworkPaths {

    void install(@Observes Router router) {
        ReadOnlyFrameworkPaths.on(router);
    }
}
