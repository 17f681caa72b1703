package org.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The source as the claims-service recorded it for this stance (refreshed when the source changes).")
public record SourceSnapshot(
        @Schema(example = "Russian Foreign Ministry") String name,
        SourceKind kind,
        @Schema(example = "Russia") String affiliation,
        Reliability reliability,
        @Schema(description = "The source's root party, on which independence is decided; absent in snapshots taken "
                + "before parties were records, or when the source is its own party.", example = Examples.PARTY_ID) String rootPartyId,
        @Schema(description = "The root party's name.", example = "Russia") String rootPartyName) {

    public static SourceSnapshot of(Source source) {
        PartyRef root = source.rootParty();
        return new SourceSnapshot(source.name(), source.kind(),
                source.affiliation() == null ? "" : source.affiliation(), source.reliability(),
                root == null ? null : root.id(), root == null ? null : root.name());
    }
}
