package org.claimtrack.sources.rest.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.json.StorableValues;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns JSON that cannot be read into a 400 problem with per-field {@code errors} that speak JSON,
 * not Java: unknown enum values list the allowed values, wrong types name the expected JSON type.
 * Replaces the library's Jackson mappers, whose messages can contain Java class names.
 */
public final class JsonBodyErrors {

    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class},
            priority = 1)
    public Response map(JsonProcessingException e, UriInfo uriInfo) {
        return Problems.render(toProblem(e), e, uriInfo);
    }

    public static HttpProblem toProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldError error = fieldError(mapping);
            return Problems.badRequest("Invalid " + error.field() + ": " + error.message(), List.of(error));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String expected = "must be " + article(jsonType(mismatch.getTargetType()));
            return Problems.badRequest("The request body " + expected, List.of(new FieldError("body", expected)));
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String what = !(e instanceof JsonParseException) ? "cannot be read as JSON"
                : e.getOriginalMessage().startsWith("Duplicate field") ? "repeats a property" : "is not valid JSON";
        return Problems.badRequest("The request body " + what + where, List.of(new FieldError("body", what + where)));
    }

    /** The per-field error for a value that could not be read, e.g. in a batch item. */
    public static FieldError fieldError(JsonMappingException e) {
        String field = path(e.getPath());
        if (StorableValues.isRefusal(e.getOriginalMessage())) {
            return new FieldError(field, e.getOriginalMessage());
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return new FieldError(field, "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (target != null) {
            return new FieldError(field, "must be " + article(jsonType(target)));
        }
        return new FieldError(field, "has an invalid value");
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
            return "string";
        } else if (type == UUID.class) {
            return "UUID string such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        } else if (type == Instant.class) {
            return "ISO-8601 UTC instant string such as 2021-12-30T12:00:00Z";
        } else if (type == LocalDate.class) {
            return "ISO-8601 date string such as 2021-12-30";
        } else if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number in range";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        } else if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "object";
        }
        return "value of another type";
    }

    private static String article(String noun) {
        return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 && !noun.startsWith("UUID") ? "an " : "a ") + noun;
    }
}
