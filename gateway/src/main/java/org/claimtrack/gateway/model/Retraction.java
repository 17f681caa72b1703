package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.claimtrack.contract.NotInFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stance's retraction: it counts before `retractedAt` (as of an earlier instant) and not from then on. "
        + "The stance stays on record and is shown as retracted.")
public record Retraction(
        @NotNull @NotInFuture @Schema(required = true, description = "When the stance stopped counting: not before its `statedAt` (422), "
                + "not more than 5 minutes in the future (400).", example = "2021-12-31T09:00:00Z") Instant retractedAt,
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000,
                example = "The ministry withdrew the statement the next morning.") String reason) {
}
