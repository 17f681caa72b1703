package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A document with its publisher and the stances that quote it. `stances` is absent when the "
        + "claims-service is degraded.")
public record DocumentDetail(
        @Schema(required = true) Document document,
        @Schema(description = "The publisher's current record.") Source publisher,
        Page<SourceStance> stances,
        @Schema(required = true, example = "[]") List<Downstream> degraded) {
}
