package org.claimtrack.gateway.model;

/** Verification status computed by the claims-service (see the guide's status rules). */
public enum ClaimStatus {
    UNSOURCED, SINGLE_PARTY, CORROBORATED, DISPUTED, DENIED, VERIFIED, MISLEADING, FALSE, UNVERIFIABLE
}
