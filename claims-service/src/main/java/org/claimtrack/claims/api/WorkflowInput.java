package org.claimtrack.claims.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.claimtrack.claims.domain.WorkStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the desk sets on a claim's workflow: the work status, who works on it, by when. */
@Schema(name = "WorkflowInput", description = "The work status to move to (or keep), the assignee (a gateway user name; "
        + "absent = nobody) and the due date (absent = none). Publishing is its own operation.")
public record WorkflowInput(
        @NotNull @Schema(required = true, examples = "IN_PROGRESS") WorkStatus workStatus,
        @Size(min = 1, max = 100) @Schema(minLength = 1, maxLength = 100, examples = "maria") String assignee,
        @Schema(format = "date", examples = "2022-01-05") LocalDate dueDate) {

    public WorkflowInput normalized() {
        return new WorkflowInput(workStatus, assignee == null || assignee.isBlank() ? null : assignee.strip(), dueDate);
    }
}
