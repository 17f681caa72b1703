package org.claimtrack.sources.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list, look-up and batch bodies of both resources. */
public final class Lists {

    private Lists() {
    }

    public static final int MAX_LOOKUP = 500;

    @Schema(name = "SourcePage", description = "One page of sources.")
    public record SourcePage(List<SourceView> items, int page, int size,
            @Schema(description = "Number of sources matching the filters.") long total) {
    }

    @Schema(name = "DocumentPage", description = "One page of documents (without archived text).")
    public record DocumentPage(List<DocumentView> items, int page, int size,
            @Schema(description = "Number of documents matching the filters.") long total) {
    }

    @Schema(name = "LookupRequest", description = "Ids to fetch in one call, at most " + MAX_LOOKUP + ".")
    public record LookupRequest(
            @NotNull @Size(max = MAX_LOOKUP) @Schema(maxItems = MAX_LOOKUP) List<@NotNull UUID> ids) {
    }

    @Schema(name = "SourceLookup", description = "The sources found, in request order, and the ids that do not exist.")
    public record SourceLookup(List<SourceView> items, List<UUID> missingIds) {
    }

    @Schema(name = "PartyChains", description = "How each source's root party was decided, in request order (each source "
            + "once), and the ids asked for that do not exist.")
    public record PartyChains(List<PartyChain> items, List<UUID> missingIds) {
    }

    @Schema(name = "DocumentLookup", description = "The documents found (without text), in request order, and the ids that do not exist.")
    public record DocumentLookup(List<DocumentView> items, List<UUID> missingIds) {
    }

    @Schema(name = "RecordsRequest", description = "Source and document ids to fetch in one call, at most "
            + MAX_LOOKUP + " of each; either list may be absent.")
    public record RecordsRequest(
            @Size(max = MAX_LOOKUP) @Schema(maxItems = MAX_LOOKUP) List<@NotNull UUID> sourceIds,
            @Size(max = MAX_LOOKUP) @Schema(maxItems = MAX_LOOKUP) List<@NotNull UUID> documentIds) {
        public List<UUID> sourceIdsOrNone() {
            return sourceIds == null ? List.of() : sourceIds;
        }

        public List<UUID> documentIdsOrNone() {
            return documentIds == null ? List.of() : documentIds;
        }
    }

    @Schema(name = "Records", description = "The documents found (without text) and the sources found: those asked for, "
            + "then the publishers of the documents found; each in request order, once. Missing ids are the ones asked for that do not exist.")
    public record Records(List<SourceView> sources, List<DocumentView> documents, List<UUID> missingSourceIds,
            List<UUID> missingDocumentIds) {
    }
}
