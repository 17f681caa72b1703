package org.claimtrack.gateway.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The library reports bean-validation failures as {@code violations: [{field, in, message}]}; the Claimtrack
 * contract (and the services) name them {@code errors: [{field, message}]}. This renames them, so every 400 the
 * gateway produces looks like the ones it passes through.
 */
@ApplicationScoped
public class FieldErrorsFormat implements ProblemPostProcessor {

    private static final String VIOLATIONS = "violations";

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(problem.getParameters().get(VIOLATIONS) instanceof List<?> violations)) {
            return problem;
        }
        HttpProblem.Builder renamed = HttpProblem.builder().withType(problem.getType()).withTitle(problem.getTitle())
                .withStatus(problem.getStatusCode())
                .withDetail(problem.getDetail() != null ? problem.getDetail() : "The request has invalid fields; see errors.")
                .withInstance(problem.getInstance());
        problem.getHeaders().forEach(renamed::withHeader);
        problem.getParameters().forEach((name, value) -> {
            if (!VIOLATIONS.equals(name)) {
                renamed.with(name, value);
            }
        });
        renamed.with("errors", violations.stream()
                .map(v -> v instanceof Violation violation ? Map.of("field", clientName(violation), "message", violation.message) : v)
                .toList());
        return renamed.build();
    }

    /**
     * Bean Validation names an element of a list by the list's index and then {@code <list element>}, a node name of
     * its own: {@code workStatus[1].<list element>} is the second {@code workStatus} the client sent,
     * {@code workStatus[1]}, as a body's {@code tags[1]}. A violation of the whole body (none sent) has an empty
     * path: it is {@code body}, as the services name it.
     */
    static String clientName(Violation violation) {
        if (violation.field == null || violation.field.isEmpty()) {
            return "body".equals(violation.in) ? "body" : violation.field;
        }
        return violation.field.replace(".<list element>", "");
    }

    @Override
    public int priority() {
        return 100;
    }
}
