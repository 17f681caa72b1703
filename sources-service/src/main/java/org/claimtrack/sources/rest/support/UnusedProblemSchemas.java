package org.claimtrack.sources.rest.support;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * quarkus-resteasy-problem always adds its own HttpProblem / HttpValidationProblem / Violation schemas; every
 * error response here refers to {@link ProblemDocument} ("Problem") instead, so they are removed to
 * keep the served document free of unused components.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class UnusedProblemSchemas implements OASFilter {

    private static final List<String> LIBRARY_SCHEMAS = List.of("HttpProblem", "HttpValidationProblem", "Violation");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            LIBRARY_SCHEMAS.forEach(openAPI.getComponents()::removeSchema);
        }
    }
}
