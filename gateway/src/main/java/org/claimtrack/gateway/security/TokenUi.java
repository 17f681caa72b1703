package org.claimtrack.gateway.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.gateway.security.TokenResource.CreatedToken;
import org.claimtrack.gateway.security.TokenResource.NewToken;
import org.claimtrack.gateway.security.TokenResource.TokenView;
import org.claimtrack.gateway.ui.UiPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The signed-in user's API tokens in the web UI: the same rules as {@code /api/tokens} ({@link ApiTokens}); a new
 * token is shown once, on the page that answers the form (never in a URL), and that page is not stored by the browser.
 */
@Path("/account/tokens")
@UiPage
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TokenUi {

    private static final int DEFAULT_DAYS = 90;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance tokens(List<TokenView> tokens, List<String> roles, Instant now, CreatedToken created,
                String name, int days, String revokedName, String error);
    }

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityIdentity identity;

    @Inject
    Validator validator;

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("revoked") String revoked) {
        List<TokenView> mine = mine();
        String revokedName = mine.stream().filter(t -> t.id().toString().equals(revoked)).map(TokenView::name).findFirst().orElse(null);
        return page(mine, null, null, DEFAULT_DAYS, revokedName == null ? null : revokedName, null);
    }

    @POST
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("role") String role,
            @FormParam("expiresInDays") String days) {
        Integer parsedDays = wholeNumber(days);
        NewToken input = new NewToken(name == null ? null : name.strip(), role == null || role.isBlank() ? null : role,
                parsedDays, null);
        Set<ConstraintViolation<NewToken>> violations = validator.validate(input);
        String error = parsedDays == null ? "expiresInDays: must be a whole number of days from 1 to " + ApiTokens.MAX_DAYS
                : violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; "));
        if (!error.isEmpty()) {
            return page(400, null, name, parsedDays, error);
        }
        try {
            ApiTokens.Created made = tokens.create(identity, null, input.name(), Optional.ofNullable(input.role()).flatMap(Role::of),
                    input.expiresInDays());
            // the token is in this page only: no store, no cache
            return Response.ok(page(mine(), new CreatedToken(made.token(), TokenView.of(made.record())), null, DEFAULT_DAYS, null, null))
                    .header("Cache-Control", "no-store").build();
        } catch (HttpProblem problem) {
            return page(problem.getStatusCode(), null, name, parsedDays, problem.getDetail());
        }
    }

    @POST
    @Path("{id}/revoke")
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") String id) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return page(404, null, null, DEFAULT_DAYS, "No token with id " + id + " of yours.");
        }
        try {
            tokens.revoke(tokenId, identity);
        } catch (HttpProblem problem) {
            return page(problem.getStatusCode(), null, null, DEFAULT_DAYS, problem.getDetail());
        }
        return Response.seeOther(UriBuilder.fromPath("/account/tokens").queryParam("revoked", tokenId).build()).build();
    }

    private Response page(int status, CreatedToken created, String name, Integer days, String error) {
        return Response.status(status).entity(page(mine(), created, name, days == null ? DEFAULT_DAYS : days, null, error)).build();
    }

    private TemplateInstance page(List<TokenView> mine, CreatedToken created, String name, int days, String revokedName,
            String error) {
        return Templates.tokens(mine, grantable(), Instant.now(), created, name, days, revokedName, error);
    }

    private List<TokenView> mine() {
        return tokens.list(identity.getPrincipal().getName()).stream().map(TokenView::of).toList();
    }

    /** The roles a token of the caller's may grant: those the caller has, lowest first. */
    private List<String> grantable() {
        return Arrays.stream(Role.values()).map(Role::id).filter(identity::hasRole).toList();
    }

    private static Integer wholeNumber(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
