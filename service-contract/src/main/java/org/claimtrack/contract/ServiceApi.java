package org.claimtrack.contract;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The shared parts of each internal service's OpenAPI document: the service-token security scheme, the Problem
 * schema, and the error responses operations refer to ({@code @APIResponse(responseCode = "404", ref = NOT_FOUND)}),
 * each with an example; {@link ServiceOpenApi} adds the ones every operation shares. Title, description, contact,
 * license and servers come from each service's application.properties.
 */
@OpenAPIDefinition(info = @Info(title = "Claimtrack internal service", version = "1.0.0"), components = @Components(
        schemas = @Schema(name = "Problem", implementation = ProblemDocument.class),
        securitySchemes = @SecurityScheme(securitySchemeName = ServiceWrite.SECURITY_SCHEME, type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = ServiceWrite.HEADER,
                description = "The shared service token (CLAIMTRACK_SERVICE_TOKEN); every write needs it."),
        responses = {
                @APIResponse(name = ServiceApi.BAD_REQUEST, description = "Bad JSON, a wrong type, a missing or invalid field or query parameter; `errors` lists each field.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "unknownKind", value = """
                                        {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid kind: must be one of PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP","instance":"/sources","errors":[{"field":"kind","message":"must be one of PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP"}]}"""))),
                @APIResponse(name = ServiceApi.UNAUTHORIZED, description = "A write without the right X-Claimtrack-Service-Token.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "noToken", value = """
                                        {"type":"about:blank","title":"Unauthorized","status":401,"detail":"Writes need the header X-Claimtrack-Service-Token with this service's token","instance":"/sources"}"""))),
                @APIResponse(name = ServiceApi.NOT_FOUND, description = "No record with this id (or the id in the path is not a UUID).",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "unknownId", value = """
                                        {"type":"about:blank","title":"Not Found","status":404,"detail":"Source 3fa85f64-5717-4562-b3fc-2c963f66afa6 does not exist","instance":"/sources/3fa85f64-5717-4562-b3fc-2c963f66afa6"}"""))),
                @APIResponse(name = ServiceApi.CONFLICT, description = "A duplicate (with `existingId`), or a delete of a record that is still referenced (with `references`).",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "duplicate", value = """
                                        {"type":"about:blank","title":"Conflict","status":409,"detail":"A source named \\"Maria Zakharova\\" already exists","instance":"/sources","existingId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","errors":[{"field":"name","message":"A source named \\"Maria Zakharova\\" already exists"}]}"""))),
                @APIResponse(name = ServiceApi.PRECONDITION_FAILED, description = "If-Match is not the current version: someone changed the record since it was read. The current ETag is in the ETag header.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "stale", value = """
                                        {"type":"about:blank","title":"Precondition Failed","status":412,"detail":"If-Match \\"0\\" does not match the current version 1: someone changed it since you read it; read it again and retry","instance":"/sources/3fa85f64-5717-4562-b3fc-2c963f66afa6"}"""))),
                @APIResponse(name = ServiceApi.PAYLOAD_TOO_LARGE, description = "The body is larger than 2 MB.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "tooLarge", value = """
                                        {"type":"about:blank","title":"Content Too Large","status":413,"detail":"The request body has 3145728 bytes; at most 2097152 are accepted","instance":"/sources"}"""))),
                @APIResponse(name = ServiceApi.NOT_ACCEPTABLE, description = "The Accept header allows none of the media types the operation answers with.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "xmlAsked", value = """
                                        {"type":"about:blank","title":"Not Acceptable","status":406,"detail":"The Accept header allows none of the media types this operation answers with","instance":"/sources"}"""))),
                @APIResponse(name = ServiceApi.UNSUPPORTED_MEDIA_TYPE, description = "The body is not application/json.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "textPlain", value = """
                                        {"type":"about:blank","title":"Unsupported Media Type","status":415,"detail":"The request body must be sent as application/json","instance":"/sources"}"""))),
                @APIResponse(name = ServiceApi.UNPROCESSABLE, description = "The request refers to a record that does not exist, or would make membership circular.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "unknownReference", value = """
                                        {"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"source 3fa85f64-5717-4562-b3fc-2c963f66afa6 does not exist","instance":"/sources","errors":[{"field":"memberOfId","message":"source 3fa85f64-5717-4562-b3fc-2c963f66afa6 does not exist"}]}"""))),
                @APIResponse(name = ServiceApi.PRECONDITION_REQUIRED, description = "An update or delete without If-Match.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "noIfMatch", value = """
                                        {"type":"about:blank","title":"Precondition Required","status":428,"detail":"This update needs an If-Match header with the ETag you read (e.g. If-Match: \\"0\\"), so that it cannot overwrite a change you have not seen","instance":"/sources/3fa85f64-5717-4562-b3fc-2c963f66afa6"}"""))),
                @APIResponse(name = ServiceApi.INTERNAL_ERROR, description = "Unexpected error; the body never carries internals.",
                        content = @Content(mediaType = ServiceApi.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                                examples = @ExampleObject(name = "unexpected", value = """
                                        {"type":"about:blank","title":"Internal Server Error","status":500,"instance":"/sources"}""")))
        }))
public class ServiceApi extends Application {

    public static final String PROBLEM = Problems.MEDIA_TYPE;
    /**
     * OpenAPI extension of a POST that only reads (look-ups, quote checks): it needs no service token and takes no
     * actor, so {@link ServiceOpenApi} documents neither (value {@code "true"}).
     */
    public static final String READ_ONLY = "x-read-only";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String UNPROCESSABLE = "UnprocessableContent";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String INTERNAL_ERROR = "InternalError";
}
