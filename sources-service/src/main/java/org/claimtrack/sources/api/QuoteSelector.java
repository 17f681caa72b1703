package org.claimtrack.sources.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A W3C TextQuoteSelector: the exact words, optionally with the text just before and after them. */
@Schema(name = "TextQuoteSelector", description = "W3C TextQuoteSelector: the quote and, to tell repeated quotes apart, "
        + "the text just before (prefix) and after (suffix) it.")
public record QuoteSelector(
        @NotBlank @Size(max = 10_000) @Schema(examples = "Russia has deployed up to 100,000 soldiers", maxLength = 10_000) String exact,
        @Size(max = 1_000) @Schema(maxLength = 1_000) String prefix,
        @Size(max = 1_000) @Schema(examples = " on Ukraine’s borders", maxLength = 1_000) String suffix) {
}
