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
        List<Downstream> degraded,
        @Schema(required = true, description = "Ids of the stances that stand on superseded text (`onSupersededText`): "
                + "their document's archived text was edited after they quoted it and the current version no longer "
                + "contains their passage. They still count for the status, flagged (docs/STATUS-RULES.md).",
                example = "[]")
        List<String> stancesOnSupersededText) {

    @Schema(description = "A stance with the current record of its source and its document. `source`, `document` "
            + "and `publisher` are absent when the sources-service is degraded; `sourceSnapshot` is the claims-service's copy.")
    public record DossierStance(
            @Schema(example = Examples.STANCE_ID) String id,
            StanceType stance,
            @Schema(example = Examples.QUOTE) String quote,
            Selector selector,
            @Schema(example = Examples.INSTANT) Instant statedAt,
            @Schema(example = Examples.INSTANT) Instant createdAt,
            @Schema(example = Examples.MINISTRY_ID) String sourceId,
            @Schema(description = "Current record from the sources-service.") Source source,
            SourceSnapshot sourceSnapshot,
            @Schema(example = Examples.DOCUMENT_ID) String documentId,
            DocumentSummary document,
            @Schema(description = "The document's text version the quote was checked in when the stance was recorded; "
                    + "absent for stances recorded before text versions were kept.", example = "1") Integer documentVersion,
            @Schema(description = "True when the document's text was edited after the stance quoted it and the current "
                    + "version (`document.textVersion`) no longer contains the passage: the stance still counts, "
                    + "flagged; its words stay readable in the version it quoted. False when the current text holds it; "
                    + "absent without a document or when the sources-service could not be asked.", example = "false")
            Boolean onSupersededText) {
    }

    @Schema(description = "The document a stance quotes, with its publisher's name.")
    public record DocumentSummary(
            @Schema(example = Examples.DOCUMENT_ID) String id,
            @Schema(example = "Russia wants sure US guarantees during the Geneva talks") String title,
            @Schema(example = Examples.DOCUMENT_URL) String url,
            @Schema(example = Examples.SOURCE_ID) String publisherId,
            @Schema(example = "Example News") String publisher,
            @Schema(example = Examples.INSTANT) Instant publishedAt,
            @Schema(example = "en") String language,
            @Schema(description = "The current archived text version; absent without text.", example = "1") Integer textVersion) {
    }
}
