package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a source's root party was decided (the sources-service's answer, as it computes the root party). */
@Schema(description = "The path from a source to its root party: the source, the sources it is a member of up to the "
        + "highest one that has a party, that party, then its parent parties up to the root party. A source with no "
        + "party anywhere in its memberOf chain is its own party: the steps are its memberOf chain and `rootParty` is "
        + "absent. Current records: when a party was merged or re-parented moments ago the chain already shows it, "
        + "the stance snapshots the status counts with as soon as they are refreshed.")
public record PartyChain(
        @Schema(required = true, description = "In order, starting with the source itself (link SOURCE).") List<Step> steps,
        @Schema(description = "The party of the last step: the one that decides independence. Absent = the source is "
                + "its own party.") PartyRef rootParty) {

    @Schema(name = "PartyChainLink", description = "How a step is reached from the one before: SOURCE the source itself (the first step), "
            + "MEMBER_OF a source the step before is a member of, PARTY the own party of the step before (a source), "
            + "PARENT the parent party of the step before (a party).", example = "MEMBER_OF")
    public enum Link {
        SOURCE, MEMBER_OF, PARTY, PARENT;

        /** A source (SOURCE, MEMBER_OF) rather than a party. */
        public boolean source() {
            return this == SOURCE || this == MEMBER_OF;
        }
    }

    @Schema(name = "PartyChainStep", description = "One source or party on the way to the root party.")
    public record Step(
            @Schema(required = true) Link link,
            @Schema(required = true, description = "A source id for SOURCE and MEMBER_OF, a party id for PARTY and PARENT.",
                    example = Examples.PARTY_ID) String id,
            @Schema(required = true, description = "The source's name or the party's canonical name.", example = "Russia")
            String name) {
    }
}
