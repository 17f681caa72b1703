package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A document to create or replace.")
public record DocumentInput(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
        @Schema(example = Examples.DOCUMENT_URL) String url,
        @NotBlank @Size(max = 500) @Schema(example = "Russia wants sure US guarantees during the Geneva talks") String title,
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) @Schema(example = Examples.SOURCE_ID) String publisherId,
        @Schema(example = Examples.INSTANT) Instant publishedAt,
        @Size(max = 35) @Schema(example = "en") String language,
        @Size(max = 1_048_576) @Schema(description = "The archived text quotes are checked against (≤ 1 MB).",
                example = "Kiev and Western countries have accused Russia of having deployed up to 100,000 soldiers "
                        + "on the borders of Ukraine in the past few weeks in preparation for attacking it, which Moscow denied.")
        String archivedText,
        @Size(max = 500) @Schema(description = "Why the archived text is replaced; recorded with the text version the "
                + "edit adds (with who and when). Ignored when the text does not change.",
                example = "The publisher corrected the troop figure") String reason) {
}
