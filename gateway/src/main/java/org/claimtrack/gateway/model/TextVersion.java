package org.claimtrack.gateway.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One archived text of a document (sources-service record). The archive is append-only: an edit "
        + "of the text adds a version, earlier ones stay readable with their SHA-256. `text` only when one version is read.")
public record TextVersion(
        @Schema(required = true, description = "1 for the first text, +1 per edit of the text.", example = "1") int number,
        @Schema(required = true, description = "SHA-256 (hex) of the UTF-8 text.",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentSha256,
        @Schema(required = true, description = "Length in UTF-16 code units (the unit of quote offsets).", example = "5230")
        int textLength,
        @Schema(required = true, description = "When this text was archived.", example = Examples.INSTANT) Instant createdAt,
        @Schema(required = true, description = "Who archived it.", example = "editor") String actor,
        @Schema(description = "Why, as given with the edit.", example = "The publisher corrected the troop figure") String reason,
        @Schema(description = "Where the text came from, when it was archived by fetching a web page; absent for a "
                + "text typed or pasted in.") Fetch fetch,
        @Schema(description = "The text (only when one version is read).",
                example = "Kiev and Western countries have accused Russia ...") String text) {

    @Schema(name = "TextFetch", description = "How a text version was fetched from the web.")
    public record Fetch(
            @Schema(required = true, description = "The page's address after redirects.", example = Examples.DOCUMENT_URL) String finalUrl,
            @Schema(required = true, description = "When it was fetched.", example = Examples.INSTANT) Instant fetchedAt,
            @Schema(required = true, description = "The HTTP status it was served with.", example = "200") int httpStatus,
            @Schema(required = true, description = "Its media type.", example = "text/html") String contentType) {
    }
}
