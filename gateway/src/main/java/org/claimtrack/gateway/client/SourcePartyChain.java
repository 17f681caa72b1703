package org.claimtrack.gateway.client;

import java.util.List;
import org.claimtrack.gateway.model.PartyChain;
import org.claimtrack.gateway.model.PartyRef;

/** One item of the sources-service's {@code POST /sources/party-chains}: a source's chain to its root party. */
public record SourcePartyChain(String sourceId, List<PartyChain.Step> steps, PartyRef rootParty) {

    public PartyChain chain() {
        return new PartyChain(steps == null ? List.of() : steps, rootParty);
    }
}
