package org.claimtrack.gateway.model;

/** One source's position on a claim. Only ASSERTS and DENIES count as evidence. */
public enum StanceType {
    ASSERTS, DENIES, QUESTIONS, REPORTS
}
