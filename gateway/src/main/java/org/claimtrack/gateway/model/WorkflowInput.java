package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The work status to move to (or keep), the assignee (a user name; absent = nobody) and the due "
        + "date (absent = none). PUBLISHED is reached through the publication (reviewers).")
public record WorkflowInput(
        @NotNull @Schema(required = true, example = "IN_PROGRESS") WorkStatus workStatus,
        @Size(min = 1, max = 100) @Schema(minLength = 1, maxLength = 100, description = "A user of this deployment (422 otherwise).",
                example = "maria") String assignee,
        @Schema(format = "date", example = "2022-01-05") LocalDate dueDate) {
}
