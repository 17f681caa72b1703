package org.claimtrack.gateway.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.Cookie;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.TemplateInstance;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    /** Whether the web UI offers single sign-on (docs/security.md, "Production: OIDC"). */
    @ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false")
    boolean singleSignOn;

    @Inject
    SecurityIdentity signedOn;

    @Inject
    OidcSession oidcSession;

    @GET
    @Path("login")
    @Operation(hidden = true)
    public String login(@QueryParam("error") boolean failed, @QueryParam("signedOut") boolean signedOut,
            @QueryParam("next") String next) {
        return loginPage(failed, signedOut, null, localPath(next)).render();
    }

    private TemplateInstance loginPage(boolean failed, boolean signedOut, String problem, String next) {
        return SecurityViews.login(failed, signedOut, config.maxFailedLogins(), config.lockDuration().toSeconds(),
                singleSignOn, problem, next);
    }

    /**
     * Single sign-on through the OpenID Connect provider (authorization-code flow, the {@code web} OIDC tenant, which
     * alone serves this path): once the provider has signed the user in, a server-side session starts here exactly
     * as after a password sign-in, so sign-out and role changes end it the same way, and the provider's own session
     * cookie is dropped. The user is made at the first sign-on, with the provider's roles at every one.
     */
    @GET
    @Path("login/oidc")
    @Operation(hidden = true)
    public Response singleSignOn(@Context RoutingContext rc) {
        if (!singleSignOn) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(loginPage(false, false,
                    "Single sign-on is not set up here: sign in with your user name and password.", null).render()).build();
        }
        String name = signedOn.getPrincipal().getName();
        if (signedOn.isAnonymous() || name == null || !name.matches(UserResource.NAME_PATTERN)) {
            return Response.status(403).type(MediaType.TEXT_HTML_TYPE).entity(loginPage(false, false,
                    "The single sign-on did not give a user name this site accepts (1 to 100 letters, digits or . _ @ -).",
                    null).render()).build();
        }
        Set<String> roles = signedOn.getRoles().stream().filter(r -> Role.of(r).isPresent()).collect(Collectors.toSet());
        try {
            users.signedOnElsewhere(name, roles);
        } catch (HttpProblem refused) {
            return Response.status(refused.getStatusCode()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(loginPage(false, false, refused.getDetail(), null).render()).build();
        }
        rc.response().addCookie(SessionAuthentication.cookie(rc, sessions.start(name)));
        oidcSession.logout().await().indefinitely();
        return Response.seeOther(URI.create("/")).build();
    }

    /**
     * Where to go after signing in: a path on this site, never another site ({@code //evil.example}, {@code /\evil},
     * {@code https://…} are refused), else null.
     */
    public static String localPath(String next) {
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
