package org.claimtrack.gateway.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where statements were published (sources-service record). "
        + "`archivedText` is present only when one document is read.")
public record Document(
        @Schema(required = true, example = Examples.DOCUMENT_ID) String id,
        @Schema(required = true, example = Examples.DOCUMENT_URL) String url,
        @Schema(required = true, example = "Russia wants sure US guarantees during the Geneva talks") String title,
        @Schema(example = Examples.SOURCE_ID) String publisherId,
        @Schema(example = Examples.INSTANT) Instant publishedAt,
        @Schema(description = "BCP 47 language tag.", example = "en") String language,
        @Schema(description = "SHA-256 (hex) of the archived text.",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentSha256,
        @Schema(example = "5230") Long textLength,
        @Schema(example = "Kiev and Western countries have accused Russia ...") String archivedText,
        @Schema(example = Examples.INSTANT) Instant createdAt,
        @Schema(example = Examples.INSTANT) Instant updatedAt,
        @Schema(example = "0") long version,
        @Schema(description = "Number of the current archived text version (1 for the first text; an edit of the text "
                + "adds one, earlier versions stay readable at /api/documents/{id}/versions/{number}). Absent without text.",
                example = "1") Integer textVersion) {
}
