package org.claimtrack.claims.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.status.Party;
import org.claimtrack.claims.status.Reliability;
import org.claimtrack.claims.status.StatusOutcome;
import org.claimtrack.claims.status.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status answer: status, evidence by party, latest verdict, credibility and explanation. */
@Schema(name = "StatusReport", description = "The verification status of a claim with everything it rests on.")
public record StatusReport(
        UUID claimId,
        @Schema(examples = "DISPUTED") VerificationStatus status,
        @Schema(minimum = "1", maximum = "6", examples = "4") int credibility,
        Evidence evidence,
        @Schema(description = "The latest verdict; absent when there is none.") VerdictView verdict,
        @Schema(examples = "Asserted by 2 independent parties: Ukraine (Government of Ukraine, reliability F), West (Western countries, reliability F); denied by 1 party: Russia (Government of Russia, reliability F). Evidence status DISPUTED: at least one party asserts it and at least one denies it. Credibility 4 (doubtful).")
        String explanation,
        @Schema(description = "Version of the status rules that produced this answer.", examples = "4") int rulesVersion,
        @Schema(description = "The instant the answer was computed for; absent for the stored (current) status.")
        Instant asOf) {

    @Schema(name = "Evidence", description = "Parties per stance kind; only asserting and denying count.")
    public record Evidence(List<PartyView> asserting, List<PartyView> denying, List<PartyView> questioning,
            List<PartyView> reporting) {
    }

    @Schema(name = "Party", description = "One side: an affiliation (or an independent source) and its sources.")
    public record PartyView(@Schema(examples = "Russia") String party, List<PartySourceView> sources) {
    }

    @Schema(name = "PartySource", description = "A source speaking for a party.")
    public record PartySourceView(UUID sourceId, @Schema(examples = "Government of Russia") String name,
            @Schema(examples = "C") Reliability reliability) {
    }

    public static StatusReport of(UUID claimId, StatusOutcome outcome, VerdictView verdict, Instant asOf) {
        return new StatusReport(claimId, outcome.status(), outcome.credibility(),
                new Evidence(parties(outcome.asserting()), parties(outcome.denying()), parties(outcome.questioning()),
                        parties(outcome.reporting())),
                verdict, outcome.explanation(), outcome.rulesVersion(), asOf);
    }

    private static List<PartyView> parties(List<Party> parties) {
        return parties.stream().map(p -> new PartyView(p.party(), p.sources().stream()
                .map(s -> new PartySourceView(s.sourceId(), s.name(), s.reliability())).toList())).toList();
    }

}
