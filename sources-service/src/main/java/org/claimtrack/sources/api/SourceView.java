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
        @Schema(description = "Empty = independent.", examples = "Russia") String affiliation,
        Reliability reliability,
        UUID memberOfId,
        @Schema(examples = "RU") String country,
        @Schema(examples = "https://mid.ru/en/") String url,
        @Schema(examples = "Spokeswoman of the Russian Foreign Ministry") String description,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Starts at 0, +1 per change; the ETag is this number in quotes.", examples = "0") long version) {

    public static SourceView of(Source s) {
        return new SourceView(s.id, s.name, s.kind, s.affiliation, s.reliability, s.memberOfId, s.country, s.url,
                s.description, s.createdAt, s.updatedAt, s.version);
    }
}
