package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A verdict to append.")
public record VerdictInput(
        @NotNull Rating rating,
        @NotBlank @Size(max = 5000) @Schema(example = "Satellite imagery from several independent providers shows the build-up.") String explanation,
        @NotBlank @Size(max = 200) @Schema(example = "desk@claimtrack.example") String reviewer) {
}
