package org.claimtrack.gateway.extraction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.claimtrack.gateway.model.DocumentInput;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Ids;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractionRequest", description = "What to extract from: a document on record (`documentId`), or a "
        + "pasted text given as a new `document` (with `archivedText`), which is archived first. Exactly one of the two.")
public record ExtractionRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) @Schema(example = Examples.DOCUMENT_ID)
        String documentId,
        @Valid DocumentInput document) {
}
