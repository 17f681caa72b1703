package org.claimtrack.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.PlainText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** API tokens: a signed-in user makes, lists and revokes its own; an admin also those of other users. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Bearer tokens for scripts and newsroom tools (docs/security.md)")
@Blocking
public class TokenResource {

    @Schema(description = "An API token's record; the token itself is shown only once, when it is created.")
    public record TokenView(
            @Schema(required = true, example = "6f1c2f43-3a5e-4b8e-9a0d-2f6c1c8e7a10") UUID id,
            @Schema(required = true, example = "newsroom CMS") String name,
            @Schema(required = true, description = "Whose token it is: the user it acts as", example = "cms-integration") String username,
            @Schema(required = true, description = "The role it grants at most (and never more than its user has when it is used)",
                    enumeration = {"editor", "reviewer", "admin"}, example = "editor") String role,
            @Schema(required = true, example = "desk-admin") String createdBy,
            @Schema(required = true, example = "2021-12-30T12:00:00Z") Instant createdAt,
            @Schema(required = true, example = "2022-03-30T12:00:00Z") Instant expiresAt,
            @Schema(description = "Last request it signed in, to the minute; absent if never used", example = "2021-12-31T08:15:00Z") Instant lastUsedAt,
            @Schema(description = "When it was revoked; absent while valid", example = "2022-01-10T09:00:00Z") Instant revokedAt) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.username, t.role, t.createdBy, t.createdAt, t.expiresAt, t.lastUsedAt, t.revokedAt);
        }
    }

    @Schema(description = "A token just created, with the token itself: store it now, it is never shown again.")
    public record CreatedToken(
            @Schema(required = true, description = "Send it as Authorization: Bearer <token>",
                    example = "ct_Qm9vbWVyYW5nIGlzIG5vdCBhIHJlYWwgdG9rZW4gYXQgYWxs") String token,
            @Schema(required = true) TokenView record) {
    }

    @Schema(description = "A new API token.")
    public record NewToken(
            @NotBlank @Size(max = 100) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
            @Schema(required = true, description = "What it is for", example = "newsroom CMS") String name,
            @Pattern(regexp = UserResource.ROLE_PATTERN, message = "must be one of editor, reviewer, admin")
            @Schema(description = "The role it grants; at most the creator's (or, for another user, that user's); default: that highest role",
                    enumeration = {"editor", "reviewer", "admin"}, example = "editor") String role,
            @Min(1) @Max(ApiTokens.MAX_DAYS) @Schema(description = "Days until it expires (1-365, default 90)", example = "90") Integer expiresInDays,
            @Pattern(regexp = UserResource.NAME_PATTERN, message = "1 to 100 letters, digits or . _ @ -")
            @Schema(description = "Admins only: the user it acts as (e.g. an integration account); default: the caller",
                    example = "cms-integration") String username) {
    }

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create an API token",
            description = "Makes a bearer token for the caller, or (admins) for another user. The answer is the only "
                    + "time the token is shown; only its SHA-256 is stored.")
    @APIResponse(responseCode = "201", description = "Created: the token, once",
            content = @Content(schema = @Schema(implementation = CreatedToken.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a role above what may be granted")
    @APIResponse(responseCode = "404", description = "No such user (admins creating for another user)")
    @APIResponse(responseCode = "409", description = "The caller signs in through OIDC and has no embedded user")
    public RestResponse<CreatedToken> create(@Valid @NotNull NewToken input, @Context UriInfo uri) {
        ApiTokens.Created created = tokens.create(identity, input.username(), input.name(),
                Optional.ofNullable(input.role()).flatMap(Role::of), input.expiresInDays() == null ? 90 : input.expiresInDays());
        return RestResponse.ResponseBuilder.<CreatedToken>created(uri.getAbsolutePathBuilder().path(created.record().id.toString()).build())
                .entity(new CreatedToken(created.token(), TokenView.of(created.record()))).build();
    }

    @GET
    @Operation(operationId = "listApiTokens", summary = "List API tokens",
            description = "The caller's tokens, newest first, revoked and expired ones included; admins may ask for another user's.")
    @APIResponse(responseCode = "200", description = "The tokens (never the tokens themselves)",
            content = @Content(schema = @Schema(implementation = TokenView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Another user's tokens, asked by a non-admin")
    public List<TokenView> list(@QueryParam("username") @Pattern(regexp = UserResource.NAME_PATTERN)
            @Parameter(description = "Admins only: whose tokens", example = "cms-integration") String username) {
        String own = identity.getPrincipal().getName();
        if (username != null && !username.equals(own) && !identity.hasRole(Role.ADMIN.id())) {
            throw io.quarkiverse.resteasy.problem.HttpProblem.builder().withStatus(403).withTitle("Forbidden")
                    .withDetail("Only an admin lists another user's tokens.").build();
        }
        return tokens.list(username == null ? own : username).stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token",
            description = "From now on the token signs nothing in; its record stays, with revokedAt. Revoking twice is fine.")
    @APIResponse(responseCode = "200", description = "The revoked token's record",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "404", description = "No such token of the caller's (admins: no such token)")
    public TokenView revoke(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = "6f1c2f43-3a5e-4b8e-9a0d-2f6c1c8e7a10") String id) {
        return TokenView.of(tokens.revoke(UUID.fromString(id), identity));
    }
}
