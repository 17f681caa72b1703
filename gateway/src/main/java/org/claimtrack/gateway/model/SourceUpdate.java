package org.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The updated source, and whether the claims-service's copies of it (stance snapshots, and so "
        + "claim statuses) were refreshed.")
public record SourceUpdate(@Schema(required = true) Source source, @Schema(required = true) SnapshotRefresh snapshotRefresh) {

    public enum RefreshState {
        /** The claims-service has the new name/kind/affiliation/reliability; statuses are recomputed. */
        DONE,
        /** The claims-service could not be reached; the gateway keeps retrying in the background. */
        PENDING,
        /** Nothing the claims-service copies changed (e.g. only the description): no refresh was needed. */
        NOT_NEEDED
    }

    @Schema(description = "Outcome of pushing the source's snapshot to the claims-service.")
    public record SnapshotRefresh(
            @Schema(required = true) RefreshState state,
            @Schema(example = "3") Integer stancesUpdated,
            @Schema(example = "2") Integer claimsRecomputed,
            @Schema(example = "1") Integer statusesChanged,
            @Schema(example = "Claim statuses were recomputed with the new source record.") String detail) {
    }
}
