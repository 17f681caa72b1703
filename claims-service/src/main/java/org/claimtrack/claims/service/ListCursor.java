package org.claimtrack.claims.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.StorableValues;

/**
 * Where a keyset page starts: the sort it was made for, the sort key of the last item of the page before (an instant,
 * to the microsecond both databases store) and that item's id. Sent to clients as {@code next}, URL-safe base64 of
 * {@code k1|<sort>|<epoch micros>|<id>}: opaque to them, so its shape may change with the version tag. It is not
 * signed: a made-up cursor that parses is just a position in the list, which any client may ask for anyway; one that
 * does not parse, or was made for another sort, is a 400 naming {@code cursor}.
 */
public record ListCursor(String sort, long micros, UUID id) {

    public static final String PARAMETER = "cursor";
    private static final String VERSION = "k1";
    /** Far longer than any cursor we write (~90 characters); longer input is refused before decoding. */
    private static final int MAX_LENGTH = 200;
    private static final long EARLIEST = micros(StorableValues.EARLIEST);
    private static final long LATEST = micros(StorableValues.LATEST);

    public static ListCursor at(String sort, Instant at, UUID id) {
        return new ListCursor(sort, micros(at), id);
    }

    public Instant instant() {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    public String encode() {
        String text = VERSION + "|" + sort + "|" + micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor parameter of a list in {@code sort} asked for page {@code page}: a page above 0 beside a cursor is a 400 naming page. */
    public static ListCursor decode(String value, String sort, int page) {
        ListCursor after = decode(value, sort);
        if (after != null && page > 0) {
            throw Problems.badField("page", "must be 0 or absent with cursor: the cursor says where the page starts");
        }
        return after;
    }

    /** The cursor in {@code value} (null when absent), which must have been made for {@code sort}; else a 400 problem. */
    public static ListCursor decode(String value, String sort) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw bad();
        }
        String[] parts;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value.strip());
            parts = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString().split("\\|", -1);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw bad();
        }
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw bad();
        }
        if (!parts[1].equals(sort)) {
            throw Problems.badField(PARAMETER, "was made for another sort than " + sort
                    + ": ask for the first page again with this sort, or keep the sort the cursor came with");
        }
        long micros;
        UUID id;
        try {
            micros = Long.parseLong(parts[2]);
            id = UUID.fromString(parts[3]);
        } catch (IllegalArgumentException e) {
            throw bad();
        }
        if (micros < EARLIEST || micros > LATEST || !id.toString().equals(parts[3])) {
            throw bad();
        }
        return new ListCursor(sort, micros, id);
    }

    private static RuntimeException bad() {
        return Problems.badField(PARAMETER, "is not a cursor of this list: pass the `next` of a page as it was returned");
    }

    /** Epoch microseconds (ChronoUnit.MICROS.between goes through nanoseconds, which overflow before 1677). */
    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
