package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

        Evidence withPartyChains(Map<String, PartyChain> chains) {
            return new Evidence(Party.withPartyChains(asserting, chains), Party.withPartyChains(denying, chains),
                    Party.withPartyChains(questioning, chains), Party.withPartyChains(reporting, chains));
        }

        /** Every source named in the evidence, each once. */
        public Set<String> sourceIds() {
            Set<String> ids = new LinkedHashSet<>();
            for (List<Party> parties : Arrays.asList(asserting, denying, questioning, reporting)) {
                if (parties != null) {
                    parties.stream().filter(p -> p.sources() != null).flatMap(p -> p.sources().stream())
                            .map(PartySource::sourceId).filter(Objects::nonNull).forEach(ids::add);
                }
            }
            return ids;
        }
    }

    // named apart from model.Party (the party record), which would otherwise be documented as "Party1"
    @Schema(name = "EvidenceParty", description = "A party (an affiliation, or an independent source) and its sources.")
    public record Party(@Schema(example = "Russia") String party, List<PartySource> sources) {

        static List<Party> withPartyChains(List<Party> parties, Map<String, PartyChain> chains) {
            return parties == null ? null : parties.stream().map(p -> new Party(p.party(), p.sources() == null ? null
                    : p.sources().stream().map(s -> new PartySource(s.sourceId(), s.name(), s.reliability(),
                            chains.get(s.sourceId()))).toList())).toList();
        }
    }

    public record PartySource(
            @Schema(example = Examples.MINISTRY_ID) String sourceId,
            @Schema(example = "Russian Foreign Ministry") String name,
            Reliability reliability,
            @Schema(description = "How this source's party was decided, from the source to its root party. Only in a "
                    + "dossier read with `explain=partyChains`; absent otherwise, and when the sources-service could not "
                    + "answer (the dossier is then `degraded: [\"sources\"]`) or no longer knows the source.")
            PartyChain partyChain) {
    }

    /** The same report with each evidence source's chain to its root party (sources without one keep none). */
    public StatusReport withPartyChains(Map<String, PartyChain> chains) {
        return new StatusReport(claimId, status, credibility, evidence == null ? null : evidence.withPartyChains(chains),
                verdict, explanation, rulesVersion, asOf);
    }
}
