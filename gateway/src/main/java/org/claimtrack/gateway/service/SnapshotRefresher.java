package org.claimtrack.gateway.service;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.config.GatewayConfig;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceSnapshot;
import org.claimtrack.gateway.model.SourceUpdate.RefreshState;
import org.claimtrack.gateway.model.SourceUpdate.SnapshotRefresh;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Keeps the claims-service's copies of a source (stance snapshots, hence claim statuses) in step with the
 * sources-service. A refresh that cannot reach the claims-service is retried at once, then remembered as pending
 * and retried in the background from the source's current record until it succeeds: never a silently stale status.
 * The refresh is idempotent, so repeating it is always safe.
 */
@ApplicationScoped
public class SnapshotRefresher {

    private static final Logger LOG = Logger.getLogger(SnapshotRefresher.class);

    @Inject
    ClaimsWrites claims;

    @Inject
    SourcesReads sources;

    /** Source ids whose refresh is owed, with the time it first failed. In memory: see docs/ARCHITECTURE-gateway.md. */
    private final Map<String, Instant> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean retrying = new AtomicBoolean();

    /** A record as read before a write, the record the write saved, and its new ETag. */
    public record Saved<R>(R before, R after, String etag) {
    }

    /**
     * Reads a record, then saves it: whether the claims' snapshots need a refresh, and which, depends on what the
     * write changed, so both versions are kept.
     */
    public static <R> Uni<Saved<R>> readThenSave(Uni<RestResponse<R>> read, Supplier<Uni<RestResponse<R>>> save) {
        return read.map(RestResponse::getEntity).flatMap(before -> save.get()
                .map(saved -> new Saved<>(before, saved.getEntity(), saved.getHeaderString("ETag"))));
    }

    /** Nothing the claims-service copies changed; {@code why} says what stayed the same. */
    public static Uni<SnapshotRefresh> notNeeded(String why) {
        return Uni.createFrom().item(new SnapshotRefresh(RefreshState.NOT_NEEDED, 0, 0, 0, why));
    }

    public Uni<SnapshotRefresh> refresh(Source source) {
        return refresh(source, null);
    }

    /** {@code reason}, when known (a party merge), goes into the history of every claim whose status changes. */
    public Uni<SnapshotRefresh> refresh(Source source, String reason) {
        return claims.refreshSnapshot(source.id(), SourceSnapshot.of(source), reason)
                .onFailure(ServiceUnavailable.class).retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .map(done -> {
                    pending.remove(source.id());
                    return new SnapshotRefresh(RefreshState.DONE, done.stancesUpdated(), done.claimsRecomputed(),
                            done.statusesChanged(), "Claim statuses were recomputed with the new source record.");
                })
                .onFailure().recoverWithItem(failure -> {
                    pending.putIfAbsent(source.id(), Instant.now());
                    LOG.warnf("Snapshot refresh of source %s is pending: %s", source.id(), failure.toString());
                    return new SnapshotRefresh(RefreshState.PENDING, null, null, null,
                            "The source was saved, but the claims-service could not be told yet; statuses citing it "
                                    + "are recomputed as soon as it answers (retried automatically).");
                });
    }

    /**
     * Refreshes several sources (their root party changed: a merge, a new parent party, a new memberOf), one after
     * the other so a large party does not flood the claims-service. PENDING if any is owed, DONE otherwise.
     */
    public Uni<SnapshotRefresh> refreshAll(List<String> sourceIds, String reason) {
        return sources.lookupSources(sourceIds)
                .flatMap(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(source -> refresh(source, reason))
                        .collect().asList())
                .map(SnapshotRefresher::sum);
    }

    private static SnapshotRefresh sum(List<SnapshotRefresh> parts) {
        if (parts.stream().anyMatch(p -> p.state() == RefreshState.PENDING)) {
            return new SnapshotRefresh(RefreshState.PENDING, null, null, null, "Saved, but the claims-service could not be "
                    + "told about every source yet; statuses citing them are recomputed as soon as it answers (retried "
                    + "automatically).");
        }
        return new SnapshotRefresh(RefreshState.DONE, parts.stream().mapToInt(SnapshotRefresh::stancesUpdated).sum(),
                parts.stream().mapToInt(SnapshotRefresh::claimsRecomputed).sum(),
                parts.stream().mapToInt(SnapshotRefresh::statusesChanged).sum(),
                "Claim statuses were recomputed for the " + parts.size() + " source(s) whose root party may have changed.");
    }

    public Set<String> pending() {
        return Set.copyOf(pending.keySet());
    }

    void startRetrying(@Observes StartupEvent start, Vertx vertx, GatewayConfig config) {
        vertx.setPeriodic(config.snapshotRefreshRetryEvery().toMillis(), tick -> {
            if (!pending.isEmpty() && retrying.compareAndSet(false, true)) {
                retryPending().onTermination().invoke(() -> retrying.set(false)).subscribe().with(done -> { });
            }
        });
    }

    /**
     * Pushes each owed source's current record; what still fails stays pending for the next round. Runs on a timer,
     * outside any request, so the services record these writes as {@link Actor#SYSTEM}, the gateway itself.
     */
    Uni<Void> retryPending() {
        return Multi.createFrom().iterable(pending())
                .onItem().transformToUniAndConcatenate(id -> sources.source(id).map(RestResponse::getEntity)
                        .flatMap(current -> claims.refreshSnapshot(id, SourceSnapshot.of(current), null))
                        .map(done -> pending.remove(id))
                        .onFailure(Problems::isNotFound).recoverWithItem(() -> pending.remove(id))
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }
}
