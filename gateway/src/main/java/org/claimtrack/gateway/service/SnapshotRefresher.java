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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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

    public Uni<SnapshotRefresh> refresh(Source source) {
        return claims.refreshSnapshot(source.id(), SourceSnapshot.of(source))
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
                        .flatMap(current -> claims.refreshSnapshot(id, SourceSnapshot.of(current)))
                        .map(done -> pending.remove(id))
                        .onFailure(Problems::isNotFound).recoverWithItem(() -> pending.remove(id))
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }
}
