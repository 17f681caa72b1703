package org.claimtrack.gateway.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the security schemes and, for every API operation, who may call it — derived from {@link AccessRules},
 * the same table the request filter enforces, so the document cannot drift from the behaviour. Each operation gets
 * {@code x-required-role} ({@code anonymous}, {@code editor}, {@code reviewer} or {@code admin}); protected ones also
 * get their security requirement and the 401/403 problem answers. An operation no rule covers gets no
 * {@code x-required-role}, which the role-matrix test reports.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityOpenApi implements OASFilter {

    public static final String ROLE_EXTENSION = "x-required-role";
    public static final String ANONYMOUS = "anonymous";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String COOKIE = "sessionCookie";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of the gateway's embedded user store (see docs/security.md)."))
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An OIDC access token (production deployments with OIDC enabled); roles come from "
                                + "the configured claim, realm_access/roles by default."))
                .addSecurityScheme(COOKIE, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name(SessionAuthentication.COOKIE)
                        .description("The web UI's session after signing in at /login."));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            path.getValue().getOperations()
                    .forEach((method, operation) -> declare(method.name(), path.getKey(), operation));
        }
    }

    private static void declare(String method, String path, Operation operation) {
        AccessRules.find(method, path).ifPresent(rule -> {
            APIResponses responses = operation.getResponses();
            // credentials are checked wherever they are sent, public reads included: wrong ones are refused, not ignored
            // a costly read declares its own 429 (its rate limit); the sign-in lock can refuse it too
            String locked = "Too many failed sign-ins for this user name or address: locked for a while";
            APIResponse declared = responses.getAPIResponse("429");
            responses.addAPIResponse("429", problem(declared == null ? locked + " (see Retry-After)"
                    : declared.getDescription() + "; or: " + locked).addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds until a retry can succeed")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER))));
            if (rule.isPublic()) {
                operation.addExtension(ROLE_EXTENSION, ANONYMOUS);
                responses.addAPIResponse("401", problem("Credentials were sent and not accepted (send none to read anonymously)"));
                return;
            }
            String role = rule.role().id();
            operation.addExtension(ROLE_EXTENSION, role);
            operation.setSecurity(List.of(requirement(BASIC), requirement(BEARER), requirement(COOKIE)));
            String note = "Requires the " + role + " role (or a role that includes it).";
            operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
            responses.addAPIResponse("401", problem("Not signed in, or the credentials were not accepted"));
            responses.addAPIResponse("403", problem("Signed in without the " + role + " role"));
        });
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
