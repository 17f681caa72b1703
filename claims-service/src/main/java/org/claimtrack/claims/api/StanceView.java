package org.claimtrack.claims.api;

import java.time.Instant;
import java.util.UUID;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.domain.StanceKind;
import org.claimtrack.claims.status.StanceType;
import org.claimtrack.claims.status.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded stance; {@code claimText} and {@code claimStatus} only in lists by source or document. */
@Schema(name = "Stance", description = "One source's recorded position on one claim, with the source snapshot.")
public record StanceView(
        UUID id,
        UUID claimId,
        UUID sourceId,
        @Schema(examples = "DENIES") StanceType stance,
        @Schema(description = "The exact words; absent for an ATTRIBUTION.", examples = "Moscow denied it.") String quote,
        StanceInput.Selector selector,
        UUID documentId,
        Instant statedAt,
        Instant createdAt,
        StanceInput.SourceSnapshot source,
        @Schema(description = "Present when the stance was retracted: it counts before retractedAt, not from then on.")
        Retraction retraction,
        @Schema(description = "The claim's text (in GET /stances only).") String claimText,
        @Schema(description = "The claim's stored status (in GET /stances only).") VerificationStatus claimStatus,
        @Schema(description = "QUOTE (exact words) or ATTRIBUTION (someone else's account, never shown as a quote).",
                examples = "QUOTE") StanceKind kind,
        @Schema(description = "Who attests an ATTRIBUTION; absent for a QUOTE.", examples = "PolitiFact") String reportedBy,
        @Schema(description = "The document text version the quote was taken from; absent for stances recorded "
                + "before text versions were kept, for stances without a document and for attributions.", examples = "1")
        Integer documentVersion) {

    public static StanceView of(Stance s) {
        return of(s, null, null);
    }

    public static StanceView of(Stance s, String claimText, VerificationStatus claimStatus) {
        StanceInput.Selector selector = s.selectorExact == null ? null
                : new StanceInput.Selector(s.selectorExact, s.selectorPrefix, s.selectorSuffix);
        return new StanceView(s.id, s.claimId, s.sourceId, s.stance, s.quote, selector, s.documentId, s.statedAt,
                s.createdAt, new StanceInput.SourceSnapshot(s.sourceName, s.sourceKind, s.sourceAffiliation,
                        s.sourceReliability, s.sourceRootPartyId, s.sourceRootParty),
                s.endedAt == null ? null : new Retraction(s.endedAt, s.endReason), claimText, claimStatus,
                s.kind, s.reportedBy, s.documentVersion);
    }
}
