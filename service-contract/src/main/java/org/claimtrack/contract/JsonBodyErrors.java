package org.claimtrack.contract;

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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * JSON that cannot be read → 400 with per-field errors that speak JSON, not Java (Jackson's own messages name
 * classes): the field as the client wrote it ({@code selector.exact}, {@code [2].text}), an unknown enum value with
 * the allowed values, a wrong type with the expected JSON type. The services register the mapper; the gateway uses
 * {@link #toProblem} and {@link #jsonCause} from its own problem post-processor.
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
            return Problems.badRequest(List.of(fieldError(mapping, "")));
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return Problems.badRequest("The request body holds more than one JSON value",
                    List.of(new FieldError("body", "must hold exactly one JSON value")));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String expected = "must be " + expected(mismatch.getTargetType());
            return Problems.badRequest("The request body " + expected, List.of(new FieldError("body", expected)));
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String what = !(e instanceof JsonParseException) ? "cannot be read as JSON"
                : String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field") ? "repeats a property" : "is not valid JSON";
        return Problems.badRequest("The request body " + what + where, List.of(new FieldError("body", what + where)));
    }

    /** The per-field error for a value that could not be read; {@code prefix} locates a batch item ({@code [3].}). */
    public static FieldError fieldError(JsonMappingException e, String prefix) {
        String field = prefix + path(e.getPath());
        if (StorableValues.isRefusal(e.getOriginalMessage())) {
            return new FieldError(field, e.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a field of this request");
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return new FieldError(field, target == null ? "has an invalid value" : "must be " + expected(target));
    }

    /** The Jackson failure behind a framework exception, if any. */
    public static JsonProcessingException jsonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    /** What a value of this type looks like in JSON. */
    public static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        } else if (type == String.class) {
            return "a string";
        } else if (type == UUID.class) {
            return "a UUID string such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        } else if (type == Instant.class) {
            return "an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z";
        } else if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2021-12-30";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number in range";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        } else if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a value of another type";
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
}
