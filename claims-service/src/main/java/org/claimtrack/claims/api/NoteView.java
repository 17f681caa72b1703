package org.claimtrack.claims.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.domain.Note;
import org.claimtrack.claims.domain.NoteVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An internal note with its current text and every earlier one. */
@Schema(name = "Note", description = "An internal note of the desk: never part of the claim's record, ClaimReview or the feed.")
public record NoteView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID claimId,
        @Schema(required = true, description = "Who wrote it first.", examples = "maria") String author,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "The current text.") String text,
        @Schema(required = true, description = "The number of the current text; the ETag of edits.", examples = "1") int version,
        @Schema(required = true, description = "When the current text was written.") Instant editedAt,
        @Schema(required = true, description = "Who wrote the current text.", examples = "maria") String editedBy,
        @Schema(required = true, description = "Every text, oldest first (the last is the current one).")
        List<TextVersion> versions) {

    @Schema(name = "NoteTextVersion", description = "One text of a note, as written.")
    public record TextVersion(@Schema(examples = "1") int number, String text, Instant writtenAt,
            @Schema(examples = "maria") String writtenBy) {

        static TextVersion of(NoteVersion v) {
            return new TextVersion(v.number, v.text, v.writtenAt, v.writtenBy);
        }
    }

    /** @param versions the note's text versions, oldest first */
    public static NoteView of(Note note, List<NoteVersion> versions) {
        NoteVersion current = versions.get(versions.size() - 1);
        return new NoteView(note.id, note.claimId, note.author, note.createdAt, current.text, note.version,
                current.writtenAt, current.writtenBy, versions.stream().map(TextVersion::of).toList());
    }
}
