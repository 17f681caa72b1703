package org.claimtrack.claims.domain;

import java.time.Instant;

/**
 * A stance or a verdict: a position on a claim that counts from a time until it is ended from a later one (a stance's
 * retraction, a verdict's withdrawal), with a reason, once. One type, so that both are ended by one flow.
 */
public interface Position {

    /** From when it counts: a stance's statedAt, a verdict's publishedAt. */
    Instant countsFrom();

    /** When it stopped counting; null while it stands. */
    Instant endedAt();

    void end(Instant at, String reason);
}
