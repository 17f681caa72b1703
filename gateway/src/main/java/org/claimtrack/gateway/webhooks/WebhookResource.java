package org.claimtrack.gateway.webhooks;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.PlainText;
import org.claimtrack.gateway.service.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Webhook subscriptions for newsroom tools (admins only; docs/webhooks.md). */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed, retried notifications of status changes and new verdicts, for newsroom tools (admins)")
@Blocking
public class WebhookResource {

    static final String EVENT_PATTERN = "claim\\.status-changed|claim\\.verdict-added";
    static final int RECENT_DELIVERIES = 20;

    @Schema(name = "WebhookInput", description = "A new webhook subscription.")
    public record WebhookInput(
            @NotNull @Size(max = 2000) @Schema(required = true, description = "Where deliveries are POSTed: https, on a public "
                    + "address (see docs/webhooks.md for the exceptions)", example = "https://cms.example.org/hooks/claimtrack") String url,
            @NotEmpty @Size(max = 2) @Schema(required = true, description = "The events to receive: claim.status-changed, "
                    + "claim.verdict-added", example = "[\"claim.status-changed\", \"claim.verdict-added\"]")
            List<@NotNull @Pattern(regexp = EVENT_PATTERN, message = "must be claim.status-changed or claim.verdict-added") String> events,
            @Size(max = 300) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
            @Schema(description = "What it is for", example = "newsroom CMS: refresh fact-check boxes") String description) {
    }

    @Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to a subscription. Receivers deduplicate on "
            + "`id`, the Claimtrack-Webhook-Id header.")
    public record DeliveryView(
            @Schema(required = true, example = "0d6f9b0e-2a8c-4f8e-9a61-4b3f7d1e2c55") UUID id,
            @Schema(required = true, example = "claim.status-changed") String event,
            @Schema(required = true, description = "The change it reports (several subscriptions share it)") UUID eventId,
            @Schema(required = true, enumeration = {"PENDING", "DELIVERED", "FAILED"}, example = "DELIVERED",
                    description = "PENDING: to be sent at nextAttemptAt; FAILED: given up after the last attempt") String status,
            @Schema(required = true, example = "1") int attempts,
            @Schema(description = "When it is tried next, while PENDING") Instant nextAttemptAt,
            @Schema(description = "The last attempt, if any") Instant lastAttemptAt,
            @Schema(description = "The receiver's HTTP status at the last attempt, if it answered", example = "200") Integer lastStatus,
            @Schema(description = "Why the last attempt failed", example = "the receiver answered HTTP 503") String lastError,
            @Schema(required = true) Instant createdAt) {

        static DeliveryView of(WebhookStore.Delivery d) {
            return new DeliveryView(d.id(), d.eventType(), d.eventId(), d.status(), d.attempts(),
                    d.status().equals("PENDING") ? d.nextAttemptAt() : null, d.lastAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt());
        }
    }

    @Schema(name = "Webhook", description = "A webhook subscription (its secret is shown only when it is created).")
    public record WebhookView(
            @Schema(required = true, example = "6f1c2f43-3a5e-4b8e-9a0d-2f6c1c8e7a10") UUID id,
            @Schema(required = true, example = "https://cms.example.org/hooks/claimtrack") String url,
            @Schema(required = true, example = "[\"claim.status-changed\"]") List<String> events,
            @Schema(example = "newsroom CMS") String description,
            @Schema(required = true, example = "desk-admin") String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "The latest " + RECENT_DELIVERIES + " deliveries, newest first (one subscription's view only)")
            List<DeliveryView> recentDeliveries) {

        static WebhookView of(WebhookStore.Subscription s, List<DeliveryView> deliveries) {
            return new WebhookView(s.id(), s.url(), s.events(), s.description(), s.createdBy(), s.createdAt(), deliveries);
        }
    }

    @Schema(name = "CreatedWebhook", description = "A subscription just made, with its signing secret: store it now, it is never shown again.")
    public record CreatedWebhook(
            @Schema(required = true, description = "Verifies Claimtrack-Webhook-Signature (HMAC-SHA256 of `<timestamp>.<body>`)",
                    example = "whsec_3q2-7wAAAAAExampleExampleExampleExampleExa") String secret,
            @Schema(required = true) WebhookView webhook) {
    }

    @Inject
    WebhookStore store;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to events",
            description = "The URL must be https on a public address (loopback, private, link-local and unique-local addresses "
                    + "are refused unless the host is allowed by configuration). Every delivery is a signed POST, retried with "
                    + "backoff until the receiver answers 2xx. The answer is the only time the secret is shown.")
    @APIResponse(responseCode = "201", description = "Created: the subscription and its secret, once",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "400", description = "A missing or invalid field, or a URL that may not receive webhooks (`errors` names `url` and why)")
    public RestResponse<CreatedWebhook> create(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
        CreatedWebhook created = subscribe(input);
        return RestResponse.ResponseBuilder.<CreatedWebhook>created(uri.getAbsolutePathBuilder().path(created.webhook().id().toString()).build())
                .entity(created).build();
    }

    /** Checks the target and stores the subscription with a new secret (the API and the admin page alike). */
    public CreatedWebhook subscribe(WebhookInput input) {
        dispatcher.targets().refusal(input.url()).ifPresent(why -> {
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail("This URL may not receive webhooks: " + why)
                    .with("errors", List.of(new Problems.FieldError("url", why))).build();
        });
        WebhookStore.Subscription created = store.create(input.url(), input.events().stream().distinct().toList(),
                input.description() == null || input.description().isBlank() ? null : input.description().strip(),
                Signatures.newSecret(), identity.getPrincipal().getName());
        return new CreatedWebhook(created.secret(), WebhookView.of(created, null));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions", description = "Oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(schema = @Schema(implementation = WebhookView.class, type = SchemaType.ARRAY)))
    public List<WebhookView> list() {
        return store.subscriptions().stream().map(s -> WebhookView.of(s, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "A webhook subscription and its latest deliveries",
            description = "With the latest " + RECENT_DELIVERIES + " deliveries: status, attempts, the last answer or error, and "
                    + "when a pending one is tried next.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No webhook subscription with this id")
    public WebhookView get(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = "6f1c2f43-3a5e-4b8e-9a0d-2f6c1c8e7a10") String id) {
        WebhookStore.Subscription subscription = store.subscription(UUID.fromString(id))
                .orElseThrow(() -> Problems.notFound("No webhook subscription with this id."));
        return WebhookView.of(subscription, store.deliveries(subscription.id(), RECENT_DELIVERIES).stream().map(DeliveryView::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe",
            description = "Stops every delivery of the subscription, pending ones included, and forgets them.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No webhook subscription with this id")
    public RestResponse<Void> delete(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = "6f1c2f43-3a5e-4b8e-9a0d-2f6c1c8e7a10") String id) {
        if (!store.delete(UUID.fromString(id))) {
            throw Problems.notFound("No webhook subscription with this id.");
        }
        return RestResponse.noContent();
    }
}
