package org.claimtrack.gateway.model;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many claims match, in total and per status (every status present).")
public record ClaimCounts(
        @Schema(example = "12") long total,
        @Schema(example = "{\"UNSOURCED\": 2, \"SINGLE_PARTY\": 3, \"CORROBORATED\": 1, \"DISPUTED\": 4, \"DENIED\": 0, "
                + "\"VERIFIED\": 1, \"MISLEADING\": 0, \"FALSE\": 1, \"UNVERIFIABLE\": 0}")
        Map<ClaimStatus, Long> byStatus) {
}
