package org.claimtrack.gateway.rest;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Passes the services' ETags through unchanged (the entity's version); a weak one (the dossier's) stays weak. */
final class Etags {

    private Etags() {
    }

    static <T> RestResponse<T> ok(T entity, String etag) {
        return RestResponse.ResponseBuilder.ok(entity).tag(tag(etag)).build();
    }

    /** 304: the caller's copy is current; the tag again, no body. */
    static <T> RestResponse<T> notModified(String etag) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED).tag(tag(etag)).build();
    }

    static <T> RestResponse<T> ok(RestResponse<T> downstream) {
        return ok(downstream.getEntity(), downstream.getHeaderString("ETag"));
    }

    static <T> RestResponse<T> created(URI location, T entity, String etag) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, entity).location(location)
                .tag(tag(etag)).build();
    }

    private static EntityTag tag(String etag) {
        return etag == null ? null : new EntityTag(unquote(etag), etag.startsWith("W/"));
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
