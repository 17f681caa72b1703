package org.claimtrack.sources.api;

import org.claimtrack.sources.service.QuoteMatcher;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The quote check's answer, naming the text version it looked in. */
@Schema(name = "QuoteCheckResult", description = "Whether and where the quote occurs in the archived text version checked.")
public record QuoteCheck(
        @Schema(required = true) boolean found,
        @Schema(description = "Offset of the first character of the match (UTF-16 code units).", examples = "123") Integer start,
        @Schema(description = "Offset just after the last character of the match.", examples = "160") Integer end,
        @Schema(description = "The matched text exactly as archived.") String matchedText,
        @Schema(description = "When not found: the most similar passage, absent when no word of the quote occurs.")
        QuoteMatcher.Passage closest,
        @Schema(required = true, description = "The text version checked: the one asked for, else the current one.",
                examples = "1", minimum = "1") int textVersion,
        @Schema(required = true, description = "SHA-256 (hex) of the text version checked.", pattern = "^[0-9a-f]{64}$")
        String contentSha256) {

    public static QuoteCheck of(QuoteMatcher.Result match, int textVersion, String contentSha256) {
        return new QuoteCheck(match.found(), match.start(), match.end(), match.matchedText(), match.closest(),
                textVersion, contentSha256);
    }
}
