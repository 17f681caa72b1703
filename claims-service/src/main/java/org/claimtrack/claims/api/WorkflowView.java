package org.claimtrack.claims.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.WorkStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim's workflow as stored, with its own version (the ETag of workflow writes). */
@Schema(name = "Workflow", description = "How far the desk got with the claim, separate from its verification status.")
public record WorkflowView(
        @Schema(required = true, examples = "IN_REVIEW") WorkStatus workStatus,
        @Schema(description = "The gateway user working on it; absent = nobody.", examples = "maria") String assignee,
        @Schema(format = "date", examples = "2022-01-05") LocalDate dueDate,
        @Schema(required = true, description = "The due date is before today (UTC) and the claim is neither published nor archived.")
        boolean overdue,
        @Schema(required = true, description = "Where it may move next (PUBLISHED through the publication operation).")
        Set<WorkStatus> next,
        @Schema(required = true, description = "+1 per workflow change; the ETag of workflow writes.", examples = "2")
        long version,
        @Schema(description = "When the workflow last changed; absent when never.") Instant changedAt,
        @Schema(description = "Who changed it last.", examples = "maria") String changedBy) {

    public static WorkflowView of(Claim c) {
        boolean overdue = c.dueDate != null && WorkStatus.OPEN.contains(c.workStatus)
                && c.dueDate.isBefore(WorkStatus.today());
        return new WorkflowView(c.workStatus, c.assignee, c.dueDate, overdue, c.workStatus.next(), c.workflowVersion,
                c.workflowChangedAt, c.workflowChangedBy);
    }
}
