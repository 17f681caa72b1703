package org.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Everything on record about one claim: status and evidence, every stance with its source, "
        + "quote and document, verdicts (latest first) and similar claims. With `asOf`, as it stood at that instant: "
        + "stances stated and verdicts given after it are left out (`afterAsOf` counts them).")
public record Dossier(
        @Schema(required = true) Claim claim,
        @Schema(required = true, description = "The status now, or as of `asOf`.") StatusReport status,
        @Schema(required = true, description = "In the order stated; retracted ones included (with `retraction`).")
        List<DossierStance> stances,
        @Schema(required = true, description = "Latest first; withdrawn ones included (with `withdrawal`).") List<Verdict> verdicts,
        @Schema(description = "The instant the dossier is shown as of; absent for now.", example = "2021-12-30T09:00:00Z")
        Instant asOf,
        @Schema(description = "With `asOf` only: how many stances and verdicts on record were made after it and are left out.")
        AfterAsOf afterAsOf,
        @Schema(description = "Present when the evidence changed after the verdict that counts was given: the verdict may be "
                + "out of date. Absent when there is no such verdict or nothing changed since.")
        EvidenceSinceVerdict evidenceSinceVerdict,
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
            @Schema(example = Examples.QUOTE, description = "The exact words; absent for an ATTRIBUTION.") String quote,
            Selector selector,
            @Schema(example = Examples.INSTANT) Instant statedAt,
            @Schema(example = Examples.INSTANT) Instant createdAt,
            @Schema(example = Examples.MINISTRY_ID) String sourceId,
            @Schema(description = "Current record from the sources-service.") Source source,
            SourceSnapshot sourceSnapshot,
            @Schema(example = Examples.DOCUMENT_ID) String documentId,
            DocumentSummary document,
            @Schema(description = "Present when the stance was retracted. In a dossier with `asOf`, a retraction later than `asOf` "
                    + "is still shown: the stance counted at `asOf`.") Retraction retraction,
            @Schema(description = "QUOTE (the source's exact words, the default) or ATTRIBUTION (someone else's account, "
                        + "never shown as a quote).") StanceKind kind,
            @Schema(description = "Who attests an ATTRIBUTION (e.g. the fact-checker whose review says so); absent for a QUOTE.",
                        example = "PolitiFact") String reportedBy,
            @Schema(description = "The document's text version the quote was checked in when the stance was recorded; "
                    + "absent for stances recorded before text versions were kept and for attributions.", example = "1")
            Integer documentVersion,
            @Schema(description = "True when the document's text was edited after the stance quoted it and the current "
                    + "version (`document.textVersion`) no longer contains the passage: the stance still counts, "
                    + "flagged; its words stay readable in the version it quoted. False when the current text holds it, "
                    + "and for an ATTRIBUTION with a document (it quotes no words); "
                    + "absent without a document or when the sources-service could not be asked.", example = "false")
            Boolean onSupersededText) {

        /** True when nobody has the verbatim words: shown as "according to <reportedBy>", never in quotation marks. */
        public boolean isAttribution() {
            return kind == StanceKind.ATTRIBUTION;
        }
    }

    @Schema(description = "What the record holds beyond the dossier's `asOf`, left out of it.")
    public record AfterAsOf(
            @Schema(description = "Stances stated after `asOf`.", example = "2") int stances,
            @Schema(description = "Verdicts published after `asOf`.", example = "0") int verdicts) {
    }

    @Schema(description = "Evidence recorded after the verdict that counts was published.")
    public record EvidenceSinceVerdict(
            @Schema(example = Examples.VERDICT_ID) String verdictId,
            @Schema(description = "When that verdict was published (`publishedAt`).", example = "2022-01-12T10:00:00Z") Instant verdictGivenAt,
            @Schema(description = "Stances recorded (`createdAt`) after the verdict was published.", example = "2") int stancesAdded,
            @Schema(description = "Stances retracted (`retractedAt`) after the verdict was published.", example = "0") int stancesRetracted,
            @Schema(description = "The same in words.", example = "2 stances added since the verdict of 12 Jan 2022") String summary) {
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
