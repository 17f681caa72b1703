package org.claimtrack.gateway.model;

import org.claimtrack.gateway.model.SourceUpdate.SnapshotRefresh;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The party after an update or a merge, and whether the claims-service's copies of the sources "
        + "under it (their root party, and so claim statuses) were refreshed.")
public record PartyChange(@Schema(required = true) Party party, @Schema(required = true) SnapshotRefresh snapshotRefresh) {
}
