package org.claimtrack.gateway.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.claimtrack.contract.NotInFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stance to record. The gateway checks the source and document exist, that the quote occurs "
        + "in the document's archived text, and fills the source snapshot itself.")
public record StanceInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) @Schema(example = Examples.MINISTRY_ID) String sourceId,
        @NotNull StanceType stance,
        @NotBlank @Size(max = 5000) @Schema(example = Examples.QUOTE) String quote,
        @Valid Selector selector,
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) @Schema(example = Examples.DOCUMENT_ID) String documentId,
        @NotNull @NotInFuture @Schema(description = "When the source said it: not more than 5 minutes in the future (400), "
                + "not after the document's `publishedAt` (422).", example = Examples.INSTANT) Instant statedAt) {
}
