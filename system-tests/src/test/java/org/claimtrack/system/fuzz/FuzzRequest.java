package org.claimtrack.system.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One malformed (or, as the baseline, well-formed) request and what was done to it; {@code fieldValue} is the raw JSON
 * a "field:" mutation put in place of the field's value (else null).
 */
record FuzzRequest(Operation op, String kind, String method, String pathAndQuery, Map<String, String> headers,
        byte[] body, String fieldValue, int status) {

    FuzzRequest(Operation op, String kind, String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        this(op, kind, method, pathAndQuery, headers, body, null, 0);
    }

    FuzzRequest {
        headers = new LinkedHashMap<>(headers);
    }

    /** The same request, with the status it was answered with. */
    FuzzRequest answered(int answer) {
        return new FuzzRequest(op, kind, method, pathAndQuery, headers, body, fieldValue, answer);
    }

    FuzzRequest withFieldValue(String raw) {
        return new FuzzRequest(op, kind, method, pathAndQuery, headers, body, raw, status);
    }

    String describe() {
        String b = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        if (b.length() > 300) {
            b = b.substring(0, 300) + "...(" + body.length + " bytes)";
        }
        Map<String, String> shown = new LinkedHashMap<>(headers);
        shown.computeIfPresent("Authorization", (k, v) -> v.startsWith("Basic ") ? "Basic <credentials>" : v);
        shown.computeIfPresent("X-Claimtrack-Service-Token", (k, v) -> "<token>");
        return (status == 0 ? "" : "-> " + status + " ") + op.service() + " " + method + " " + (pathAndQuery.length() > 300
                ? pathAndQuery.substring(0, 300) + "..." : pathAndQuery) + " [" + kind + "] headers=" + shown
                + (b.isEmpty() ? "" : " body=" + b);
    }
}
