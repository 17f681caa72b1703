package org.claimtrack.claims.config;

import org.claimtrack.claims.rest.support.ServiceWrite;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every operation shares instead of repeating it on each method: writes need the
 * service token (401) and take the actor header; bodies can be malformed (400), too large (413) or
 * of the wrong media type (415). Every error response points at the Problem schema.
 */
public class OpenApiConventions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            boolean write = method != PathItem.HttpMethod.GET;
            APIResponses responses = op.getResponses();
            if (write) {
                op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(ServiceWrite.SECURITY_SCHEME));
                Parameter actor = op.getParameters() == null ? null : op.getParameters().stream()
                        .filter(p -> ServiceWrite.ACTOR_HEADER.equalsIgnoreCase(p.getName())).findFirst().orElse(null);
                if (actor == null) {
                    actor = OASFactory.createParameter().name(ServiceWrite.ACTOR_HEADER).in(Parameter.In.HEADER)
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING));
                    op.addParameter(actor);
                }
                actor.description("The acting person, recorded in the history (default: system).");
                add(responses, "401", "Missing or wrong " + ServiceWrite.HEADER + ".");
            }
            if (op.getRequestBody() != null) {
                add(responses, "400", "The body is not valid JSON or has invalid fields (errors lists them).");
                add(responses, "413", "The body is larger than 2 MB.");
                add(responses, "415", "The body is not application/json.");
            }
            add(responses, "500", "Unexpected error (never with internals in the body).");
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(problem());
                }
            });
        }));
        // every error response points at Problem; the problem library's own schemas would be unused
        if (openAPI.getComponents() != null) {
            openAPI.getComponents().removeSchema("HttpProblem");
            openAPI.getComponents().removeSchema("HttpValidationProblem");
            openAPI.getComponents().removeSchema("Violation");
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problem() {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType("application/problem+json", media);
    }

}
