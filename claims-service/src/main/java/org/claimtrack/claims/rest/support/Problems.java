package org.claimtrack.claims.rest.support;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where this service builds RFC 9457 problems: title = HTTP reason phrase, detail in
 * words a client can show, per-field {@code errors} where a field is to blame.
 */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem of(Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }

    public static HttpProblem badRequest(List<FieldError> errors) {
        return withErrors(Status.BAD_REQUEST, "Invalid " + errors.stream().map(FieldError::field).distinct()
                .collect(Collectors.joining(", ")) + ": " + errors.stream().map(FieldError::message).distinct()
                .collect(Collectors.joining("; ")), errors);
    }

    public static HttpProblem badField(String field, String message) {
        return badRequest(List.of(new FieldError(field, message)));
    }

    public static HttpProblem notFound(String what, UUID id) {
        return of(Status.NOT_FOUND, what + " " + id + " does not exist");
    }

    /** 409 for a duplicate: {@code existingId} lets importers treat "already there" as success. */
    public static HttpProblem duplicate(String detail, String field, UUID existingId) {
        return HttpProblem.builder().withStatus(Status.CONFLICT).withTitle(Status.CONFLICT.getReasonPhrase())
                .withDetail(detail).with("existingId", existingId)
                .with("errors", List.of(new FieldError(field, detail))).build();
    }

    /** Renders a problem from one of our own exception mappers, with the library's post-processing. */
    public static Response render(HttpProblem problem, Throwable cause, UriInfo uriInfo) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(cause, uriInfo))
                .toResponse();
    }

    private static HttpProblem withErrors(Status status, String detail, List<FieldError> errors) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail)
                .with("errors", errors).build();
    }
}
