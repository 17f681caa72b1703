package org.claimtrack.sources.service;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A list's filters as one JPQL condition with its named parameters; a filter not given adds nothing. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters params = new Parameters();

    /** Adds {@code condition} with {@code value} as parameter {@code name} when the value is given (not null, not blank). */
    Where given(Object value, String condition, String name) {
        return given(value, condition, name, Function.identity());
    }

    /** As {@link #given(Object, String, String)}, with the parameter computed from the value (stripped, folded …). */
    <T> Where given(T value, String condition, String name, Function<? super T, ?> parameter) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return and(condition, name, parameter.apply(value));
    }

    Where and(String condition, String name, Object parameter) {
        params.and(name, parameter);
        return and(condition);
    }

    Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    String query() {
        return String.join(" and ", conditions);
    }

    Parameters params() {
        return params;
    }
}
