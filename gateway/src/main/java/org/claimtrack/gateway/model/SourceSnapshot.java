package org.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The source as the claims-service recorded it for this stance (refreshed when the source changes).")
public record SourceSnapshot(
        @Schema(example = "Russian Foreign Ministry") String name,
        SourceKind kind,
        @Schema(example = "Russia") String affiliation,
        Reliability reliability) {

    public static SourceSnapshot of(Source source) {
        return new SourceSnapshot(source.name(), source.kind(),
                source.affiliation() == null ? "" : source.affiliation(), source.reliability());
    }
}
