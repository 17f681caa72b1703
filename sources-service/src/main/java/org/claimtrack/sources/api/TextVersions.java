package org.claimtrack.sources.api;

import java.time.Instant;
import java.util.List;
import org.claimtrack.sources.domain.DocumentTextVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The versions of a document's archived text: an edit adds one, none is changed or removed. */
public final class TextVersions {

    private TextVersions() {
    }

    @Schema(name = "TextVersion", description = "One archived text of a document; text only in "
            + "GET /documents/{id}/versions/{number}.")
    public record View(
            @Schema(required = true, description = "1 for the first text, +1 per replacement.", examples = "1", minimum = "1") int number,
            @Schema(required = true, description = "SHA-256 (hex) of the UTF-8 text.", pattern = "^[0-9a-f]{64}$") String contentSha256,
            @Schema(required = true, description = "Length in UTF-16 code units (the unit of quote offsets).") int textLength,
            @Schema(required = true, description = "When this text was archived.") Instant createdAt,
            @Schema(required = true, description = "Who archived it (the acting user the gateway named, else system).",
                    examples = "editor1") String actor,
            @Schema(description = "Why, as given with the edit; absent when none was given.") String reason,
            @Schema(description = "Where the text came from, when it was archived by fetching a web page; absent for "
                    + "a text typed or pasted in.") Fetch fetch,
            @Schema(description = "The text; only when one version is read.") String text) {

        public static View of(DocumentTextVersion v, boolean withText) {
            Fetch fetch = v.fetchedUrl == null ? null : new Fetch(v.fetchedUrl, v.fetchedAt, v.httpStatus, v.contentType);
            return new View(v.number, v.contentSha256, v.textLength, v.createdAt, v.actor, v.reason, fetch,
                    withText ? v.text : null);
        }
    }

    @Schema(name = "TextFetch", description = "How a text version was fetched: the page's address after redirects, "
            + "when, the HTTP status and media type it was served with.")
    public record Fetch(
            @Schema(required = true, examples = "https://www.reuters.com/world/europe/geneva-talks-2021-12-30/") String finalUrl,
            @Schema(required = true) Instant fetchedAt,
            @Schema(required = true, examples = "200") int httpStatus,
            @Schema(required = true, examples = "text/html") String contentType) {
    }

    @Schema(name = "TextVersionList", description = "Every text version of a document, oldest first; the last is current.")
    public record Page(@Schema(required = true) List<View> items) {
    }
}
