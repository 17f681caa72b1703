package org.claimtrack.sources.api;

import java.util.UUID;
import org.claimtrack.sources.domain.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party named in another record: enough to show it and to link it. */
@Schema(name = "PartyRef", description = "A party: its id and canonical name.")
public record PartyRef(UUID id, @Schema(examples = "Russia") String name) {

    public static PartyRef of(Party party) {
        return party == null ? null : new PartyRef(party.id, party.name);
    }
}
