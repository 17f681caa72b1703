package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.claimtrack.contract.NotInFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A verdict's withdrawal: it counts before `withdrawnAt` and not from then on, when the latest verdict "
        + "not withdrawn (if any) counts instead. The verdict stays on record and is shown as withdrawn.")
public record Withdrawal(
        @NotNull @NotInFuture @Schema(required = true, description = "When the verdict stopped counting: not before it was published "
                + "(`publishedAt`, 422), not more than 5 minutes in the future (400).", example = "2022-01-12T10:00:00Z")
        Instant withdrawnAt,
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000,
                example = "New satellite images contradict the estimate it relied on.") String reason) {
}
