package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An internal note of the desk on a claim: who, when, what, with every earlier text. Never part of "
        + "the dossier, ClaimReview or the feed; editors and above read it.")
public record Note(
        @Schema(required = true, example = Examples.NOTE_ID) String id,
        @Schema(required = true, example = Examples.CLAIM_ID) String claimId,
        @Schema(required = true, description = "Who wrote it first.", example = "maria") String author,
        @Schema(required = true, example = Examples.INSTANT) Instant createdAt,
        @Schema(required = true, description = "The current text.", example = "Called the ministry: transcript promised for Monday.") String text,
        @Schema(required = true, description = "The current text's number; send it as If-Match to edit.", example = "2") int version,
        @Schema(required = true, example = Examples.INSTANT) Instant editedAt,
        @Schema(required = true, example = "ivan") String editedBy,
        @Schema(required = true, description = "Every text, oldest first; the last is the current one.") List<TextVersion> versions) {

    @Schema(name = "NoteTextVersion", description = "One text of a note, as written.")
    public record TextVersion(
            @Schema(required = true, example = "1") int number,
            @Schema(required = true, example = "Call the ministry's press office.") String text,
            @Schema(required = true, example = Examples.INSTANT) Instant writtenAt,
            @Schema(required = true, example = "maria") String writtenBy) {
    }
}
