package org.claimtrack.claims.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** This replica's search index after a rebuild. */
@Schema(name = "SearchState", description = "This claims-service replica's search index.")
public record SearchState(
        @Schema(description = "Claims in the index.", examples = "1520") int claims,
        @Schema(description = "The last claim change (feed number) the index has applied.", examples = "48213") long appliedChange) {
}
