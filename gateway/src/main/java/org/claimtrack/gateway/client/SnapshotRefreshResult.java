package org.claimtrack.gateway.client;

/** What the claims-service did with a refreshed source snapshot. */
public record SnapshotRefreshResult(int stancesUpdated, int claimsRecomputed, int statusesChanged) {
}
