package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A web page to fetch once and archive as a new document; the title defaults to the page's own.")
public record ArchiveRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
        @Schema(required = true, description = "Address of the page (http or https).", example = Examples.DOCUMENT_URL) String url,
        @Size(max = 500) @Schema(description = "Title of the document; absent = the page's <title>.",
                example = "Russia wants sure US guarantees during the Geneva talks") String title,
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) @Schema(example = Examples.SOURCE_ID) String publisherId,
        @Schema(example = Examples.INSTANT) Instant publishedAt,
        @Size(max = 35) @Schema(example = "en") String language) {
}
