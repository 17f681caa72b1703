package org.claimtrack.contract;

import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Parses query parameters taken as text, failing with a 400 problem that names the parameter. */
public final class QueryParams {

    static final String UUID_MESSAGE = "must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
    static final String INSTANT_MESSAGE = "must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z";

    private QueryParams() {
    }

    /**
     * The parameter's value, or "" when it is present without one: Quarkus REST reads {@code ?a=} as if {@code a} were
     * absent, for a filter where "empty" means something of its own (sources with no party).
     */
    public static String emptyWhenPresent(UriInfo uri, String name, String value) {
        return value == null && uri.getQueryParameters().containsKey(name) ? "" : value;
    }

    public static int intIn(String name, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.badField(name, "must be an integer from " + min + " to " + max);
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.badField(name, oneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name)));
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID parsed = UUID.fromString(value.trim());
            if (parsed.toString().equalsIgnoreCase(value.trim())) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw Problems.badField(name, UUID_MESSAGE);
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.badField(name, INSTANT_MESSAGE);
        }
        if (!StorableValues.storable(instant)) {
            throw Problems.badField(name, StorableValues.INSTANT_RANGE);
        }
        return instant;
    }

    static String oneOf(Stream<String> values) {
        return "must be one of " + values.collect(Collectors.joining(", "));
    }
}
