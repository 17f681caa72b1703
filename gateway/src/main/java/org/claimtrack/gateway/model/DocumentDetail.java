package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A document with its publisher and the stances that quote it. `stances` is absent when the "
        + "claims-service is degraded.")
public record DocumentDetail(
        @Schema(required = true) Document document,
        @Schema(description = "The publisher's current record.") Source publisher,
        Page<SourceStance> stances,
        @Schema(description = "Where the stances of `stances` quote the archived text, as the sources-service's quote "
                + "check finds them; a stance without a passage is not in the text. Absent, with `degraded` naming the "
                + "service, when they could not be located: the claims- or sources-service unreachable, or (rarely) the "
                + "text changed between two reads: read again.") List<Passage> passages,
        @Schema(required = true, example = "[]") List<Downstream> degraded,
        @Schema(required = true, description = "Ids of the stances of `stances` that stand on superseded text: the "
                + "document's text was edited after they quoted it (`documentVersion` below the document's "
                + "`textVersion`) and the current version no longer holds their passage. Their words stay readable at "
                + "/api/documents/{id}/versions/{documentVersion}. Empty when unknown (see `degraded`).", example = "[]")
        List<String> stancesOnSupersededText) {

    @Schema(name = "QuotedPassage", description = "A stance's quote in the archived text: UTF-16 offsets (Java and "
            + "JavaScript string indexes), end exclusive.")
    public record Passage(
            @Schema(required = true, example = Examples.STANCE_ID) String stanceId,
            @Schema(required = true, example = "0") int start,
            @Schema(required = true, example = "42") int end) {
    }
}
