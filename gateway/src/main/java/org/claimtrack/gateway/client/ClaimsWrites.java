package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.ClaimInput;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.SourceSnapshot;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.Verdict;
import org.claimtrack.gateway.model.VerdictInput;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Writes to the claims-service. Never retried here: a write that timed out may have happened, so repeating it is
 * the caller's decision (a repeated create answers 409 with {@code existingId}).
 */
@ApplicationScoped
@DownstreamCall(Downstream.CLAIMS)
@Timeout
@CircuitBreaker(skipOn = DownstreamProblem.class)
public class ClaimsWrites {

    @RestClient
    ClaimsApi api;

    public Uni<RestResponse<Claim>> create(ClaimInput claim, String actor) {
        return api.create(claim, actor);
    }

    public Uni<RestResponse<Claim>> update(String id, ClaimInput claim, String ifMatch, String actor) {
        return api.update(id, claim, ifMatch, actor);
    }

    public Uni<Void> delete(String id, String ifMatch, String actor) {
        return api.delete(id, ifMatch, actor);
    }

    public Uni<Stance> addStance(String claimId, StanceWrite stance, String actor) {
        return api.addStance(claimId, stance, actor);
    }

    public Uni<Void> deleteStance(String claimId, String stanceId, String ifMatch, String actor) {
        return api.deleteStance(claimId, stanceId, ifMatch, actor);
    }

    public Uni<Verdict> addVerdict(String claimId, VerdictInput verdict, String actor) {
        return api.addVerdict(claimId, verdict, actor);
    }

    /** Idempotent: pushing the same snapshot twice changes nothing the second time. */
    public Uni<SnapshotRefreshResult> refreshSnapshot(String sourceId, SourceSnapshot snapshot, String actor) {
        return api.refreshSnapshot(sourceId, snapshot, actor);
    }
}
