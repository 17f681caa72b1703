package org.claimtrack.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;

/**
 * Gives every problem the contract's shape, whoever raised it: a {@code type} (about:blank when none); for Bean
 * Validation failures the per-field {@code errors} array in place of the library's {@code violations}; for the
 * framework's own errors (unreadable JSON, unknown path, wrong media type) a detail in plain words instead of one
 * that names framework annotations; for 5xx no detail at all.
 */
@ApplicationScoped
@Unremovable // looked up by the library through CDI.current()
public class ProblemShape implements ProblemPostProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof ConstraintViolationException invalid) {
            problem = HttpProblem.builder(Problems.badRequest(Validation.fieldErrors(invalid.getConstraintViolations(), "")))
                    .withInstance(problem.getInstance()).build();
        } else if (context.cause instanceof WebApplicationException e && !(e.getCause() instanceof HttpProblem)) {
            JsonProcessingException json = JsonBodyErrors.jsonCause(e);
            if (json != null) {
                problem = HttpProblem.builder(JsonBodyErrors.toProblem(json)).withInstance(problem.getInstance()).build();
            }
        }
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(problem.getType() == null ? ABOUT_BLANK : problem.getType())
                .withTitle(problem.getTitle()).withStatus(problem.getStatusCode())
                .withDetail(plainDetail(problem, context.cause)).withInstance(problem.getInstance());
        problem.getHeaders().forEach(builder::withHeader);
        if (context.cause instanceof NotAllowedException) {
            builder.withHeader("Allow", AllowedMethods.header(context.path));
        }
        problem.getParameters().forEach((name, value) -> {
            if (!name.equals("violations")) { // the contract's errors replace them
                builder.with(name, value);
            }
        });
        return builder.build();
    }

    @Override
    public int priority() {
        return 50; // after the library's defaults (instance), before its logging
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
            case 400 -> "The request cannot be read: the body is not valid JSON or a parameter is malformed";
            case 404 -> "Nothing here: the path does not exist, or an id in it is not a UUID";
            case 405 -> "This path does not support this HTTP method";
            case 406 -> "The Accept header allows none of the media types this operation answers with"
                    + " (application/json, errors as application/problem+json)";
            case 415 -> "The request body must be sent as application/json";
            default -> problem.getTitle();
        };
    }
}
