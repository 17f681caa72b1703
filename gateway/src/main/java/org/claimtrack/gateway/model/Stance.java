package org.claimtrack.gateway.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One source's position on one claim, in its exact words (claims-service record).")
public record Stance(
        @Schema(required = true, example = Examples.STANCE_ID) String id,
        @Schema(example = Examples.CLAIM_ID) String claimId,
        @Schema(example = Examples.MINISTRY_ID) String sourceId,
        StanceType stance,
        @Schema(example = Examples.QUOTE) String quote,
        Selector selector,
        @Schema(example = Examples.DOCUMENT_ID) String documentId,
        @Schema(example = Examples.INSTANT) Instant statedAt,
        @Schema(example = Examples.INSTANT) Instant createdAt,
        SourceSnapshot source,
        @Schema(description = "Present when the stance was retracted.") Retraction retraction) {
}
