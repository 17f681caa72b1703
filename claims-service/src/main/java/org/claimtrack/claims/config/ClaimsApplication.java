package org.claimtrack.claims.config;

import jakarta.ws.rs.core.Application;
import org.claimtrack.claims.rest.support.ProblemDocument;
import org.claimtrack.claims.rest.support.ServiceWrite;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's shared parts: the service-token security scheme and the Problem schema every
 * error response uses. Title, description, contact, license and servers are in application.properties.
 */
@OpenAPIDefinition(info = @Info(title = "Claimtrack claims-service (internal API)", version = "1.0.0"),
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = ProblemDocument.class),
                securitySchemes = @SecurityScheme(securitySchemeName = ServiceWrite.SECURITY_SCHEME,
                        type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = ServiceWrite.HEADER,
                        description = "The shared service token (CLAIMTRACK_SERVICE_TOKEN); every write needs it.")))
public class ClaimsApplication extends Application {
}
