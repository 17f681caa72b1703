package org.claimtrack.claims.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.ClaimParty;
import org.claimtrack.claims.status.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim with its stored verification status. */
@Schema(name = "Claim", description = "A claim with its stored status, credibility, parties and stance counts.")
public record ClaimView(
        UUID id,
        @Schema(examples = "Russia has deployed up to 100,000 soldiers on Ukraine's borders.") String text,
        String headline,
        String topic,
        List<String> tags,
        @Schema(examples = "en") String language,
        Instant eventTime,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "+1 per change to the claim, its stances or verdicts (a source snapshot refresh counts only"
                + " when it changes the status, credibility or parties); the ETag.", examples = "3") long version,
        @Schema(examples = "DISPUTED") VerificationStatus status,
        @Schema(minimum = "1", maximum = "6", description = "Admiralty credibility 1 (confirmed) .. 6 (cannot be judged).", examples = "4")
        int credibility,
        @Schema(description = "Parties (affiliations) with an ASSERTS stance.", examples = "[\"Ukraine\", \"West\"]")
        List<String> assertingParties,
        @Schema(description = "Parties (affiliations) with a DENIES stance.", examples = "[\"Russia\"]")
        List<String> denyingParties,
        StanceCounts counts,
        @Schema(description = "The desk's workflow (work status, assignee, due date), with its own version.")
        WorkflowView workflow) {

    @Schema(name = "StanceCounts", description = "Number of stances of each kind on the claim.")
    public record StanceCounts(int asserts, int denies, int questions, int reports) {
    }

    public static ClaimView of(Claim c) {
        return new ClaimView(c.id, c.text, c.headline, c.topic, List.copyOf(c.tags), c.language, c.eventTime,
                c.createdAt, c.updatedAt, c.version, c.status, c.credibility, c.partiesOn(ClaimParty.ASSERTS),
                c.partiesOn(ClaimParty.DENIES),
                new StanceCounts(c.assertsCount, c.deniesCount, c.questionsCount, c.reportsCount), WorkflowView.of(c));
    }
}
