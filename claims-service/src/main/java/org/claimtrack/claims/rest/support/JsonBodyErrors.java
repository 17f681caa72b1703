package org.claimtrack.claims.rest.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.json.StorableValues;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * JSON that cannot be read → 400 with per-field errors that speak JSON, not Java (the library's
 * Jackson mappers pass on messages that can contain class names): an unknown enum value lists the
 * allowed values, a wrong type names the expected JSON type.
 */
public final class JsonBodyErrors {

    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class},
            priority = 1)
    public Response map(JsonProcessingException e, UriInfo uriInfo) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.render(Problems.badRequest(List.of(fieldError(mapping, ""))), e, uriInfo);
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String what = e instanceof JsonParseException ? "is not valid JSON" : "does not have the expected JSON shape";
        return Problems.render(Problems.badField("body", "the request body " + what + where), e, uriInfo);
    }

    /** The per-field error for a value that could not be read; {@code prefix} locates a batch item. */
    public static FieldError fieldError(JsonMappingException e, String prefix) {
        String field = prefix + path(e.getPath());
        if (StorableValues.isRefusal(e.getOriginalMessage())) {
            return new FieldError(field, e.getOriginalMessage());
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return new FieldError(field, "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        return new FieldError(field, target == null ? "has an invalid value" : "must be " + jsonType(target));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (type == UUID.class) {
            return "a UUID string such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        } else if (type == Instant.class) {
            return "an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number in range";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        } else if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a value of another type";
    }
}
