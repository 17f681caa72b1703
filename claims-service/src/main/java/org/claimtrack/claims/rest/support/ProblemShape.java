package org.claimtrack.claims.rest.support;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;

/**
 * Gives every problem the contract's shape: a {@code type} (about:blank when none) and, for Bean
 * Validation failures, the per-field {@code errors} array instead of the library's {@code violations}.
 */
@ApplicationScoped
public class ProblemShape implements ProblemPostProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof ConstraintViolationException invalid) {
            List<FieldError> errors = Validation.fieldErrors(invalid.getConstraintViolations(), "");
            return HttpProblem.builder(Problems.badRequest(errors)).withInstance(problem.getInstance())
                    .withType(ABOUT_BLANK).build();
        }
        HttpProblem.Builder shaped = HttpProblem.builder(problem);
        if (problem.getType() == null) {
            shaped.withType(ABOUT_BLANK);
        }
        if (problem.getStatusCode() == 400 && "HTTP 400 Bad Request".equals(problem.getDetail())) {
            // RESTEasy's own 400s (a body cut short, an unreadable parameter) say nothing more
            shaped.withDetail("The request cannot be read: the body is not valid JSON or a parameter is malformed");
        }
        if (context.cause instanceof jakarta.ws.rs.WebApplicationException && !(context.cause instanceof HttpProblem)) {
            // routing's own details ("Unable to find matching target resource method") say nothing a client can act on
            switch (problem.getStatusCode()) {
                case 404 -> shaped.withDetail("No such path, or an id in it is not a UUID");
                case 405 -> shaped.withDetail("This path does not take this HTTP method");
                case 406 -> shaped.withDetail("This operation answers only application/json (errors: application/problem+json)");
                case 415 -> shaped.withDetail("Send the body as application/json");
                default -> { }
            }
        }
        return shaped.build();
    }

    @Override
    public int priority() {
        return 50; // after the library's defaults (instance), before its logging
    }
}
