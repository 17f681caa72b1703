package org.claimtrack.gateway.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.client.DownstreamProblem;

/** The gateway's own problem answers, in the same RFC 9457 shape as the services' (per-field {@code errors}). */
public final class Problems {

    private Problems() {
    }

    public record FieldError(String field, String message) {
    }

    public static HttpProblem unprocessable(String detail, List<FieldError> errors, Map<String, Object> extra) {
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content")
                .withDetail(detail).with("errors", errors);
        extra.forEach(problem::with);
        return problem.build();
    }

    public static HttpProblem notFound(String detail) {
        return HttpProblem.builder().withStatus(404).withTitle("Not Found").withDetail(detail).build();
    }

    public static HttpProblem conflict(String detail, Map<String, Object> extra) {
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(409).withTitle("Conflict").withDetail(detail);
        extra.forEach(problem::with);
        return problem.build();
    }

    /** True for a downstream "no such id" answer. */
    public static boolean isNotFound(Throwable failure) {
        return failure instanceof DownstreamProblem problem && problem.getStatusCode() == 404;
    }
}
