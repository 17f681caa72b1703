package org.claimtrack.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns downstream error answers into exceptions: client errors keep their problem body, the rest become failures. */
public class ProblemResponseMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || status == 401 || status == 403) {
            // 401/403 mean the gateway itself is misconfigured (service token): not the caller's fault.
            return new DownstreamFailure(status);
        }
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(status);
        JsonNode body = readJson(response);
        if (body != null && body.isObject()) {
            if (body.hasNonNull("type") && !"about:blank".equals(body.get("type").asText())) {
                problem.withType(URI.create(body.get("type").asText()));
            }
            problem.withTitle(text(body, "title", Response.Status.fromStatusCode(status)));
            if (body.hasNonNull("detail")) {
                problem.withDetail(body.get("detail").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!STANDARD_MEMBERS.contains(member.getKey())) {
                    problem.with(member.getKey(), member.getValue());
                }
            }
        } else {
            problem.withTitle(text(null, "title", Response.Status.fromStatusCode(status)));
        }
        return new DownstreamProblem(problem);
    }

    private static String text(JsonNode body, String field, Response.Status fallback) {
        if (body != null && body.hasNonNull(field)) {
            return body.get(field).asText();
        }
        return fallback == null ? "Error" : fallback.getReasonPhrase();
    }

    private static JsonNode readJson(Response response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().contains("json")) {
            return null;
        }
        try {
            return JSON.readTree(response.readEntity(String.class));
        } catch (Exception unreadable) {
            return null;
        }
    }
}
