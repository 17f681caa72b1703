package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One checkable statement with its current verification status (claims-service record).")
public record Claim(
        @Schema(required = true, example = Examples.CLAIM_ID) String id,
        @Schema(required = true, example = Examples.CLAIM_TEXT) String text,
        @Schema(example = "Troops on Ukraine's borders") String headline,
        @Schema(example = "russia-ukraine") String topic,
        @Schema(example = "[\"military\", \"ukraine\"]") List<String> tags,
        @Schema(example = "en") String language,
        @Schema(description = "When the claimed event is said to happen.", example = Examples.INSTANT) Instant eventTime,
        @Schema(example = Examples.INSTANT) Instant createdAt,
        @Schema(example = Examples.INSTANT) Instant updatedAt,
        @Schema(description = "Increases with every change, stance and verdict; sent as ETag.", example = "3") long version,
        ClaimStatus status,
        @Schema(description = "Admiralty credibility 1 (confirmed) … 6 (cannot be judged).", minimum = "1", maximum = "6", example = "3")
        Integer credibility,
        @Schema(description = "Parties with ASSERTS stances.", example = "[\"Ukraine\", \"Western governments\"]") List<String> assertingParties,
        @Schema(description = "Parties with DENIES stances.", example = "[\"Russia\"]") List<String> denyingParties,
        StanceCounts counts,
        @Schema(description = "The desk's workflow: work status, assignee, due date (its own version).") Workflow workflow) {

    @Schema(description = "Number of stances of each type.")
    public record StanceCounts(
            @Schema(example = "2") int asserts,
            @Schema(example = "1") int denies,
            @Schema(example = "0") int questions,
            @Schema(example = "1") int reports) {
    }
}
