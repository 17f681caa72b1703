package org.claimtrack.gateway.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimtrack.gateway.ui.UiPage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Web UI pages for signing in and out and, for admins, managing users. The form posts to Quarkus's
 * {@code /j_security_check}; the session is an encrypted cookie (HttpOnly, SameSite=Lax, Secure over TLS).
 */
@Path("/")
@UiPage
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SignInUi {

    @Inject
    SecurityConfig config;

    @Inject
    Users users;

    @Inject
    UserResource userApi;

    @Inject
    Validator validator;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @GET
    @Path("login")
    @Operation(hidden = true)
    public String login(@QueryParam("error") boolean failed, @QueryParam("signedOut") boolean signedOut) {
        return SecurityViews.login(failed, signedOut, config.maxFailedLogins(), config.lockDuration().toSeconds()).render();
    }

    /** Ends the session by expiring its cookie (a POST with the CSRF token, so no other site can sign you out). */
    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout(@jakarta.ws.rs.core.Context HttpServerResponse http) {
        http.addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0).setHttpOnly(true));
        return Response.seeOther(UriBuilder.fromPath("/login").queryParam("signedOut", true).build()).build();
    }

    @GET
    @Path("admin/users")
    @Operation(hidden = true)
    public String usersPage(@QueryParam("message") String message, @QueryParam("error") String error) {
        return SecurityViews.users(userApi.list(), Role.ids(), message, error).render();
    }

    @POST
    @Path("admin/users")
    @Operation(hidden = true)
    public Response create(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("roles") List<String> roles) {
        UserResource.NewUser input = new UserResource.NewUser(trim(username), password, roles == null ? List.of() : roles);
        Set<ConstraintViolation<UserResource.NewUser>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            return back(null, violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        return outcome(() -> users.add(input.username(), input.password(), input.roles()), "Created " + input.username() + ".");
    }

    @POST
    @Path("admin/users/{username}/roles")
    @Operation(hidden = true)
    public Response setRoles(@PathParam("username") String username, @FormParam("roles") List<String> roles) {
        UserResource.RolesInput input = new UserResource.RolesInput(roles == null ? List.of() : roles);
        if (!validator.validate(input).isEmpty()) {
            return back(null, "roles must be editor, reviewer or admin");
        }
        return outcome(() -> users.changeRoles(username, Set.copyOf(input.roles())), "Saved the roles of " + username + ".");
    }

    @POST
    @Path("admin/users/{username}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("username") String username) {
        return outcome(() -> users.remove(username), "Deleted " + username + ".");
    }

    private Response outcome(Runnable action, String message) {
        try {
            action.run();
            return back(message, null);
        } catch (HttpProblem problem) {
            return back(null, problem.getDetail());
        }
    }

    private static Response back(String message, String error) {
        UriBuilder to = UriBuilder.fromPath("/admin/users");
        if (message != null) {
            to.queryParam("message", message);
        }
        if (error != null) {
            to.queryParam("error", error);
        }
        return Response.seeOther(to.build()).build();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
