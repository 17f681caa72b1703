package org.claimtrack.claims.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtrack.claims.status.Rating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's conclusion; verdicts are append-only. */
@Schema(name = "VerdictInput", description = "A reviewer's conclusion on the claim.")
public record VerdictInput(
        @NotNull @Schema(required = true, examples = "MOSTLY_TRUE") Rating rating,
        @NotNull @Size(min = 20, max = 5000) @Schema(required = true, minLength = 20, maxLength = 5000,
                examples = "Satellite images and Western intelligence estimates put the build-up near 100,000 troops.")
        String explanation,
        @NotNull @Size(min = 1, max = 200) @Schema(required = true, minLength = 1, maxLength = 200, examples = "A. Reviewer")
        String reviewer) {

    public VerdictInput normalized() {
        return new VerdictInput(rating, explanation == null ? null : explanation.strip(),
                reviewer == null ? null : reviewer.strip());
    }
}
