package org.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A party: its id and canonical name.")
public record PartyRef(
        @Schema(required = true, example = Examples.PARTY_ID) String id,
        @Schema(required = true, example = "Russia") String name) {
}
