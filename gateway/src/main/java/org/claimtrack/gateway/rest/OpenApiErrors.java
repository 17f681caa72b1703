package org.claimtrack.gateway.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every API operation shares, in one place: each error response carries the Problem
 * schema as {@code application/problem+json}; every operation can answer 400 (invalid input), 406 and 503 with
 * Retry-After (a downstream service is unavailable), and every one that reads a body 413 and 415.
 */
public class OpenApiErrors implements OASFilter {

    static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        // The problem library's own classes appear in the scan; the API documents its errors as Problem only.
        openAPI.getComponents().removeSchema("HttpProblem");
        openAPI.getComponents().removeSchema("HttpValidationProblem");
        openAPI.getComponents().removeSchema("Violation");
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().getOperations().values().forEach(OpenApiErrors::documentErrors);
        }
    }

    private static void documentErrors(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses.getAPIResponse("400") == null) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Invalid input: malformed JSON, wrong types or values out of range (see `errors`)"));
        }
        if (responses.getAPIResponse("406") == null) {
            responses.addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header allows none of the media types this operation answers with"));
        }
        if (operation.getRequestBody() != null) {
            // every body is read by the framework before the operation runs: it can be of another media type, or too large
            if (responses.getAPIResponse("413") == null) {
                responses.addAPIResponse("413", OASFactory.createAPIResponse().description("The body is too large"));
            }
            if (responses.getAPIResponse("415") == null) {
                responses.addAPIResponse("415", OASFactory.createAPIResponse()
                        .description("The body's Content-Type is not one this operation reads"));
            }
        }
        if (responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("A service this operation needs is unavailable (unreachable, failing or too slow). Try again after Retry-After.")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problemBody(response);
            }
        });
    }

    private static void problemBody(APIResponse response) {
        Content content = OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
        response.setContent(content);
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string("The field or parameter", "sourceId"))
                .addProperty("message", string("What is wrong with it", "no source with this id"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. Problems passed through from a downstream service keep their "
                        + "status and members (e.g. `existingId` on a duplicate, `closest` on a quote not found).")
                .addRequired("title").addRequired("status")
                .addProperty("type", string("Problem type URI", "about:blank"))
                .addProperty("title", string("Short summary", "Unprocessable Content"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).example(422))
                .addProperty("detail", string("What happened", "The stance refers to something that does not exist."))
                .addProperty("instance", string("The request path", "/api/claims/3f1c2a9e-8b7d-4c1e-9f2a-5d6e7f8a9b0c/stances"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Per-field problems"))
                .addProperty("existingId", string("On a 409 duplicate: the record already there",
                        "3f1c2a9e-8b7d-4c1e-9f2a-5d6e7f8a9b0c"))
                .addProperty("refusal", string("On a 422 for a web page that was not archived: why (SCHEME, "
                        + "PRIVATE_ADDRESS, UNKNOWN_HOST, UNREACHABLE, TIMEOUT, HTTP_STATUS, REDIRECTS, CONTENT_TYPE, TOO_LARGE, "
                        + "NO_TEXT)", "PRIVATE_ADDRESS"))
                .addProperty("candidates", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("On a 409 for an affiliation close to known parties (a typo?): the parties it may "
                                + "mean, closest first")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("id", string("The party", "6ecd8c99-4036-403d-bf84-cf8400f67836"))
                                .addProperty("name", string("Its canonical name", "Russia"))
                                .addProperty("matchedAlias", string("The alias that is close, when not the name",
                                        "Russian Federation"))))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).example(example);
    }
}
