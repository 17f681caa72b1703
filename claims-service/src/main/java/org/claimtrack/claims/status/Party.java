package org.claimtrack.claims.status;

import java.util.List;
import java.util.UUID;

/**
 * One side in the evidence: the affiliation as first written (or, for an independent source, the
 * source's name), its comparison key, and the sources that speak for it.
 */
public record Party(String party, String key, List<PartySource> sources) {

    /** {@code attributed}: the source's position here is known only from attributions (no verbatim words). */
    public record PartySource(UUID sourceId, String name, Reliability reliability, boolean attributed) {

        public PartySource(UUID sourceId, String name, Reliability reliability) {
            this(sourceId, name, reliability, false);
        }

        /**
         * The reliability the credibility mapping uses: an attributed position counts at most C (fairly reliable),
         * because nobody can check the source's own words against a document.
         */
        public Reliability countedReliability() {
            return attributed && reliability.compareTo(Reliability.C) < 0 ? Reliability.C : reliability;
        }
    }

    /** The best (lowest letter) counted reliability among the party's sources. */
    public Reliability bestReliability() {
        return sources.stream().map(PartySource::countedReliability).min(Enum::compareTo).orElse(Reliability.F);
    }
}
