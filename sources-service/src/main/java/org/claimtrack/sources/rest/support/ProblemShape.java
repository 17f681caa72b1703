package org.claimtrack.sources.rest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every problem the shape of the contract, whoever raised it: {@code type} (about:blank when
 * none); for Bean Validation failures the per-field {@code errors} array [{field, message}] in place of
 * the library's {@code violations}, with field paths as the client wrote them ({@code name},
 * {@code ids[3]}); for the framework's own errors (unreadable JSON, unknown path, wrong media type) a
 * detail in plain words instead of one that names framework annotations; for 5xx no detail at all.
 */
@ApplicationScoped
@Unremovable // looked up by the library through CDI.current()
public class ProblemShape implements ProblemPostProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof WebApplicationException e && !(e.getCause() instanceof HttpProblem)) {
            JsonProcessingException json = jsonCause(e);
            if (json != null) {
                problem = HttpProblem.builder(JsonBodyErrors.toProblem(json)).withInstance(problem.getInstance()).build();
            }
        }
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(problem.getType() == null ? ABOUT_BLANK : problem.getType())
                .withTitle(problem.getTitle()).withStatus(problem.getStatusCode())
                .withDetail(plainDetail(problem, context.cause)).withInstance(problem.getInstance());
        problem.getHeaders().forEach(builder::withHeader);
        problem.getParameters().forEach((name, value) -> {
            if (!name.equals("violations")) { // replaced by errors below
                builder.with(name, value);
            }
        });
        if (context.cause instanceof ConstraintViolationException invalid) {
            List<FieldError> errors = fieldErrors(invalid.getConstraintViolations());
            builder.withDetail("The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s")
                    + ": " + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")));
            builder.with("errors", errors);
        }
        return builder.build();
    }

    @Override
    public int priority() {
        return 50; // after the library's defaults (instance), before logging
    }

    /** The detail to show: ours as written; the framework's replaced by plain words; none for 5xx. */
    private static String plainDetail(HttpProblem problem, Throwable cause) {
        int status = problem.getStatusCode();
        if (status >= 500) {
            return null;
        }
        if (!(cause instanceof WebApplicationException) || cause instanceof HttpProblem
                || (problem.getDetail() != null && !problem.getDetail().startsWith("HTTP ") && !problem.getDetail().contains("@"))) {
            return problem.getDetail();
        }
        return switch (status) {
            case 400 -> "The request cannot be read";
            case 404 -> "Nothing here: the path does not exist, or the id in it is not a UUID";
            case 405 -> "This path does not support this HTTP method";
            case 406 -> "The Accept header allows none of the media types this operation answers with";
            case 415 -> "The request body must be sent as application/json";
            default -> problem.getTitle();
        };
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** The path below the method parameter: {@code create.input.name} → {@code name}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
