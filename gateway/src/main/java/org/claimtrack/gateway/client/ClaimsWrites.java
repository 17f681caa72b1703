package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.ClaimInput;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Note;
import org.claimtrack.gateway.model.NoteInput;
import org.claimtrack.gateway.model.Workflow;
import org.claimtrack.gateway.model.WorkflowInput;
import org.claimtrack.gateway.model.SourceSnapshot;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.Verdict;
import org.claimtrack.gateway.model.Retraction;
import org.claimtrack.gateway.model.Withdrawal;
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

    public Uni<RestResponse<Claim>> create(ClaimInput claim) {
        return api.create(claim);
    }

    public Uni<RestResponse<Claim>> update(String id, ClaimInput claim, String ifMatch) {
        return api.update(id, claim, ifMatch);
    }

    /** {@code reason} (may be null) goes into the claim's history. */
    public Uni<Void> delete(String id, String ifMatch, String reason) {
        return api.delete(id, ifMatch, reason);
    }

    public Uni<Stance> addStance(String claimId, StanceWrite stance) {
        return api.addStance(claimId, stance);
    }

    /** {@code reason} (may be null) goes into the claim's history. */
    public Uni<Void> deleteStance(String claimId, String stanceId, String ifMatch, String reason) {
        return api.deleteStance(claimId, stanceId, ifMatch, reason);
    }

    public Uni<RestResponse<Stance>> retractStance(String claimId, String stanceId, String ifMatch, Retraction retraction) {
        return api.retractStance(claimId, stanceId, ifMatch, retraction);
    }

    public Uni<Verdict> addVerdict(String claimId, VerdictWrite verdict) {
        return api.addVerdict(claimId, verdict);
    }

    public Uni<RestResponse<Verdict>> withdrawVerdict(String claimId, String verdictId, String ifMatch, Withdrawal withdrawal) {
        return api.withdrawVerdict(claimId, verdictId, ifMatch, withdrawal);
    }

    public Uni<RestResponse<Workflow>> changeWorkflow(String claimId, WorkflowInput workflow, String ifMatch) {
        return api.changeWorkflow(claimId, workflow, ifMatch);
    }

    public Uni<RestResponse<Workflow>> publish(String claimId, String ifMatch) {
        return api.publish(claimId, ifMatch);
    }

    public Uni<RestResponse<Note>> addNote(String claimId, NoteInput note) {
        return api.addNote(claimId, note);
    }

    public Uni<RestResponse<Note>> editNote(String claimId, String noteId, NoteInput note, String ifMatch) {
        return api.editNote(claimId, noteId, note, ifMatch);
    }

    /** Idempotent: pushing the same snapshot twice changes nothing the second time. */
    /** {@code reason} (may be null) goes into the history of every claim whose status changes. */
    public Uni<SnapshotRefreshResult> refreshSnapshot(String sourceId, SourceSnapshot snapshot, String reason) {
        return api.refreshSnapshot(sourceId, snapshot, reason);
    }
}
