package org.claimtrack.gateway.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.Cookie;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Web UI pages for signing in and out and, for admins, managing users. Sessions are kept by the server
 * ({@link Sessions}); the cookie carries only a random token (HttpOnly, SameSite=Lax, Secure over TLS).
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

    @Inject
    Sessions sessions;

    @Inject
    IdentityProviderManager identities;

    @GET
    @Path("login")
    @Operation(hidden = true)
    public String login(@QueryParam("error") boolean failed, @QueryParam("signedOut") boolean signedOut,
            @QueryParam("next") String next) {
        return SecurityViews.login(failed, signedOut, config.maxFailedLogins(), config.lockDuration().toSeconds(),
                localPath(next)).render();
    }

    /**
     * Where to go after signing in: a path on this site, never another site ({@code //evil.example}, {@code /\evil},
     * {@code https://…} are refused), else null.
     */
    static String localPath(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return null;
        }
        return next;
    }

    private static URI failedSignIn(String next) {
        UriBuilder login = UriBuilder.fromPath("/login").queryParam("error", true);
        return (localPath(next) == null ? login : login.queryParam("next", localPath(next))).build();
    }

    /**
     * The sign-in form: checks the password like HTTP Basic does (throttled, {@link PasswordIdentityProvider}) and
     * starts a server-side session. A failure of any kind (wrong, unknown, locked) goes back to the form with one
     * message. A POST with the CSRF token, so no other site can sign you in as someone else.
     */
    @POST
    @Path("j_security_check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@FormParam("j_username") String username, @FormParam("j_password") String password,
            @FormParam("next") String next, @Context RoutingContext rc) {
        if (username == null || password == null || username.isBlank() || username.length() > 100 || password.length() > 1000) {
            return Response.seeOther(failedSignIn(next)).build();
        }
        SecurityIdentity identity;
        try {
            identity = identities.authenticateBlocking(HttpSecurityUtils.setRoutingContextAttribute(
                    new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray())), rc));
        } catch (AuthenticationFailedException failed) {
            return Response.seeOther(failedSignIn(next)).build();
        }
        rc.response().addCookie(SessionAuthentication.cookie(rc, sessions.start(identity.getPrincipal().getName())));
        String back = localPath(next);
        return Response.seeOther(URI.create(back == null ? "/" : back)).build();
    }

    /** Ends the session, on the server (a POST with the CSRF token, so no other site can sign you out). */
    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout(@Context RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(SessionAuthentication.COOKIE);
        sessions.end(cookie == null ? null : cookie.getValue());
        rc.response().addCookie(SessionAuthentication.cookie(rc, "").setMaxAge(0));
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
