package org.claimtrack.gateway.extraction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Ids;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProposalDecision", description = "What a person did with a proposal: ACCEPTED into a claim on record "
        + "(written through POST /api/claims and its stances) or REJECTED. A decision is recorded once.")
public record ProposalDecision(
        @NotNull @Schema(required = true, enumeration = {"ACCEPTED", "REJECTED"}) Extraction.Decision decision,
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
        @Schema(description = "The claim it was accepted into (required with ACCEPTED; it must exist)",
                example = Examples.CLAIM_ID) String claimId) {
}
