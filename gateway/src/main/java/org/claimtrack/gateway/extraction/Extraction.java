package org.claimtrack.gateway.extraction;

import java.time.Instant;
import java.util.List;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Selector;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.model.StanceType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Extraction", description = "Claims and stances the extraction rules propose for one text version of a "
        + "document. Proposals are suggestions only: nothing is on record until a person accepts one, which writes the "
        + "claim and its stances through the normal API (duplicate and quote checks apply).")
public record Extraction(
        @Schema(required = true, example = Examples.EXTRACTION_ID) String id,
        @Schema(required = true, example = Examples.DOCUMENT_ID) String documentId,
        @Schema(description = "The text version read", example = "1") Integer textVersion,
        @Schema(description = "SHA-256 of the text read: quotes are spans of exactly this text",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentSha256,
        @Schema(example = "en") String language,
        @Schema(description = "The rules and lexicon that made the proposals", example = "rules-en/1") String engine,
        @Schema(example = "editor") String actor,
        @Schema(example = Examples.INSTANT) Instant createdAt,
        @Schema(required = true) List<Proposal> proposals) {

    @Schema(name = "ExtractionProposal", description = "A proposed claim with who takes which position on it.")
    public record Proposal(
            @Schema(required = true, description = "Position in the extraction, from 0", example = "0") int index,
            @Schema(required = true, description = "One checkable sentence", example = Examples.CLAIM_TEXT) String claimText,
            @Schema(required = true) List<ProposedStance> stances,
            @Schema(required = true, description = "PROPOSED until a person accepts or rejects it") Decision decision,
            @Schema(description = "The claim it was accepted into", example = Examples.CLAIM_ID) String claimId,
            @Schema(description = "Who decided", example = "editor") String decidedBy,
            @Schema(example = Examples.INSTANT) Instant decidedAt) {
    }

    @Schema(name = "ExtractionStance", description = "A proposed stance: the speaker, the position, the exact words "
            + "(always a span of the document's text), when, and why the rules propose it.")
    public record ProposedStance(
            @Schema(required = true) Speaker speaker,
            @Schema(required = true) StanceType stance,
            @Schema(required = true, example = "which Moscow denied") String quote,
            @Schema(required = true) Selector selector,
            @Schema(description = "Offset of the quote in the text (UTF-16 code units)", example = "2795") int start,
            @Schema(description = "End of the quote, exclusive", example = "2814") int end,
            @Schema(required = true, description = "The document's date unless the sentence says otherwise "
                    + "(\"yesterday\")", example = Examples.INSTANT) Instant statedAt,
            @Schema(required = true, description = "The rule and the cue word that produced it",
                    example = "\"…, which X denied\" — cue \"denied\"") String reason,
            @Schema(required = true, minimum = "0", maximum = "1", example = "0.85") double confidence) {
    }

    @Schema(name = "ExtractionSpeaker", description = "Who speaks: an existing source (`sourceId`) or a new source to "
            + "suggest (name, kind, party), resolved through the party registry's names and aliases.")
    public record Speaker(
            @Schema(required = true, description = "How the document named them", example = "Moscow") String mention,
            @Schema(description = "The existing source; absent for a suggestion", example = Examples.SOURCE_ID)
            String sourceId,
            @Schema(required = true, example = "Government of Russia") String name,
            @Schema(required = true) SourceKind kind,
            @Schema(description = "The party it speaks for; absent for none", example = "Russia") String party) {
    }

    @Schema(name = "ExtractionDecision", enumeration = {"PROPOSED", "ACCEPTED", "REJECTED"})
    public enum Decision {
        PROPOSED, ACCEPTED, REJECTED
    }
}
