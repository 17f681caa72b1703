package org.claimtrack.claims.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.claims.api.WorkflowInput;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.WorkStatus;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.Timestamps;
import org.claimtrack.contract.Versions;

/**
 * The desk's workflow on a claim: work status, assignee, due date. Guarded by the workflow's own version, never the
 * claim's, so that moving a claim along and editing its text or adding evidence do not get in each other's way. Each
 * change is written to the claim's history (who, when, from, to) in the same transaction; the claim's version,
 * updatedAt and status stay as they are.
 */
@ApplicationScoped
public class WorkflowService {

    private final ClaimService claims;
    private final History history;
    private final InputCheck check;

    public WorkflowService(ClaimService claims, History history, InputCheck check) {
        this.claims = claims;
        this.history = history;
        this.check = check;
    }

    /** Sets status, assignee and due date; PUBLISHED is reached through {@link #publish} only (a reviewer's step). */
    @Transactional
    public Claim change(UUID claimId, String ifMatch, WorkflowInput raw, String actor) {
        WorkflowInput input = check.require(raw.normalized());
        Claim claim = claims.lock(claimId);
        Versions.check(ifMatch, claim.workflowVersion);
        if (input.workStatus() == WorkStatus.PUBLISHED && claim.workStatus != WorkStatus.PUBLISHED) {
            throw conflict("Publishing is a reviewer's step: publish the claim through its publication "
                    + "(POST /claims/{id}/workflow/publication) once it is IN_REVIEW",
                    "cannot be set to PUBLISHED here; use the publication");
        }
        move(claim, input.workStatus(), input.assignee(), input.dueDate(), actor);
        return claim;
    }

    /** IN_REVIEW → PUBLISHED, keeping assignee and due date. */
    @Transactional
    public Claim publish(UUID claimId, String ifMatch, String actor) {
        Claim claim = claims.lock(claimId);
        Versions.check(ifMatch, claim.workflowVersion);
        if (claim.workStatus != WorkStatus.IN_REVIEW) {
            throw transitionRefused(claim.workStatus, WorkStatus.PUBLISHED);
        }
        move(claim, WorkStatus.PUBLISHED, claim.assignee, claim.dueDate, actor);
        return claim;
    }

    private void move(Claim claim, WorkStatus target, String assignee, java.time.LocalDate dueDate, String actor) {
        if (!claim.workStatus.canMoveTo(target)) {
            throw transitionRefused(claim.workStatus, target);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        put(changes, "workStatus", claim.workStatus.name(), target.name());
        put(changes, "assignee", claim.assignee, assignee);
        put(changes, "dueDate", claim.dueDate == null ? null : claim.dueDate.toString(),
                dueDate == null ? null : dueDate.toString());
        if (changes.isEmpty()) { // the same values again change nothing, not even the version
            return;
        }
        Instant now = Timestamps.now();
        claim.workStatus = target;
        claim.assignee = assignee;
        claim.dueDate = dueDate;
        claim.workflowVersion++;
        claim.workflowChangedAt = now;
        claim.workflowChangedBy = actor;
        history.record(claim.id, now, actor, History.WORKFLOW_CHANGED, changes);
    }

    private static void put(Map<String, Object> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changes.put(field, change);
        }
    }

    /** 409: the move is not one of the workflow's (WorkStatus#next), naming where the claim may go from here. */
    static RuntimeException transitionRefused(WorkStatus from, WorkStatus to) {
        String allowed = from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
        String message = "cannot move from " + from + " to " + to + "; from " + from + " it may move to " + allowed;
        return conflict("The claim is " + from + ": it " + message, message);
    }

    private static HttpProblem conflict(String detail, String workStatusMessage) {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle(Response.Status.CONFLICT.getReasonPhrase())
                .withDetail(detail).with("errors", List.of(new FieldError("workStatus", workStatusMessage))).build();
    }
}
