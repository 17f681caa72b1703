package org.claimtrack.gateway.rest;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.claimtrack.contract.EmptyQueryValues;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API refuses an empty value where its document allows none, as the services do ({@link EmptyQueryValues}); the
 * web UI's filter forms send empty fields meaning "any", so its pages are left out.
 */
public class ApiQueryValues {

    @ServerRequestFilter
    public void refuseEmpty(UriInfo uri, ResourceInfo resource) {
        if (uri.getPath().startsWith("/api/")) {
            EmptyQueryValues.refuse(uri, resource.getResourceMethod());
        }
    }
}
