package org.claimtrack.sources.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many quotes located in one document's archived text in one call, by the same matcher as the quote check. */
public final class QuoteLocate {

    public static final int MAX_QUOTES = 500;

    private QuoteLocate() {
    }

    @Schema(name = "QuoteLocateRequest", description = "The quotes to locate, at most " + MAX_QUOTES + ", each with a "
            + "key unique in the request.")
    public record Request(
            @NotNull @Size(max = MAX_QUOTES) @Schema(required = true, maxItems = MAX_QUOTES) List<@NotNull @Valid Quote> quotes) {
    }

    @Schema(name = "LocatableQuote", description = "A W3C TextQuoteSelector with the caller's key for it (e.g. a stance id).")
    public record Quote(
            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, examples = "stance-1") String key,
            @NotBlank @Size(max = 10_000) @Schema(required = true, maxLength = 10_000,
                    examples = "Russia has deployed up to 100,000 soldiers") String exact,
            @Size(max = 1_000) @Schema(maxLength = 1_000) String prefix,
            @Size(max = 1_000) @Schema(maxLength = 1_000) String suffix) {
    }

    @Schema(name = "QuoteLocateResult", description = "One answer per quote, in request order, the text version the "
            + "offsets point into and its SHA-256 (compare it with the document's contentSha256 read before).")
    public record Result(
            @Schema(required = true, pattern = "^[0-9a-f]{64}$") String contentSha256,
            @Schema(required = true, description = "The text version located in: the one asked for, else the current one.",
                    examples = "1", minimum = "1") int textVersion,
            @Schema(required = true) List<Located> items) {
    }

    @Schema(name = "LocatedQuote", description = "Where a quote is: UTF-16 offsets into the archived text as served, end "
            + "exclusive; start and end are absent when it was not found.")
    public record Located(
            @Schema(required = true, examples = "stance-1") String key,
            @Schema(required = true) boolean found,
            @Schema(examples = "0") Integer start,
            @Schema(examples = "43") Integer end) {
    }
}
