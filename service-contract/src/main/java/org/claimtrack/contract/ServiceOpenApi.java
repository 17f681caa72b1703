package org.claimtrack.contract;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every operation of an internal service shares instead of repeating it on each method: writes (every
 * method but GET, and the POSTs marked {@link ServiceApi#READ_ONLY}) need
 * the service token (401) and take the actor header; an If-Match can be stale (412) or missing (428); bodies can be malformed (400), too large (413) or of the wrong
 * media type (415); a path or query value can be of the wrong form (400, or 404 for a path id that is not a UUID); an Accept header can allow nothing the
 * operation answers with (406); anything can fail (500). Every error response is a Problem with an example: one an operation
 * describes in its own words gets the example of the shared response with its status code. Registered with
 * {@code mp.openapi.filter} in each service's application.properties.
 */
public class ServiceOpenApi implements OASFilter {

    /** The shared response ({@link ServiceApi}) that stands for each error status code. */
    private static final Map<String, String> SHARED = Map.ofEntries(Map.entry("400", ServiceApi.BAD_REQUEST),
            Map.entry("401", ServiceApi.UNAUTHORIZED), Map.entry("404", ServiceApi.NOT_FOUND),
            Map.entry("406", ServiceApi.NOT_ACCEPTABLE), Map.entry("409", ServiceApi.CONFLICT),
            Map.entry("412", ServiceApi.PRECONDITION_FAILED), Map.entry("413", ServiceApi.PAYLOAD_TOO_LARGE),
            Map.entry("415", ServiceApi.UNSUPPORTED_MEDIA_TYPE), Map.entry("422", ServiceApi.UNPROCESSABLE),
            Map.entry("428", ServiceApi.PRECONDITION_REQUIRED), Map.entry("500", ServiceApi.INTERNAL_ERROR));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, APIResponse> shared = openAPI.getComponents().getResponses();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            APIResponses responses = op.getResponses();
            boolean readOnly = op.getExtensions() != null && "true".equals(String.valueOf(op.getExtensions().get(ServiceApi.READ_ONLY)));
            if (method != PathItem.HttpMethod.GET && !readOnly) {
                op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(ServiceWrite.SECURITY_SCHEME));
                Parameter actor = op.getParameters() == null ? null : op.getParameters().stream()
                        .filter(p -> ServiceWrite.ACTOR_HEADER.equalsIgnoreCase(p.getName())).findFirst().orElse(null);
                if (actor == null) {
                    actor = OASFactory.createParameter().name(ServiceWrite.ACTOR_HEADER).in(Parameter.In.HEADER)
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING));
                    op.addParameter(actor);
                }
                actor.description("The acting person, recorded in the history (default: system).");
                refer(responses, "401");
            }
            List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
            if (params.stream().anyMatch(p -> HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()))) {
                refer(responses, "412");
                refer(responses, "428");
            }
            if (op.getRequestBody() != null) {
                refer(responses, "400");
                refer(responses, "413");
                refer(responses, "415");
            }
            if (params.stream().anyMatch(p -> p.getIn() != Parameter.In.HEADER)) {
                refer(responses, "400"); // a path or query value of the wrong form
            }
            if (params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
                refer(responses, "404"); // an id path parameter that is not a UUID matches nothing (JAX-RS: 404)
            }
            refer(responses, "406");
            refer(responses, "500");
            responses.getAPIResponses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && response.getRef() == null) {
                    response.setContent(problemLike(shared.get(SHARED.get(code))));
                }
            });
        }));
        // shared responses no operation of this service refers to would be unused components
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op ->
                op.getResponses().getAPIResponses().values().stream().map(APIResponse::getRef).filter(Objects::nonNull)
                        .forEach(ref -> used.add(ref.substring(ref.lastIndexOf('/') + 1)))));
        new ArrayList<>(shared.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeResponse);
        // every error response is a Problem; the problem library's own schemas would be unused
        openAPI.getComponents().removeSchema("HttpProblem");
        openAPI.getComponents().removeSchema("HttpValidationProblem");
        openAPI.getComponents().removeSchema("Violation");
    }

    private static void refer(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(SHARED.get(code)));
        }
    }

    /** A Problem body, with the shared response's examples for the same status code when there is one. */
    private static org.eclipse.microprofile.openapi.models.media.Content problemLike(APIResponse sharedResponse) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        if (sharedResponse != null && sharedResponse.getContent() != null) {
            MediaType example = sharedResponse.getContent().getMediaType(Problems.MEDIA_TYPE);
            if (example != null) {
                media.setExamples(example.getExamples());
            }
        }
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, media);
    }
}
