package org.claimtrack.gateway.webhooks;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.gateway.ui.UiPage;
import org.claimtrack.gateway.webhooks.WebhookResource.CreatedWebhook;
import org.claimtrack.gateway.webhooks.WebhookResource.WebhookInput;
import org.claimtrack.gateway.webhooks.WebhookResource.WebhookView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admins' webhook subscriptions in the web UI: the same rules as {@code /api/webhooks} ({@link WebhookResource});
 * a new subscription's secret is shown once, on the page that answers the form (never in a URL, not stored).
 */
@Path("/admin/webhooks")
@UiPage
@Produces(MediaType.TEXT_HTML)
@Blocking
public class WebhookUi {

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance webhooks(List<WebhookView> webhooks, CreatedWebhook created, String url,
                String description, String deletedUrl, String error);
    }

    @Inject
    WebhookResource api;

    @Inject
    WebhookStore store;

    @Inject
    Validator validator;

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("deleted") String deletedUrl) {
        return Templates.webhooks(api.list(), null, null, null, deletedUrl, null);
    }

    @POST
    @Operation(hidden = true)
    public Response subscribe(@FormParam("url") String url, @FormParam("events") List<String> events,
            @FormParam("description") String description) {
        WebhookInput input = new WebhookInput(url == null ? null : url.strip(), events == null ? List.of() : events, description);
        String error = validator.validate(input).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                .collect(Collectors.joining("; "));
        if (!error.isEmpty()) {
            return page(400, url, description, error);
        }
        try {
            CreatedWebhook created = api.subscribe(input);
            // the secret is in this page only: no store, no cache
            return Response.ok(Templates.webhooks(api.list(), created, null, null, null, null)).header("Cache-Control", "no-store").build();
        } catch (HttpProblem problem) {
            return page(problem.getStatusCode(), url, description, problem.getDetail());
        }
    }

    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id) {
        UUID subscription;
        try {
            subscription = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return page(404, null, null, "No webhook subscription with this id.");
        }
        // one row read, for the message; not the whole list
        String url = store.subscription(subscription).map(WebhookStore.Subscription::url).orElse(null);
        try {
            api.delete(subscription.toString());
        } catch (HttpProblem problem) {
            return page(problem.getStatusCode(), null, null, problem.getDetail());
        }
        return Response.seeOther(UriBuilder.fromPath("/admin/webhooks").queryParam("deleted", url).build()).build();
    }

    private Response page(int status, String url, String description, String error) {
        return Response.status(status).entity(Templates.webhooks(api.list(), null, url, description, null, error)).build();
    }
}
