package org.claimtrack.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

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

    /** Jackson deserializers for String and Instant that refuse unstorable values with an InvalidFormatException. */
    public static Module jacksonModule() {
        return new SimpleModule("storable-values").addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(Instant.class, new StorableInstant());
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
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
            Instant instant = InstantDeserializer.INSTANT.deserialize(p, context);
            if (instant != null && !storable(instant)) {
                throw InvalidFormatException.from(p, INSTANT_RANGE, instant.toString(), Instant.class);
            }
            return instant;
        }
    }
}
