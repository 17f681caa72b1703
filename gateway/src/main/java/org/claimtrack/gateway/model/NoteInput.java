package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The text of an internal note, new or edited.")
public record NoteInput(
        @NotBlank @Size(max = 5000) @Schema(required = true, maxLength = 5000,
                example = "Called the ministry's press office; waiting for the transcript.") String text) {
}
