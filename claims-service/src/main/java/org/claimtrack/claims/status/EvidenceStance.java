package org.claimtrack.claims.status;

import java.util.UUID;

/**
 * One stance as the rules see it: who (with the source snapshot's root party, affiliation and reliability)
 * took which position. {@code rootPartyId} decides independence; a snapshot taken before parties were entities
 * has none, and its {@code affiliation} (folded) stands in. Neither: the source is its own party.
 * {@code attributed}: nobody has the source's verbatim words, someone else attests its position.
 */
public record EvidenceStance(UUID sourceId, String sourceName, UUID rootPartyId, String rootPartyName,
        String affiliation, Reliability reliability, StanceType stance, boolean attributed) {

    /** A stance in the source's own words whose snapshot names its root party. */
    public EvidenceStance(UUID sourceId, String sourceName, UUID rootPartyId, String rootPartyName, String affiliation,
            Reliability reliability, StanceType stance) {
        this(sourceId, sourceName, rootPartyId, rootPartyName, affiliation, reliability, stance, false);
    }

    /** A stance whose snapshot has no root party (written before V4, or in tests of the fallback). */
    public EvidenceStance(UUID sourceId, String sourceName, String affiliation, Reliability reliability,
            StanceType stance, boolean attributed) {
        this(sourceId, sourceName, null, null, affiliation, reliability, stance, attributed);
    }

    /** The same, in the source's own words. */
    public EvidenceStance(UUID sourceId, String sourceName, String affiliation, Reliability reliability,
            StanceType stance) {
        this(sourceId, sourceName, null, null, affiliation, reliability, stance, false);
    }
}
