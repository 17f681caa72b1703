package org.claimtrack.gateway.security;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** User management for admins: list, create, set roles, delete (embedded users; OIDC users live in the IdP). */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who may sign in and with which role (admins only)")
@Blocking
public class UserResource {

    static final String NAME_PATTERN = "[A-Za-z0-9._@-]{1,100}";
    static final String ROLE_PATTERN = "editor|reviewer|admin";

    @Schema(description = "A user who can sign in; the password is never returned.")
    public record UserView(@Schema(example = "desk-editor") String username,
            @Schema(example = "[\"editor\"]") List<String> roles,
            @Schema(example = "2021-12-30T12:00:00Z") Instant createdAt,
            @Schema(enumeration = {AppUser.LOCAL, AppUser.SINGLE_SIGN_ON}, example = AppUser.LOCAL,
                    description = "local: signs in with a password kept here; oidc: made by single sign-on, roles from the provider")
            String origin) {

        static UserView of(AppUser user) {
            return new UserView(user.username, List.copyOf(user.roleSet()), user.createdAt, user.origin);
        }
    }

    @Schema(description = "A new user.")
    public record NewUser(
            @NotNull @Pattern(regexp = NAME_PATTERN, message = "1 to 100 letters, digits or . _ @ -")
            @Schema(example = "desk-editor") String username,
            @NotNull @Size(min = 12, max = 200, message = "12 to 200 characters")
            @Schema(example = "a long passphrase only they know", format = "password") String password,
            @NotNull List<@NotNull @Pattern(regexp = ROLE_PATTERN, message = "must be one of editor, reviewer, admin") String> roles) {
    }

    @Schema(description = "The roles a user has from now on.")
    public record RolesInput(
            @NotNull List<@NotNull @Pattern(regexp = ROLE_PATTERN, message = "must be one of editor, reviewer, admin") String> roles) {
    }

    @Inject
    Users users;

    @GET
    @Operation(operationId = "listUsers", summary = "List users")
    @APIResponse(responseCode = "200", description = "Every user, by name",
            content = @Content(schema = @Schema(implementation = UserView.class, type = SchemaType.ARRAY)))
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "A user with this name exists")
    public RestResponse<UserView> create(@Valid @NotNull NewUser user, @Context UriInfo uri) {
        AppUser created = users.add(user.username(), user.password(), user.roles());
        return RestResponse.ResponseBuilder.<UserView>created(uri.getAbsolutePathBuilder().path(created.username).build())
                .entity(UserView.of(created)).build();
    }

    @PUT
    @Path("/{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setUserRoles", summary = "Set a user's roles")
    @APIResponse(responseCode = "200", description = "The user with the new roles",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "It would leave no admin")
    public UserView setRoles(@PathParam("username") @Pattern(regexp = NAME_PATTERN) String username,
            @Valid @NotNull RolesInput input) {
        return UserView.of(users.changeRoles(username, Set.copyOf(input.roles())));
    }

    @DELETE
    @Path("/{username}")
    @Operation(operationId = "deleteUser", summary = "Delete a user")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "It would leave no admin")
    public RestResponse<Void> delete(@PathParam("username") @Pattern(regexp = NAME_PATTERN) String username) {
        users.remove(username);
        return RestResponse.noContent();
    }
}
