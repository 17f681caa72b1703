package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.vertx.core.http.HttpClosedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.claimtrack.gateway.client.ServiceTokenFilter;
import org.claimtrack.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Calls the batch endpoints for imports. Its own clients (same service URLs) with a long read timeout: a batch
 * of 1,000 items takes longer than the interactive calls the gateway's other clients are tuned for. Batches
 * are idempotent, so a batch that failed for want of the service is simply sent again, a few times, before
 * the job gives up. So is a batch that lost a race on a natural key with another import (409/412).
 */
@ApplicationScoped
public class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);
    private static final int ATTEMPTS = 4;

    @ConfigProperty(name = "quarkus.rest-client.sources.url")
    String sourcesUrl;

    @ConfigProperty(name = "quarkus.rest-client.claims.url")
    String claimsUrl;

    @ConfigProperty(name = "claimtrack.imports.batch-timeout", defaultValue = "60s")
    java.time.Duration timeout;

    @ConfigProperty(name = "claimtrack.imports.retry-delay", defaultValue = "1s")
    java.time.Duration retryDelay;

    @Inject
    GatewayConfig config;

    private BatchApi sources;
    private BatchApi claims;

    /** The job cannot go on: a service stayed unavailable, or refused a whole batch. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    @PostConstruct
    void build() {
        sources = client(sourcesUrl);
        claims = client(claimsUrl);
    }

    private BatchApi client(String url) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .register((jakarta.ws.rs.client.ClientRequestFilter) request ->
                        config.serviceToken().ifPresent(token -> request.getHeaders().putSingle(ServiceTokenFilter.HEADER, token)))
                .build(BatchApi.class);
    }

    /** The batch answer's {@code items}, one per input item, in input order. */
    JsonNode batch(String kind, ArrayNode items) {
        BatchApi api = kind.equals("sources") || kind.equals("documents") ? sources : claims;
        JsonNode answer = call(kind + " batch", () -> api.batch(kind, items), true);
        JsonNode results = answer.path("items");
        if (!results.isArray() || results.size() != items.size()) {
            throw new Unavailable("the " + kind + " batch answer did not list one outcome per item");
        }
        return results;
    }

    /**
     * Sources or documents ({@code kind}) by id, at most 500: the stored values (a source's for the stance snapshots,
     * a document's publishedAt for the stances quoting it).
     */
    JsonNode lookup(String kind, ArrayNode ids) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("ids").addAll(ids);
        return call(kind + " lookup", () -> sources.lookup(kind, body), false).path("items");
    }

    /**
     * Asks both services to bring their planner statistics up to date (ANALYZE on PostgreSQL), once an import has written
     * its rows, so that reads right after it are planned on the data it loaded. Statistics only help: a service that
     * does not answer is logged and the job still ends as its writes say (autovacuum, where it runs, catches up).
     */
    void refreshStatistics() {
        refreshStatistics("sources-service", sources);
        refreshStatistics("claims-service", claims);
    }

    private static void refreshStatistics(String service, BatchApi api) {
        try {
            JsonNode done = api.statistics();
            LOG.debugf("%s statistics: %s", service, done);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("%s did not refresh its table statistics after the import: %s", service, e.getMessage());
        }
    }

    /** What the sources-service said to one party: its id (created or already there), or the problem. */
    record PartyAnswer(String id, boolean created, JsonNode problem) {
    }

    /** Creates one party; a 4xx answer (409 already there, 422 unknown parent…) is returned, not thrown. */
    PartyAnswer createParty(ObjectNode party) {
        try {
            return new PartyAnswer(call("party", () -> sources.createParty(party), false).path("id").asText(), true, null);
        } catch (Refused e) {
            JsonNode problem = e.problem;
            String existing = problem.path("existingId").asText("");
            return existing.isEmpty() ? new PartyAnswer(null, false, problem) : new PartyAnswer(existing, false, problem);
        }
    }

    /** A 4xx answer to a single write: the caller decides what it means for its item. */
    static final class Refused extends Unavailable {
        final transient JsonNode problem;

        Refused(String message, JsonNode problem) {
            super(message);
            this.problem = problem;
        }
    }

    /**
     * {@code conflictsAreTransient}: a batch answered 409 or 412 lost a race with another writer of the same natural key
     * (another import, on this replica or another) and was rolled back whole; sent again, the item the other writer
     * stored comes back UNCHANGED, so each item is still counted once.
     */
    private JsonNode call(String what, java.util.function.Supplier<JsonNode> request, boolean conflictsAreTransient) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                boolean conflict = conflictsAreTransient && (status == 409 || status == 412);
                if (status < 500 && status != 429 && !conflict) {
                    throw new Refused(what + " was refused with HTTP " + status, problem(e));
                }
                if (attempt == ATTEMPTS) {
                    throw new Unavailable(what + " failed: HTTP " + status + " after " + ATTEMPTS + " attempts");
                }
                LOG.warnf("%s: HTTP %d, attempt %d of %d", what, status, attempt, ATTEMPTS);
            } catch (RuntimeException e) {
                if (!connectionFailed(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new Unavailable(what + " failed: service unreachable after " + ATTEMPTS + " attempts");
                }
                LOG.warnf("%s: %s, attempt %d of %d", what, e.getMessage(), attempt, ATTEMPTS);
            }
            pause(attempt);
        }
    }

    /**
     * No answer, or a connection closed while the answer was read (the REST client throws Vert.x's HttpClosedException
     * as it is when the body breaks off: a replica stopping mid-request in a rolling update). Every call here is safe to
     * send again: batches are idempotent by natural key, and a party created twice comes back 409 with its id.
     */
    static boolean connectionFailed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessingException || cause instanceof HttpClosedException || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode problem(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return JsonNodeFactory.instance.objectNode().put("detail", "HTTP " + e.getResponse().getStatus());
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(retryDelay.toMillis() * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting to retry");
        }
    }
}
