package org.claimtrack.sources.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a source's root party was decided, step by step (computed where the root party is: PartyTree). */
@Schema(name = "PartyChain", description = "The path from a source to its root party: the source, the sources it is a "
        + "member of up to the highest one that has a party, that party, then its parent parties up to the root. A source "
        + "with no party anywhere in its memberOf chain is its own party: the steps are its memberOf chain and "
        + "`rootParty` is absent.")
public record PartyChain(
        @Schema(required = true, description = "The source asked for.") UUID sourceId,
        @Schema(required = true, description = "In order, starting with the source itself (link SOURCE).") List<Step> steps,
        @Schema(description = "The last PARTY or PARENT step: the party that decides independence. Absent = the source "
                + "is its own party.") PartyRef rootParty) {

    /** How a step is reached from the one before it. */
    @Schema(name = "PartyChainLink", description = "SOURCE: the source asked for (the first step). MEMBER_OF: a source the "
            + "step before is a member of. PARTY: the own party of the step before (a source). PARENT: the parent party of "
            + "the step before (a party).")
    public enum Link {
        SOURCE, MEMBER_OF, PARTY, PARENT
    }

    @Schema(name = "PartyChainStep", description = "One source or party on the way to the root party.")
    public record Step(
            @Schema(required = true) Link link,
            @Schema(required = true, description = "A source id for SOURCE and MEMBER_OF, a party id for PARTY and PARENT.")
            UUID id,
            @Schema(required = true, description = "The source's name or the party's canonical name.", examples = "Russia")
            String name) {
    }
}
