package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Everything on record about one claim: status and evidence, every stance with its source, "
        + "quote and document, verdicts (latest first) and similar claims.")
public record Dossier(
        @Schema(required = true) Claim claim,
        @Schema(required = true) StatusReport status,
        @Schema(required = true) List<DossierStance> stances,
        @Schema(required = true, description = "Latest first.") List<Verdict> verdicts,
        @Schema(description = "Up to five other claims with similar text. Absent when `degraded` contains `similar` "
                + "(the search timed out or failed): the dossier does not wait for or fail on it.")
        List<SimilarClaims.SimilarClaim> similar,
        @Schema(required = true, description = "What could not be reached: `sources` (stance `source`, `document` absent) "
                + "or `similar` (`similar` absent); those fields are absent, never invented. Empty when the answer is complete.",
                example = "[]")
        List<Downstream> degraded) {

    @Schema(description = "A stance with the current record of its source and its document. `source`, `document` "
            + "and `publisher` are absent when the sources-service is degraded; `sourceSnapshot` is the claims-service's copy.")
    public record DossierStance(
            @Schema(example = Examples.STANCE_ID) String id,
            StanceType stance,
            @Schema(example = Examples.QUOTE, description = "The exact words; absent for an ATTRIBUTION.") String quote,
            Selector selector,
            @Schema(example = Examples.INSTANT) Instant statedAt,
            @Schema(example = Examples.INSTANT) Instant createdAt,
            @Schema(example = Examples.MINISTRY_ID) String sourceId,
            @Schema(description = "Current record from the sources-service.") Source source,
            SourceSnapshot sourceSnapshot,
            @Schema(example = Examples.DOCUMENT_ID) String documentId,
            DocumentSummary document,
            @Schema(description = "QUOTE (the source's exact words, the default) or ATTRIBUTION (someone else's account, "
                        + "never shown as a quote).") StanceKind kind,
            @Schema(description = "Who attests an ATTRIBUTION (e.g. the fact-checker whose review says so); absent for a QUOTE.",
                        example = "PolitiFact") String reportedBy) {

        /** True when nobody has the verbatim words: shown as "according to <reportedBy>", never in quotation marks. */
        public boolean isAttribution() {
            return kind == StanceKind.ATTRIBUTION;
        }
    }

    @Schema(description = "The document a stance quotes, with its publisher's name.")
    public record DocumentSummary(
            @Schema(example = Examples.DOCUMENT_ID) String id,
            @Schema(example = "Russia wants sure US guarantees during the Geneva talks") String title,
            @Schema(example = Examples.DOCUMENT_URL) String url,
            @Schema(example = Examples.SOURCE_ID) String publisherId,
            @Schema(example = "Example News") String publisher,
            @Schema(example = Examples.INSTANT) Instant publishedAt,
            @Schema(example = "en") String language) {
    }
}
