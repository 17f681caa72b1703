package org.claimtrack.sources.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimtrack.sources.domain.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party as the API shows it. */
@Schema(name = "Party", description = "Whose side sources speak for: a government, alliance, movement or organisation. "
        + "Independence is decided on the root of the parent chain.")
public record PartyView(
        UUID id,
        @Schema(examples = "Russia") String name,
        @Schema(description = "Other names, sorted.", examples = "[\"Moscow\", \"Russian Federation\", \"the Kremlin\"]")
        List<String> aliases,
        @Schema(examples = "RU") String country,
        @Schema(examples = "Q159") String externalId,
        UUID parentId,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Starts at 0, +1 per change; the ETag is this number in quotes.", examples = "0") long version) {

    public static PartyView of(Party p, List<String> aliases) {
        return new PartyView(p.id, p.name, aliases, p.country, p.externalId, p.parentId, p.createdAt, p.updatedAt,
                p.version);
    }

    @Schema(name = "PartyPage", description = "One page of parties.")
    public record Page(List<PartyView> items, int page, int size,
            @Schema(description = "Number of parties matching the filters.") long total) {
    }

    @Schema(name = "SourceIds", description = "Ids of sources.")
    public record SourceIds(List<UUID> sourceIds) {
    }
}
