package org.claimtrack.claims.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.claimtrack.contract.NotInFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stance's retraction: from when it stops counting, and why. Written once, shown on the stance. */
@Schema(name = "Retraction", description = "The stance stops counting from retractedAt on; before that instant it still counts (asOf). "
        + "It stays on record and visible.")
public record Retraction(
        @NotNull @NotInFuture
        @Schema(required = true, description = "When the stance stopped counting: not before its statedAt, not in the future "
                + "(5 minutes of clock skew tolerated).", examples = "2021-12-31T09:00:00Z")
        Instant retractedAt,
        @NotNull @Size(min = 1, max = 2000)
        @Schema(required = true, minLength = 1, maxLength = 2000, examples = "The ministry withdrew the statement the next morning.")
        String reason) implements PositionChange {

    @Override
    public Instant at() {
        return retractedAt;
    }

    @Override
    public Retraction normalized() {
        return new Retraction(retractedAt, reason == null ? null : reason.strip());
    }
}
