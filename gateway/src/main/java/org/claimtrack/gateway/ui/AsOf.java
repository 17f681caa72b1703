package org.claimtrack.gateway.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The dossier's as-of control: what the reader typed (a day, or a day and time, in UTC) and the
 * instant it means. A day alone means its end, so everything stated that day counts.
 */
public record AsOf(String input, Instant instant) {

    public static final AsOf NOW = new AsOf(null, null);

    public static AsOf parse(String input) {
        String value = ClaimFilters.blankToNull(input);
        if (value == null) {
            return NOW;
        }
        try {
            if (value.length() == 10) {
                return new AsOf(value, LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1));
            }
            if (value.endsWith("Z")) {
                return new AsOf(value, Instant.parse(value));
            }
            return new AsOf(value, LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return new AsOf(value, null);
        }
    }

    public boolean isInvalid() {
        return input != null && instant == null;
    }

    /** The value for the {@code <input type="datetime-local">}, in UTC to the second. */
    public String inputValue() {
        if (instant == null) {
            return input == null ? "" : input;
        }
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** The value for the API's {@code asOf} parameter, or null for "now". */
    public String query() {
        return instant == null ? null : instant.toString();
    }
}
