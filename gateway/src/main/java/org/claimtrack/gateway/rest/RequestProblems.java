package org.claimtrack.gateway.rest;

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
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.contract.AllowedMethods;
import org.claimtrack.contract.JsonBodyErrors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Requests the framework rejects before a resource method runs, in the gateway's words:
 * <ul>
 * <li>a body Jackson cannot read → 400 naming the field as the client wrote it ({@code tags}, {@code selector.exact},
 * {@code items[2].text}) and what it must be in JSON words, mapped by the services' contract
 * ({@code service-contract}'s {@code JsonBodyErrors}): Jackson's own messages name Java classes, so they never reach the client;</li>
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

    /** A problem response as every mapper of the problem library makes it (post-processors applied). */
    public static Response render(HttpProblem problem, Throwable cause, UriInfo uri) {
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

    /** RESTEasy Reactive's form parser refuses a form over its field limit with a bare RuntimeException. */
    private static final Pattern FORM_FIELD_LIMIT = Pattern.compile("Param limit of (\\d+) was exceeded");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Matcher fieldLimit = context.cause == null || context.cause.getMessage() == null ? null
                : FORM_FIELD_LIMIT.matcher(context.cause.getMessage());
        if (fieldLimit != null && fieldLimit.matches()) {
            return HttpProblem.builder().withTitle("Content Too Large").withStatus(413).withInstance(problem.getInstance())
                    .withDetail("A form may hold at most " + fieldLimit.group(1) + " fields").build();
        }
        JsonProcessingException json = JsonBodyErrors.jsonCause(context.cause);
        if (json == null || problem.getStatusCode() != 400) {
            return context.cause instanceof WebApplicationException routing && !(context.cause instanceof HttpProblem)
                    ? plainRouting(problem, routing, context.path) : problem;
        }
        return HttpProblem.builder(JsonBodyErrors.toProblem(json)).withType(problem.getType())
                .withInstance(problem.getInstance()).build();
    }

    @Override
    public int priority() {
        // before the library's logger (101), so that a client's mistake is logged as the 4xx it becomes, not as a
        // 500 with a stack trace; FieldErrorsFormat renames bean-validation violations, never the same problem
        return 102;
    }

    /**
     * The framework's details ("HTTP 405 Method Not Allowed", "Unable to find matching target resource method") say
     * nothing the status does not, or name its annotations; these say what to change. Our own code throws HttpProblems.
     */
    private static HttpProblem plainRouting(HttpProblem problem, WebApplicationException routing, String path) {
        String detail = switch (routing.getResponse().getStatus()) {
            case 404 -> "Nothing here: the path does not exist, or an id in it is unknown.";
            case 405 -> "This path does not support this HTTP method; the Allow header lists the ones it does.";
            case 406 -> "The Accept header allows none of the media types this operation answers with "
                    + "(application/json, with errors as application/problem+json).";
            case 415 -> "The request body's Content-Type is not one this operation reads (application/json; "
                    + "files go as multipart/form-data to /api/imports/uploads).";
            default -> null;
        };
        if (detail == null) {
            return problem;
        }
        HttpProblem.Builder plain = HttpProblem.builder(problem).withDetail(detail);
        if (routing instanceof NotAllowedException) {
            plain.withHeader("Allow", AllowedMethods.header(path));
        }
        return plain.build();
    }
}
