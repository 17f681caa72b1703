package org.claimtrack.sources.api;

import java.time.Instant;
import java.util.UUID;
import org.claimtrack.sources.domain.Reliability;
import org.claimtrack.sources.domain.Source;
import org.claimtrack.sources.domain.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API shows it. Absent optional values are omitted. */
@Schema(name = "Source", description = "Who speaks: a person, government, outlet, organisation or group.")
public record SourceView(
        UUID id,
        @Schema(examples = "Maria Zakharova") String name,
        SourceKind kind,
        @Schema(description = "Canonical name of the source's own party; empty = none (kept for clients of the free-text "
                + "affiliation).", examples = "Russia") String affiliation,
        @Schema(description = "The source's own party; absent = none.") PartyRef party,
        @Schema(description = "The party that decides independence: the party of the highest source in the memberOf "
                + "chain that has one, then up its parent parties. Absent = the source is its own party.") PartyRef rootParty,
        Reliability reliability,
        UUID memberOfId,
        @Schema(examples = "RU") String country,
        @Schema(examples = "https://mid.ru/en/") String url,
        @Schema(examples = "Spokeswoman of the Russian Foreign Ministry") String description,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Starts at 0, +1 per change; the ETag is this number in quotes.", examples = "0") long version) {

    public static SourceView of(Source s, PartyRef party, PartyRef rootParty) {
        return new SourceView(s.id, s.name, s.kind, party == null ? "" : party.name(), party, rootParty, s.reliability,
                s.memberOfId, s.country, s.url, s.description, s.createdAt, s.updatedAt, s.version);
    }
}
