package org.claimtrack.extraction;

import java.time.Instant;

/** One proposed position on a proposed claim, with the rule that produced it and how sure that rule is. */
public record ProposedStance(Speaker speaker, Position position, Quote quote, Instant statedAt, String reason,
        double confidence) {
}
