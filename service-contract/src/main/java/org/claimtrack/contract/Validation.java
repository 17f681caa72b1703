package org.claimtrack.contract;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation violations as per-field errors with the paths a JSON client wrote ({@code selector.exact}). */
public final class Validation {

    private Validation() {
    }

    /** {@code prefix} locates a batch item ({@code [3].}); sorted so the same input always reads the same. */
    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations, String prefix) {
        return violations.stream()
                .map(v -> new FieldError(prefix + field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** The path below the method parameter: {@code create.input.name} → {@code name}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
