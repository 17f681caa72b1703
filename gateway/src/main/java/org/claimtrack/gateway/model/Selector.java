package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "W3C TextQuoteSelector locating the quote in the document's archived text.")
public record Selector(
        @NotBlank @Size(max = 5000) @Schema(example = Examples.QUOTE) String exact,
        @Size(max = 500) @Schema(example = "in preparation for attacking it, ") String prefix,
        @Size(max = 500) @Schema(example = ".") String suffix) {
}
