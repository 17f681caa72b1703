package org.claimtrack.claims.status;

import java.util.UUID;

/**
 * One stance as the rules see it: who (with the source snapshot's affiliation and reliability) took
 * which position. {@code affiliation} may be null or blank: the source is then its own party.
 * {@code attributed}: nobody has the source's verbatim words, someone else attests its position.
 */
public record EvidenceStance(UUID sourceId, String sourceName, String affiliation, Reliability reliability,
        StanceType stance, boolean attributed) {

    /** A stance in the source's own words. */
    public EvidenceStance(UUID sourceId, String sourceName, String affiliation, Reliability reliability, StanceType stance) {
        this(sourceId, sourceName, affiliation, reliability, stance, false);
    }
}
