package org.claimtrack.gateway.service;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
 * sources-service. A refresh that cannot reach the claims-service is retried at once, then remembered as pending in
 * the gateway's database ({@link PendingRefreshes}) and retried in the background, by every replica, from the source's
 * current record until it succeeds: never a silently stale status, and no owed refresh lost with a pod. The refresh
 * is idempotent, so two replicas repeating it is always safe.
 */
@ApplicationScoped
public class SnapshotRefresher {

    private static final Logger LOG = Logger.getLogger(SnapshotRefresher.class);

    @Inject
    ClaimsWrites claims;

    @Inject
    SourcesReads sources;

    @Inject
    PendingRefreshes pending;

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
        Instant readAt = Instant.now(); // the record pushed is the one saved just before this
        return claims.refreshSnapshot(source.id(), SourceSnapshot.of(source), reason)
                .onFailure(ServiceUnavailable.class).retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .call(done -> blocking(() -> pending.settled(source.id(), readAt)))
                .map(done -> new SnapshotRefresh(RefreshState.DONE, done.stancesUpdated(), done.claimsRecomputed(),
                        done.statusesChanged(), "Claim statuses were recomputed with the new source record."))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Snapshot refresh of source %s is pending: %s", source.id(), failure.toString());
                    return blocking(() -> pending.owe(source.id(), readAt, failure.toString()))
                            .onFailure().invoke(lost -> LOG.errorf(lost, "Snapshot refresh of source %s could not be recorded as "
                                    + "pending; repeat the change to refresh it", source.id()))
                            .onFailure().recoverWithNull()
                            .map(recorded -> new SnapshotRefresh(RefreshState.PENDING, null, null, null,
                                    "The source was saved, but the claims-service could not be told yet; statuses citing it "
                                            + "are recomputed as soon as it answers (retried automatically)."));
                });
    }

    /** Runs blocking database work off the event loop. */
    private static Uni<Void> blocking(Runnable work) {
        return Uni.createFrom().item(() -> {
            work.run();
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
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

    /** The sources whose refresh is owed (blocking: reads the database). */
    public Set<String> pending() {
        return Set.copyOf(pending.owed());
    }

    void startRetrying(@Observes StartupEvent start, Vertx vertx, GatewayConfig config) {
        vertx.setPeriodic(config.snapshotRefreshRetryEvery().toMillis(), tick -> {
            if (retrying.compareAndSet(false, true)) {
                retryPending().onTermination().invoke(() -> retrying.set(false)).subscribe().with(done -> { },
                        failure -> LOG.warnf("Pending snapshot refreshes not retried this round: %s", failure.toString()));
            }
        });
    }

    /**
     * Pushes each owed source's current record; what still fails stays pending for the next round (of whichever replica
     * comes first). Runs on a timer, outside any request, so the services record these writes as {@link Actor#SYSTEM},
     * the gateway itself.
     */
    Uni<Void> retryPending() {
        return Uni.createFrom().item(pending::owed).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> Uni.createFrom().deferred(() -> {
                    Instant readAt = Instant.now();
                    return sources.source(id).map(RestResponse::getEntity)
                            .flatMap(current -> claims.refreshSnapshot(id, SourceSnapshot.of(current), null))
                            .flatMap(done -> blocking(() -> pending.settled(id, readAt)))
                            .onFailure(Problems::isNotFound).recoverWithUni(() -> blocking(() -> pending.settled(id, readAt)))
                            .onFailure().recoverWithUni(failure -> blocking(() -> pending.failedAgain(id, failure.toString())))
                            .onFailure().recoverWithNull();
                }))
                .collect().last().replaceWithVoid();
    }
}
