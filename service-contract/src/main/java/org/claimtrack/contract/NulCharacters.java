package org.claimtrack.contract;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text holding the NUL character (U+0000) is refused with a 400 naming the parameter: PostgreSQL can neither store
 * nor compare it (H2 can), so the same request would otherwise be accepted on one database and fail on the other.
 * This filter covers the URL; {@link StorableValues} (through {@link StrictJson}) covers JSON bodies.
 */
public final class NulCharacters {

    private static final String ENCODED_NUL = "%00";

    /** The parameter's name as the client meant it, or "query" when the name itself is the problem. */
    private static String readable(String rawName) {
        try {
            String name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
            return name.isBlank() || name.indexOf('\0') >= 0 ? "query" : name;
        } catch (IllegalArgumentException malformedEscape) {
            return "query";
        }
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseInUrl(ContainerRequestContext request) {
        java.net.URI uri = request.getUriInfo().getRequestUri();
        if (uri.getRawPath() != null && uri.getRawPath().contains(ENCODED_NUL)) {
            throw Problems.badField("path", StorableValues.NUL_MESSAGE);
        }
        String query = uri.getRawQuery();
        if (query == null || !query.contains(ENCODED_NUL)) {
            return;
        }
        for (String pair : query.split("&")) {
            if (pair.contains(ENCODED_NUL)) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                throw Problems.badField(readable(name), StorableValues.NUL_MESSAGE);
            }
        }
    }
}
