package org.claimtrack.gateway.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Requests the framework rejects before a resource method runs, in the gateway's words:
 * <ul>
 * <li>a body Jackson cannot read → 400 naming the field as the client wrote it ({@code tags}, {@code selector.exact},
 * {@code items[2].text}) and what it must be in JSON words. Jackson's own messages name Java classes
 * ({@code java.time.Instant}, our records and enums), so they never reach the client;</li>
 * <li>a body that breaks off or does not match its declared form (e.g. a multipart boundary that never comes) → 400
 * instead of the library's 500 for an unexpected exception;</li>
 * <li>404, 405, 406 and 415 from routing → a detail that says what to change, not "HTTP 415 Unsupported Media Type".</li>
 * </ul>
 * 413 for large bodies is {@code imports.RequestBodyLimit}'s; 414 and 431 (a URL over 16 KB, headers over 20 KB) come
 * from Vert.x before any of this runs and stay plain.
 */
@ApplicationScoped
public class RequestProblems implements ProblemPostProcessor {

    /**
     * Only the framework reads request bodies outside our own try blocks (imports catch their own IO errors), so an
     * IOException that gets here is a body the client sent broken.
     */
    @ServerExceptionMapper(priority = 1)
    public Response unreadableBody(IOException failure, UriInfo uri) {
        HttpProblem problem = HttpProblem.builder().withTitle("Bad Request").withStatus(400)
                .withDetail("The request body cannot be read: it ends early or does not match its Content-Type "
                        + "(a multipart body needs parts separated by the boundary its Content-Type declares).")
                .with("errors", List.of(Map.of("field", "body", "message", "cannot be read as its Content-Type")))
                .build();
        return render(problem, failure, uri);
    }

    private static Response render(HttpProblem problem, Throwable cause, UriInfo uri) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(cause, uri))
                .toResponse();
    }

    /**
     * Every Jackson failure goes through the problem library (Quarkus's own mapper for MismatchedInputException would
     * answer plain JSON); {@link #apply} then gives it the field and the expected JSON.
     */
    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class}, priority = 1)
    public Response unreadableJson(JsonProcessingException failure, UriInfo uri) {
        return render(HttpProblem.builder().withTitle("Bad Request").withStatus(400).build(), failure, uri);
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        JsonProcessingException json = jsonCause(context.cause);
        if (json == null || problem.getStatusCode() != 400) {
            return context.cause instanceof WebApplicationException routing && !(context.cause instanceof HttpProblem)
                    ? plainRouting(problem, routing) : problem;
        }
        String field = json instanceof JsonMappingException mapping ? field(mapping.getPath()) : "body";
        String message = message(json);
        return HttpProblem.builder().withType(problem.getType()).withTitle("Bad Request").withStatus(400)
                .withDetail(field.equals("body") ? "The request body " + message : "Invalid " + field + ": " + message)
                .withInstance(problem.getInstance())
                .with("errors", List.of(Map.of("field", field, "message", message))).build();
    }

    @Override
    public int priority() {
        return 90; // FieldErrorsFormat renames bean-validation violations; the two never touch the same problem
    }

    /**
     * The framework's details ("HTTP 405 Method Not Allowed", "Unable to find matching target resource method") say
     * nothing the status does not, or name its annotations; these say what to change. Our own code throws HttpProblems.
     */
    private static HttpProblem plainRouting(HttpProblem problem, WebApplicationException routing) {
        String detail = switch (routing.getResponse().getStatus()) {
            case 404 -> "Nothing here: the path does not exist, or an id in it is unknown.";
            case 405 -> "This path does not support this HTTP method; the Allow header lists the ones it does.";
            case 406 -> "The Accept header allows none of the media types this operation answers with "
                    + "(application/json, with errors as application/problem+json).";
            case 415 -> "The request body's Content-Type is not one this operation reads (application/json; "
                    + "/api/imports also takes multipart/form-data).";
            default -> null;
        };
        if (detail == null) {
            return problem;
        }
        return HttpProblem.builder(problem).withDetail(detail).build();
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        if (e instanceof JsonParseException && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return "is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return e instanceof JsonMappingException ? "has a value of the wrong type" : "is not valid JSON";
    }

    /** What a value of this type looks like in JSON. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Stream.of(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Instant.class) {
            return "an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2021-12-30";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number in range";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** The path as the client wrote it; the body itself when the error is at the top. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static JsonProcessingException jsonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }
}
