package org.claimtrack.claims.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.claimtrack.contract.NotInFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A verdict's withdrawal: from when it stops counting, and why. Written once, shown on the verdict. */
@Schema(name = "Withdrawal", description = "The verdict stops counting from withdrawnAt on (the latest standing verdict, if any, "
        + "counts instead); before that instant it still counts (asOf). It stays on record and visible.")
public record Withdrawal(
        @NotNull @NotInFuture
        @Schema(required = true, description = "When the verdict stopped counting: not before it was published (publishedAt), not in the "
                + "future (5 minutes of clock skew tolerated).", examples = "2022-01-12T10:00:00Z")
        Instant withdrawnAt,
        @NotNull @Size(min = 1, max = 2000)
        @Schema(required = true, minLength = 1, maxLength = 2000, examples = "New satellite images contradict the estimate it relied on.")
        String reason) implements PositionChange {

    @Override
    public Instant at() {
        return withdrawnAt;
    }

    @Override
    public Withdrawal normalized() {
        return new Withdrawal(withdrawnAt, reason == null ? null : reason.strip());
    }
}
