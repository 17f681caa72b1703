package org.claimtrack.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One per-field problem: in a problem's {@code errors} array and in batch results. */
@Schema(name = "FieldError", description = "A problem with one field of the request.")
public record FieldError(
        @Schema(description = "Path of the field in the request: a JSON property path (`selector.exact`, `[2].text`) or a query parameter name.",
                examples = "text") String field,
        @Schema(description = "What is wrong and what is allowed.", examples = "size must be between 10 and 1000")
        String message) {
}
