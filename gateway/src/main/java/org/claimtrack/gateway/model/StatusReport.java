package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim's verification status with the evidence behind it (claims-service).")
public record StatusReport(
        @Schema(example = Examples.CLAIM_ID) String claimId,
        ClaimStatus status,
        @Schema(minimum = "1", maximum = "6", example = "3") Integer credibility,
        Evidence evidence,
        @Schema(description = "The latest verdict, absent when there is none.") Verdict verdict,
        @Schema(example = "Ukraine and Western governments assert it; Russia denies it.") String explanation,
        @Schema(description = "Version of the status rules that produced this answer.", example = "3") Integer rulesVersion,
        @Schema(description = "The instant the answer was computed for; absent for now.", example = Examples.INSTANT) Instant asOf) {

    @Schema(description = "Parties by position; only ASSERTS and DENIES count as evidence.")
    public record Evidence(List<Party> asserting, List<Party> denying, List<Party> questioning, List<Party> reporting) {
    }

    @Schema(description = "A party (an affiliation, or an independent source) and its sources.")
    public record Party(@Schema(example = "Russia") String party, List<PartySource> sources) {
    }

    public record PartySource(
            @Schema(example = Examples.MINISTRY_ID) String sourceId,
            @Schema(example = "Russian Foreign Ministry") String name,
            Reliability reliability) {
    }
}
