package org.claimtrack.gateway.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who speaks: a person, government, outlet, organisation or group (sources-service record).")
public record Source(
        @Schema(required = true, example = Examples.SOURCE_ID) String id,
        @Schema(required = true, example = "Maria Zakharova") String name,
        @Schema(required = true) SourceKind kind,
        @Schema(description = "Canonical name of the source's own party; empty for none.", example = "Russia") String affiliation,
        @Schema(description = "The source's own party; absent for none.") PartyRef party,
        @Schema(description = "The party that decides independence: the party of the highest source in the memberOf chain "
                + "that has one, then up its parent parties. Absent: the source is its own party.") PartyRef rootParty,
        @Schema(description = "Admiralty grade A–F.") Reliability reliability,
        @Schema(description = "Organisation this source belongs to.", example = Examples.MINISTRY_ID) String memberOfId,
        @Schema(description = "ISO 3166-1 alpha-2.", example = "RU") String country,
        @Schema(example = "https://mid.ru/en/") String url,
        @Schema(example = "Spokeswoman of the Russian Foreign Ministry") String description,
        @Schema(example = Examples.INSTANT) Instant createdAt,
        @Schema(example = Examples.INSTANT) Instant updatedAt,
        @Schema(description = "Entity version; sent as ETag.", example = "0") long version) {
}
