package org.claimtrack.claims.status;

import java.util.UUID;

/**
 * One stance as the rules see it: who (with the source snapshot's affiliation and reliability) took
 * which position. {@code affiliation} may be null or blank: the source is then its own party.
 */
public record EvidenceStance(UUID sourceId, String sourceName, String affiliation, Reliability reliability,
        StanceType stance) {
}
