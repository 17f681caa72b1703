package org.claimtrack.sources.rest.support;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every problem the shape of the contract: {@code type} (about:blank when none), and for Bean
 * Validation failures the per-field {@code errors} array [{field, message}] in place of the library's
 * {@code violations}, with field paths as the client wrote them ({@code name}, {@code ids[3]}).
 */
@ApplicationScoped
@Unremovable // looked up by the library through CDI.current()
public class FieldErrorsPostProcessor implements ProblemPostProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(problem.getType() == null ? ABOUT_BLANK : problem.getType())
                .withTitle(problem.getTitle()).withStatus(problem.getStatusCode())
                .withDetail(problem.getDetail()).withInstance(problem.getInstance());
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
