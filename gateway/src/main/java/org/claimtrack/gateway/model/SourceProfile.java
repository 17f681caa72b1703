package org.claimtrack.gateway.model;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A source's record, the organisations it belongs to, and its track record. `trackRecord` and "
        + "`stances` are absent when the claims-service is degraded.")
public record SourceProfile(
        @Schema(required = true) Source source,
        @Schema(required = true, description = "memberOf chain, nearest first (Zakharova → Russian Foreign Ministry → …).")
        List<Source> memberOf,
        TrackRecord trackRecord,
        @Schema(description = "A page of this source's stances with the claims' texts, newest first.") Page<SourceStance> stances,
        @Schema(required = true, example = "[]") List<Downstream> degraded) {

    @Schema(description = "For each stance type, how many of this source's stances sit on claims of each current status "
            + "(e.g. asserted 4 claims now rated FALSE).")
    public record TrackRecord(
            @Schema(example = "{\"DISPUTED\": 1, \"FALSE\": 4}") Map<ClaimStatus, Long> asserts,
            @Schema(example = "{\"DISPUTED\": 2}") Map<ClaimStatus, Long> denies,
            @Schema(example = "{}") Map<ClaimStatus, Long> questions,
            @Schema(example = "{}") Map<ClaimStatus, Long> reports) {
    }
}
