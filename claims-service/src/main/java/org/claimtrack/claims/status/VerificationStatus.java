package org.claimtrack.claims.status;

/** The verification status of a claim; see docs/STATUS-RULES.md. */
public enum VerificationStatus {
    UNSOURCED, SINGLE_PARTY, CORROBORATED, DISPUTED, DENIED, VERIFIED, MISLEADING, FALSE, UNVERIFIABLE
}
