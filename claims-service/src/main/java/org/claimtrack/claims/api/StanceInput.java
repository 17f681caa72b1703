package org.claimtrack.claims.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.domain.SourceKind;
import org.claimtrack.claims.domain.StanceKind;
import org.claimtrack.contract.FieldError;
import org.claimtrack.claims.status.Reliability;
import org.claimtrack.claims.status.StanceType;
import org.claimtrack.contract.NotInFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to record a source's stance on a claim. */
@Schema(name = "StanceInput", description = "One source's position on the claim, in its exact words (kind QUOTE) or attested by "
        + "someone else without them (kind ATTRIBUTION), with the source snapshot.")
public record StanceInput(
        @NotNull @Schema(required = true, description = "The source (sources-service id).") UUID sourceId,
        @NotNull @Schema(required = true, examples = "DENIES") StanceType stance,
        @Size(min = 1, max = 5000)
        @Schema(minLength = 1, maxLength = 5000, description = "The exact words: required for a QUOTE, absent for an ATTRIBUTION.",
                examples = "Moscow denied it.")
        String quote,
        @Valid Selector selector,
        @Schema(description = "The document (sources-service id) where the statement was published.") UUID documentId,
        @NotNull @NotInFuture
        @Schema(required = true, description = "When the source said it; not in the future (5 minutes of clock skew tolerated).",
                examples = "2021-12-30T12:00:00Z")
        Instant statedAt,
        @NotNull @Valid @Schema(required = true) SourceSnapshot source,
        @Schema(defaultValue = "QUOTE", description = "QUOTE: the source's exact words. ATTRIBUTION: nobody on record has "
                + "them; `reportedBy` attests the position, and it is never shown as a quote.", examples = "QUOTE")
        StanceKind kind,
        @Size(min = 1, max = 200) @Schema(minLength = 1, maxLength = 200, description = "Who attests an ATTRIBUTION "
                + "(e.g. the fact-checker whose review says so): required for an ATTRIBUTION, absent for a QUOTE.",
                examples = "PolitiFact")
        String reportedBy,
        @Positive @Schema(description = "The version of the document's archived text the quote was checked in "
                + "(sources-service text version); only with documentId, and never on an ATTRIBUTION (it has no words "
                + "to check).", examples = "1", minimum = "1")
        Integer documentVersion) {

    /** W3C TextQuoteSelector into the document. */
    @Schema(name = "Selector", description = "W3C TextQuoteSelector locating the quote in the document.")
    public record Selector(
            @NotNull @Size(min = 1, max = 5000) @Schema(required = true, minLength = 1, maxLength = 5000,
                    examples = "which Moscow denied") String exact,
            @Size(max = 1000) @Schema(maxLength = 1000, examples = "in preparation for attacking it, ") String prefix,
            @Size(max = 1000) @Schema(maxLength = 1000, examples = ".") String suffix) {
    }

    /** The source as the sources-service knew it when the stance was written (the gateway fills it). */
    @Schema(name = "SourceSnapshot", description = "The source's name, kind, affiliation, root party and reliability, "
            + "copied from the sources-service.")
    public record SourceSnapshot(
            @NotNull @Size(min = 1, max = 200) @Schema(required = true, minLength = 1, maxLength = 200,
                    examples = "Government of Russia") String name,
            @NotNull @Schema(required = true, examples = "GOVERNMENT") SourceKind kind,
            @Size(max = 100) @Schema(maxLength = 100, description = "The source's own party; empty = none.",
                    examples = "Russia") String affiliation,
            @Schema(defaultValue = "F", description = "Admiralty reliability A-F.", examples = "C") Reliability reliability,
            @Schema(description = "Id of the source's root party (sources-service): stances are independent when their "
                    + "root parties differ. Absent: the affiliation, folded, stands in; with neither the source is its own party.")
            UUID rootPartyId,
            @Size(max = 100) @Schema(maxLength = 100, description = "The root party's name, shown in the evidence.",
                    examples = "Russia") String rootPartyName) {

        public SourceSnapshot(String name, SourceKind kind, String affiliation, Reliability reliability) {
            this(name, kind, affiliation, reliability, null, null);
        }

        public SourceSnapshot normalized() {
            return new SourceSnapshot(name == null ? null : name.strip(), kind,
                    affiliation == null ? "" : affiliation.strip(), reliability == null ? Reliability.F : reliability,
                    rootPartyId, rootPartyId == null || rootPartyName == null ? null : rootPartyName.strip());
        }
    }

    public StanceInput normalized() {
        return new StanceInput(sourceId, stance, quote == null ? null : quote.strip(), selector, documentId, statedAt,
                source == null ? null : source.normalized(), kind == null ? StanceKind.QUOTE : kind,
                reportedBy == null ? null : reportedBy.strip(), documentVersion);
    }

    /** What Bean Validation cannot say field by field: a QUOTE has words, an ATTRIBUTION has none but a reporter. */
    public List<FieldError> kindErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == StanceKind.ATTRIBUTION) {
            if (quote != null) {
                errors.add(new FieldError("quote", "must be absent for an ATTRIBUTION (it has no verbatim words; use kind QUOTE for exact words)"));
            }
            if (selector != null) {
                errors.add(new FieldError("selector", "must be absent for an ATTRIBUTION (there are no words to locate)"));
            }
            if (reportedBy == null || reportedBy.isEmpty()) {
                errors.add(new FieldError("reportedBy", "must name who attests an ATTRIBUTION"));
            }
        } else {
            if (quote == null) {
                errors.add(new FieldError("quote", "must not be null"));
            }
            if (reportedBy != null) {
                errors.add(new FieldError("reportedBy", "must be absent for a QUOTE (only an ATTRIBUTION is reported by someone else)"));
            }
        }
        if (documentVersion != null) {
            // A text version means nothing without the document it is a version of, nor without words checked in it.
            if (documentId == null) {
                errors.add(new FieldError("documentVersion", "needs documentId: it is a version of that document's text"));
            }
            if (kind == StanceKind.ATTRIBUTION) {
                errors.add(new FieldError("documentVersion", "must be absent for an ATTRIBUTION (no words were checked "
                        + "in a text version; it may still name its documentId)"));
            }
        }
        return errors;
    }
}
