package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the system recorded about a claim, oldest first.")
public record History(List<Entry> items) {

    @Schema(name = "HistoryEntry", description = "One change to the claim or its evidence: when, by whom, what.")
    public record Entry(
            @Schema(example = Examples.INSTANT) Instant at,
            @Schema(example = "anonymous") String actor,
            @Schema(example = "STANCE_ADDED") String action,
            @Schema(example = "{\"stanceId\": \"" + Examples.STANCE_ID + "\"}") Map<String, Object> details) {
    }
}
