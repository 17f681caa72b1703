package org.claimtrack.gateway.ui;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What a form holds, so a rejected form comes back with the reader's input intact. */
public class FormValues {

    private final Map<String, String> values = new HashMap<>();

    public static FormValues of(MultivaluedMap<String, String> form) {
        FormValues result = new FormValues();
        form.forEach((name, list) -> {
            if (list != null && !list.isEmpty() && list.get(0) != null) {
                result.values.put(name, list.get(0));
            }
        });
        return result;
    }

    public static FormValues empty() {
        return new FormValues();
    }

    public FormValues put(String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    /** Every value of another form (a form sent again, e.g. on top of a newer version). */
    public FormValues putAll(FormValues other) {
        values.putAll(other.values);
        return this;
    }

    /** Every field and value, for a form carried over as hidden fields. */
    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
    }

    /** The raw value, "" when absent (for value="" attributes). */
    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    /** The trimmed value, or null when absent or blank (for the API's optional fields). */
    public String optional(String name) {
        return ClaimFilters.blankToNull(values.get(name));
    }

    /** A date-and-time field (UTC, as {@code <input type="datetime-local">} sends it); a message beside it when unreadable. */
    public Instant instant(String name, FormErrors errors) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        AsOf parsed = AsOf.parse(value);
        if (parsed.isInvalid()) {
            errors.add(name, "must be a date and time, e.g. 2021-12-30T12:00");
        }
        return parsed.instant();
    }

    /** The value an {@code <input type="datetime-local">} shows for an instant. */
    public static String local(Instant instant) {
        return instant == null ? null : new AsOf(instant.toString(), instant).inputValue();
    }

    public boolean is(String name, Object expected) {
        return expected != null && expected.toString().equals(values.get(name));
    }
}
