package org.claimtrack.claims.domain;

/** Whether a stance carries the source's own words or only someone else's account of its position. */
public enum StanceKind {
    /** The source's exact words ({@code quote}), ideally located in a document. */
    QUOTE,
    /**
     * Nobody on record has the verbatim words: {@code reportedBy} (e.g. a fact-checker's review) attests the
     * source's position. Never shown as a quote.
     */
    ATTRIBUTION
}
