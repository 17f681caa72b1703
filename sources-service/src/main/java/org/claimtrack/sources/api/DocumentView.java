package org.claimtrack.sources.api;

import java.time.Instant;
import java.util.UUID;
import org.claimtrack.sources.domain.Document;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as the API shows it; {@code archivedText} only in {@code GET /documents/{id}}. */
@Schema(name = "Document", description = "Where a statement was published.")
public record DocumentView(
        UUID id,
        @Schema(examples = "https://www.reuters.com/world/europe/geneva-talks-2021-12-30/") String url,
        @Schema(examples = "Russia and U.S. to hold security talks in Geneva") String title,
        UUID publisherId,
        Instant publishedAt,
        @Schema(examples = "en") String language,
        @Schema(description = "SHA-256 (hex) of the UTF-8 archived text, computed by the service.",
                pattern = "^[0-9a-f]{64}$") String contentSha256,
        @Schema(description = "Length of the archived text in UTF-16 code units (the unit of quote-check offsets).")
        Integer textLength,
        @Schema(description = "Only in GET /documents/{id}; lists and look-ups omit it.") String archivedText,
        @Schema(description = "Number of the current text version (1, 2, …; GET /documents/{id}/versions lists them); "
                + "absent without text.", examples = "1", minimum = "1") Integer textVersion,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Starts at 0, +1 per change; the ETag is this number in quotes.", examples = "0") long version) {

    public static DocumentView of(Document d) {
        return of(d, null);
    }

    public static DocumentView of(Document d, String archivedText) {
        return new DocumentView(d.id, d.url, d.title, d.publisherId, d.publishedAt, d.language, d.contentSha256,
                d.textLength, archivedText, d.textVersion, d.createdAt, d.updatedAt, d.version);
    }
}
