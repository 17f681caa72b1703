package org.claimtrack.gateway.webhooks;

import org.claimtrack.contract.TimeOrderedIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.claimtrack.gateway.client.ServiceTokenFilter;
import org.claimtrack.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Turns the claims-service's events into deliveries and sends them, on every replica. Reading: the events not yet
 * acknowledged become one delivery per matching subscription (a unique key keeps it one whichever replica reads the
 * event, and however often), then are acknowledged. Sending: due deliveries are taken under a lease, POSTed signed
 * ({@link Signatures}) with a bounded time and no redirects, and retried with exponential backoff until the receiver
 * answers 2xx or the attempts run out.
 *
 * <p>The JDK's HTTP client sends them, not the Quarkus REST client: the target is a URL an admin typed, checked
 * before each attempt ({@link Targets}), not a typed API of ours.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final Map<String, String> EVENT_TYPES = Map.of("STATUS_CHANGED", "claim.status-changed", "VERDICT_ADDED",
            "claim.verdict-added");
    static final String ID_HEADER = "Claimtrack-Webhook-Id";
    static final String TIMESTAMP_HEADER = "Claimtrack-Webhook-Timestamp";
    static final String SIGNATURE_HEADER = "Claimtrack-Webhook-Signature";
    static final String EVENT_HEADER = "Claimtrack-Webhook-Event";

    @Inject
    WebhookStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    GatewayConfig config;

    @ConfigProperty(name = "quarkus.rest-client.claims.url")
    String claimsUrl;

    /** Hosts exempt from the https and public-address rules (e.g. an in-cluster receiver). */
    @ConfigProperty(name = "claimtrack.webhooks.allowed-hosts")
    Optional<List<String>> allowedHosts;

    /** The whole of one attempt: connecting, sending, and the receiver's answer. */
    @ConfigProperty(name = "claimtrack.webhooks.timeout", defaultValue = "10s")
    Duration timeout;

    /** Attempts before a delivery is given up (FAILED): with the backoff below, about 17 hours. */
    @ConfigProperty(name = "claimtrack.webhooks.max-attempts", defaultValue = "12")
    int maxAttempts;

    /** Wait after the first failed attempt; doubled after each further one, at most an hour. */
    @ConfigProperty(name = "claimtrack.webhooks.retry-after", defaultValue = "15s")
    Duration retryAfter;

    private final String owner = "webhooks/" + UUID.randomUUID().toString().substring(0, 8);
    private EventsApi events;
    private HttpClient http;
    private Targets targets;
    private volatile boolean stopping;

    @PostConstruct
    void build() {
        events = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(claimsUrl))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS)
                .register((jakarta.ws.rs.client.ClientRequestFilter) request ->
                        config.serviceToken().ifPresent(token -> request.getHeaders().putSingle(ServiceTokenFilter.HEADER, token)))
                .build(EventsApi.class);
        http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        targets = new Targets(java.util.Set.copyOf(allowedHosts.orElse(List.of())));
    }

    Targets targets() {
        return targets;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** One round: new events into deliveries, then the deliveries that are due. */
    @Scheduled(every = "${claimtrack.webhooks.poll-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pump() {
        if (stopping) {
            return;
        }
        try {
            readEvents();
        } catch (RuntimeException e) {
            LOG.debugf("webhook events not read this round: %s", e.toString());
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("webhook deliveries not sent this round: %s", e.toString());
        }
    }

    /** The claims-service's largest page of events. */
    private static final int EVENT_BATCH = 500;
    /** A round reads at most this many pages, so a huge backlog never holds the sending back for long. */
    private static final int EVENT_BATCHES_PER_ROUND = 20;
    /** A round sends at most this many groups of due deliveries, then lets the next round begin. */
    private static final int DUE_BATCHES_PER_ROUND = 10;
    private static final int DUE_BATCH = 20;

    /**
     * Reads the events page after page until none is full: a backlog (every claim of a large import changes status)
     * is worked through in one round, not 100 events a poll, so new status changes reach receivers within seconds.
     */
    void readEvents() {
        for (int page = 0; page < EVENT_BATCHES_PER_ROUND && !stopping; page++) {
            if (readEventPage() < EVENT_BATCH) {
                return;
            }
        }
    }

    /** Makes the deliveries of one page of events, then acknowledges those events; answers how many there were. */
    private int readEventPage() {
        JsonNode items = events.list(EVENT_BATCH).path("items");
        if (items.isEmpty()) {
            return 0;
        }
        List<WebhookStore.Subscription> subscriptions = store.subscriptions();
        List<String> done = new ArrayList<>();
        for (JsonNode event : items) {
            String type = EVENT_TYPES.get(event.path("type").asText());
            UUID eventId = UUID.fromString(event.path("id").asText());
            for (WebhookStore.Subscription subscription : subscriptions) {
                if (type != null && subscription.events().contains(type)) {
                    UUID deliveryId = TimeOrderedIds.next();
                    store.addDelivery(deliveryId, subscription.id(), eventId, type, payload(deliveryId, type, event));
                }
            }
            done.add(eventId.toString());
        }
        ObjectNode ack = mapper.createObjectNode();
        done.forEach(ack.putArray("ids")::add);
        events.acknowledge(ack);
        return items.size();
    }

    private String payload(UUID deliveryId, String type, JsonNode event) {
        ObjectNode body = mapper.createObjectNode();
        body.put("deliveryId", deliveryId.toString()).put("event", type).put("eventId", event.path("id").asText())
                .put("occurredAt", event.path("at").asText()).put("claimId", event.path("claimId").asText())
                .put("claimUrl", config.publicBaseUrl().replaceAll("/+$", "") + "/api/claims/" + event.path("claimId").asText())
                .set("data", event.path("details"));
        return body.toString();
    }

    /** Sends what is due, taken a few at a time per replica (each group under its own lease). */
    void sendDue() {
        for (int group = 0; group < DUE_BATCHES_PER_ROUND; group++) {
            List<WebhookStore.Due> due = store.takeDue(owner, timeout.multipliedBy(3), DUE_BATCH);
            for (WebhookStore.Due delivery : due) {
                if (stopping) {
                    return;
                }
                send(delivery);
            }
            if (due.size() < DUE_BATCH) {
                return;
            }
        }
    }

    private void send(WebhookStore.Due due) {
        Optional<String> refusal = targets.refusal(due.url());
        if (refusal.isPresent()) {
            failed(due, null, "target refused: " + refusal.get());
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Claimtrack-Webhooks/1")
                    .header(ID_HEADER, due.id().toString())
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(EVENT_HEADER, due.eventType())
                    .header(SIGNATURE_HEADER, Signatures.sign(due.secret(), timestamp, due.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8)).build();
            // the receiver's body is never read: only its status counts, so a huge or endless answer costs nothing
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                store.attempted(due.id(), owner, true, response.statusCode(), null, null);
            } else {
                failed(due, response.statusCode(), "the receiver answered HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            failed(due, null, e instanceof java.net.http.HttpTimeoutException ? "no answer within " + timeout.toSeconds() + " s"
                    : "could not reach the receiver: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed(due, null, "could not send: " + e.getMessage());
        }
    }

    private void failed(WebhookStore.Due due, Integer status, String error) {
        int attempt = due.attempts() + 1;
        Instant next = attempt >= maxAttempts ? null : Instant.now().plus(backoff(attempt));
        store.attempted(due.id(), owner, false, status, error, next);
        LOG.infof("webhook delivery %s, attempt %d: %s%s", due.id(), attempt, error, next == null ? " (given up)" : "");
    }

    /** retryAfter × 2^(attempt-1), at most an hour. */
    Duration backoff(int attempt) {
        Duration wait = retryAfter.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }
}
