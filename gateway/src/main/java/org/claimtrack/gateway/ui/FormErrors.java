package org.claimtrack.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.model.PartyRef;
import org.claimtrack.gateway.service.Problems;

/**
 * Messages to show beside a form's fields, plus one for the whole form. Filled from the same bean
 * validation the API applies, and from the problems the services answer ({@code errors[].field}).
 */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private String general;
    private String existing;
    private final List<PartyRef> candidates = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
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
        Object existingId = problem.getParameters().get("existingId");
        if (existingId != null) {
            errors.existing = existingId instanceof JsonNode node ? node.asText() : existingId.toString();
        }
        // an affiliation close to known parties: the form offers them (and a new party) as a choice
        if (problem.getParameters().get("candidates") instanceof JsonNode node && node.isArray()) {
            node.forEach(c -> errors.candidates.add(new PartyRef(c.path("id").asText(), c.path("name").asText()
                    + (c.hasNonNull("matchedAlias") ? " (also called " + c.path("matchedAlias").asText() + ")" : ""))));
        }
        if (errors.byField.isEmpty()) {
            errors.general = problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
        }
        return errors;
    }

    /** Parties the affiliation may mean (a 409 for a typo); empty otherwise. */
    public List<PartyRef> getCandidates() {
        return candidates;
    }

    /** Adds a message; a nested path such as {@code selector.exact} is shown at its last part unless mapped. */
    public FormErrors add(String field, String message) {
        // "tags[0].<list element>" is shown at the tags field.
        String key = field == null || field.isBlank() ? "" : field.replaceAll("\\[.*$", "");
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

    /** aria-invalid and aria-describedby for an input whose message is shown beside it ({@code <name>-error}). */
    public RawString aria(String field) {
        return new RawString(has(field) ? " aria-invalid=\"true\" aria-describedby=\"" + field + "-error\"" : "");
    }

    /** The id of the record that already exists, when the problem was a duplicate (409). */
    public String getExisting() {
        return existing;
    }

    public String getGeneral() {
        return general;
    }

    public Map<String, String> getFields() {
        return byField;
    }
}
