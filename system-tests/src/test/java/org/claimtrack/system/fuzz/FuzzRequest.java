package org.claimtrack.system.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/** One malformed (or, as the baseline, well-formed) request and what was done to it. */
record FuzzRequest(Operation op, String kind, String method, String pathAndQuery, Map<String, String> headers,
        byte[] body) {

    FuzzRequest {
        headers = new LinkedHashMap<>(headers);
    }

    String describe() {
        String b = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        if (b.length() > 300) {
            b = b.substring(0, 300) + "...(" + body.length + " bytes)";
        }
        return op.service() + " " + method + " " + (pathAndQuery.length() > 300
                ? pathAndQuery.substring(0, 300) + "..." : pathAndQuery) + " [" + kind + "] headers=" + headers
                + (b.isEmpty() ? "" : " body=" + b);
    }
}
