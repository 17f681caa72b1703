package org.claimtrack.claims.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The text of an internal note, new or edited. */
@Schema(name = "NoteInput", description = "An internal note's text (trimmed, 1-5,000 characters).")
public record NoteInput(
        @NotNull @Size(min = 1, max = 5000)
        @Schema(required = true, minLength = 1, maxLength = 5000, examples = "Called the ministry's press office; waiting for the transcript.")
        String text) {

    public NoteInput normalized() {
        return new NoteInput(text == null ? null : text.strip());
    }
}
