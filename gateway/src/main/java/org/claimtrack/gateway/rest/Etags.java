package org.claimtrack.gateway.rest;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Passes the services' ETags through unchanged (the entity's version). */
final class Etags {

    private Etags() {
    }

    static <T> RestResponse<T> ok(T entity, String etag) {
        return RestResponse.ResponseBuilder.ok(entity).tag(unquote(etag)).build();
    }

    static <T> RestResponse<T> ok(RestResponse<T> downstream) {
        return ok(downstream.getEntity(), downstream.getHeaderString("ETag"));
    }

    static <T> RestResponse<T> created(URI location, T entity, String etag) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, entity).location(location)
                .tag(unquote(etag)).build();
    }

    /** ETag values arrive quoted; the response builder quotes them again. */
    static String unquote(String etag) {
        if (etag == null) {
            return null;
        }
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
