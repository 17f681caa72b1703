package org.claimtrack.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Values every supported database stores and compares alike. PostgreSQL refuses text holding U+0000 and instants
 * outside its range (H2 takes both), so without these rules one request would be accepted on H2 and fail on PostgreSQL.
 */
public final class StorableValues {

    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final String INSTANT_RANGE = "must be an instant from " + EARLIEST + " to " + LATEST;

    private StorableValues() {
    }

    public static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** True for the messages of this class's refusals, which are fit to show a client as they are. */
    public static boolean isRefusal(String message) {
        return NUL_MESSAGE.equals(message) || INSTANT_RANGE.equals(message);
    }

    /**
     * Jackson deserializers for String and Instant that refuse unstorable values with an InvalidFormatException; an
     * Instant or LocalDate must be ISO-8601 text, as the API documents it (Java's time module would also take an epoch
     * number, as a number or as a string of digits, or an array, and store 123 as 1970-01-01T00:02:03Z).
     */
    public static Module jacksonModule() {
        return new SimpleModule("storable-values").addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(Instant.class, new StorableInstant()).addDeserializer(LocalDate.class, new IsoDate());
    }

    private static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = super.deserialize(p, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, NUL_MESSAGE, text, String.class);
            }
            return text;
        }
    }

    private static final class StorableInstant extends JsonDeserializer<Instant> {
        /** Java's time module reads a string of digits as epoch milliseconds. */
        private static final Pattern EPOCH_NUMBER = Pattern.compile("\\s*[-+]?[0-9.]+\\s*");

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, p);
            }
            if (EPOCH_NUMBER.matcher(p.getText()).matches()) {
                throw context.weirdStringException(p.getText(), Instant.class, "an epoch number, not ISO-8601 text");
            }
            Instant instant = InstantDeserializer.INSTANT.deserialize(p, context);
            if (instant != null && !storable(instant)) {
                throw InvalidFormatException.from(p, INSTANT_RANGE, instant.toString(), Instant.class);
            }
            return instant;
        }
    }

    private static final class IsoDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
            }
            return LocalDateDeserializer.INSTANCE.deserialize(p, context);
        }
    }
}
