package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whose side sources speak for: a government, alliance, movement or organisation (sources-service "
        + "record). Independence is decided on the root of the parent chain.")
public record Party(
        @Schema(required = true, example = Examples.PARTY_ID) String id,
        @Schema(required = true, example = "Russia") String name,
        @Schema(description = "Other names, each naming this party only.", example = "[\"Moscow\", \"Russian Federation\", \"the Kremlin\"]")
        List<String> aliases,
        @Schema(description = "ISO 3166-1 alpha-2.", example = "RU") String country,
        @Schema(description = "Id in another register, e.g. a Wikidata QID.", example = "Q159") String externalId,
        @Schema(description = "The party this one belongs to.", example = Examples.PARTY_ID) String parentId,
        @Schema(example = Examples.INSTANT) Instant createdAt,
        @Schema(example = Examples.INSTANT) Instant updatedAt,
        @Schema(description = "Entity version; sent as ETag.", example = "0") long version) {
}
