package org.claimtrack.gateway.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stance together with the text and current status of the claim it is about.")
public record SourceStance(
        @Schema(example = Examples.STANCE_ID) String id,
        @Schema(example = Examples.CLAIM_ID) String claimId,
        @Schema(example = Examples.MINISTRY_ID) String sourceId,
        StanceType stance,
        @Schema(example = Examples.QUOTE, description = "The exact words; absent for an ATTRIBUTION.") String quote,
        Selector selector,
        @Schema(example = Examples.DOCUMENT_ID) String documentId,
        @Schema(example = Examples.INSTANT) Instant statedAt,
        @Schema(example = Examples.INSTANT) Instant createdAt,
        SourceSnapshot source,
        @Schema(example = Examples.CLAIM_TEXT) String claimText,
        ClaimStatus claimStatus,
        @Schema(description = "Present when the stance was retracted: it counted before `retractedAt`, not from then on.")
        Retraction retraction,
        @Schema(description = "QUOTE (the source's exact words, the default) or ATTRIBUTION (someone else's account, "
                + "never shown as a quote).") StanceKind kind,
        @Schema(description = "Who attests an ATTRIBUTION (e.g. the fact-checker whose review says so); absent for a QUOTE.",
                example = "PolitiFact") String reportedBy,
        @Schema(description = "The document's archived text version the quote was checked in when the stance was "
                + "recorded; absent for stances recorded before text versions were kept and for attributions.",
                example = "1")
        Integer documentVersion) {

    /** True when nobody has the verbatim words: shown as "according to <reportedBy>", never in quotation marks. */
    public boolean isAttribution() {
        return kind == StanceKind.ATTRIBUTION;
    }
}
