package org.claimtrack.gateway.ui;

import java.util.Objects;

/** One field of an edit conflict: what the reader sent beside what is stored now. */
public record ConflictRow(String label, String yours, String current) {

    public static ConflictRow of(String label, Object yours, Object current) {
        return new ConflictRow(label, text(yours), text(current));
    }

    public boolean differs() {
        return !Objects.equals(yours, current);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Iterable<?> list ? String.join(", ", (Iterable<String>) list) : value.toString();
    }
}
