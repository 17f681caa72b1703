package org.claimtrack.claims.status;

import java.util.List;
import java.util.UUID;

/**
 * One side in the evidence: the affiliation as first written (or, for an independent source, the
 * source's name), its comparison key, and the sources that speak for it.
 */
public record Party(String party, String key, List<PartySource> sources) {

    public record PartySource(UUID sourceId, String name, Reliability reliability) {
    }

    /** The best (lowest letter) reliability among the party's sources. */
    public Reliability bestReliability() {
        return sources.stream().map(PartySource::reliability).min(Enum::compareTo).orElse(Reliability.F);
    }
}
