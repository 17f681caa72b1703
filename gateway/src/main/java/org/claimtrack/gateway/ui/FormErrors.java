package org.claimtrack.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.claimtrack.gateway.service.Problems;

/**
 * Messages to show beside a form's fields, plus one for the whole form. Filled from the same bean
 * validation the API applies, and from the problems the services answer ({@code errors[].field}).
 */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private String general;

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** A problem answered by the gateway's services: per-field errors where given, else its detail. */
    public static FormErrors of(HttpProblem problem) {
        FormErrors errors = new FormErrors();
        Object fields = problem.getParameters().get("errors");
        if (fields instanceof JsonNode node && node.isArray()) {
            node.forEach(e -> errors.add(e.path("field").asText(""), e.path("message").asText("is invalid")));
        } else if (fields instanceof Iterable<?> list) {
            for (Object item : list) {
                if (item instanceof Problems.FieldError error) {
                    errors.add(error.field(), error.message());
                } else if (item instanceof Map<?, ?> map) {
                    errors.add(String.valueOf(map.get("field")), String.valueOf(map.get("message")));
                }
            }
        }
        if (errors.byField.isEmpty()) {
            errors.general = problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
        }
        return errors;
    }

    /** Adds a message; a nested path such as {@code selector.exact} is shown at its last part unless mapped. */
    public FormErrors add(String field, String message) {
        String key = field == null || field.isBlank() ? "" : field;
        if (key.isEmpty()) {
            general = general == null ? message : general + " " + message;
        } else {
            byField.merge(key, message, (a, b) -> a + "; " + b);
        }
        return this;
    }

    public FormErrors general(String message) {
        this.general = message;
        return this;
    }

    /** Moves a message reported for one field name to the form field that shows it. */
    public FormErrors rename(String from, String to) {
        String message = byField.remove(from);
        if (message != null) {
            byField.merge(to, message, (a, b) -> a + "; " + b);
        }
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general == null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public String getGeneral() {
        return general;
    }

    public Map<String, String> getFields() {
        return byField;
    }
}
