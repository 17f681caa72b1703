package org.claimtrack.extraction;

/** The stance kinds of the record (GUIDE: Stance). */
public enum Position {
    ASSERTS, DENIES, QUESTIONS, REPORTS
}
