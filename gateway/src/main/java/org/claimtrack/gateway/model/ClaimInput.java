package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim to create or replace.")
public record ClaimInput(
        @NotBlank @Size(min = 10, max = 1000) @Schema(example = Examples.CLAIM_TEXT) String text,
        @Size(max = 200) @Schema(example = "Troops on Ukraine's borders") String headline,
        @Size(max = 100) @Schema(example = "russia-ukraine") String topic,
        @Size(max = 50) @Schema(example = "[\"military\", \"ukraine\"]") List<@NotBlank @Size(max = 100) String> tags,
        @Size(max = 35) @Schema(example = "en") String language,
        @Schema(example = Examples.INSTANT) Instant eventTime) {
}
