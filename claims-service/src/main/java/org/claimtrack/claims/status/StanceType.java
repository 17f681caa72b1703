package org.claimtrack.claims.status;

/** A source's position on a claim. Only ASSERTS and DENIES are evidence. */
public enum StanceType {
    /** The source says the claim is true. */
    ASSERTS,
    /** The source says the claim is false. */
    DENIES,
    /** The source doubts the claim without denying it: shown in the evidence, never counted. */
    QUESTIONS,
    /** The source relays the claim without endorsing it (a news outlet repeating an allegation): never counted. */
    REPORTS
}
