package org.claimtrack.claims.rest;

import org.claimtrack.contract.Problems;

/** The optional {@code reason} query parameter of a change that the claim's history explains (a refresh, a delete). */
final class HistoryReason {

    static final int MAX = 300;

    private HistoryReason() {
    }

    /** Trimmed, or null when absent or blank; longer than {@value #MAX} characters is a 400 naming {@code reason}. */
    static String of(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > MAX) {
            throw Problems.badField("reason", "at most " + MAX + " characters");
        }
        return reason.strip();
    }
}
