package org.claimtrack.gateway.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The desk's workflow on a claim: work status, assignee and due date, with its own version (the "
        + "ETag of workflow changes), so moving a claim along never conflicts with editing it or adding evidence.")
public record Workflow(
        @Schema(required = true, example = "IN_REVIEW") WorkStatus workStatus,
        @Schema(description = "The user working on it; absent = nobody.", example = "maria") String assignee,
        @Schema(format = "date", example = "2022-01-05") LocalDate dueDate,
        @Schema(required = true, description = "The due date is before today (UTC) and the claim is neither published nor archived.")
        boolean overdue,
        @Schema(required = true, description = "The work statuses it may move to next (PUBLISHED through the publication, reviewers).")
        List<WorkStatus> next,
        @Schema(required = true, description = "+1 per workflow change; send it as If-Match.", example = "2") long version,
        @Schema(description = "When the workflow last changed; absent when never.", example = Examples.INSTANT) Instant changedAt,
        @Schema(description = "Who changed it last.", example = "maria") String changedBy) {
}
