package org.claimtrack.contract;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where the services build RFC 9457 problems: title = HTTP reason phrase (type about:blank), detail in
 * words a client can show, per-field {@code errors} where a field is to blame. Thrown {@link HttpProblem}s are
 * rendered by quarkus-resteasy-problem and shaped by {@link ProblemShape}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /**
     * Answers a problem from a Vert.x route, which runs before JAX-RS renders a thrown {@link HttpProblem}. Headers the
     * caller put on {@code ctx.response()} first (Allow, Connection) go with it.
     */
    public static void answer(RoutingContext ctx, int status, String title, String detail) {
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", ctx.request().path());
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE).end(problem.encode());
    }

    public static HttpProblem of(Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }

    /** 400 listing every invalid field; the detail names them all. */
    public static HttpProblem badRequest(List<FieldError> errors) {
        return badRequest("Invalid " + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "))
                + ": " + errors.stream().map(FieldError::message).distinct().collect(Collectors.joining("; ")), errors);
    }

    public static HttpProblem badRequest(String detail, List<FieldError> errors) {
        return withErrors(Status.BAD_REQUEST.getStatusCode(), Status.BAD_REQUEST.getReasonPhrase(), detail, errors);
    }

    /** 400 for one invalid field or query parameter. */
    public static HttpProblem badField(String field, String message) {
        return badRequest(List.of(new FieldError(field, message)));
    }

    /** 422: the request refers to something that does not exist, or would make an invalid structure. */
    public static HttpProblem unprocessable(String field, String message) {
        return withErrors(422, "Unprocessable Content", message, List.of(new FieldError(field, message)));
    }

    /** 422 naming every field involved, e.g. two values that contradict each other. */
    public static HttpProblem unprocessable(String detail, List<FieldError> errors) {
        return withErrors(422, "Unprocessable Content", detail, errors);
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

    private static HttpProblem withErrors(int status, String title, String detail, List<FieldError> errors) {
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).with("errors", errors).build();
    }
}
