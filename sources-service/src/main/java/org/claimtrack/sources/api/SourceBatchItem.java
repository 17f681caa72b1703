package org.claimtrack.sources.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source in {@code POST /sources/batch}: the member-of link may name the parent instead of its id. */
@Schema(name = "SourceBatchItem", description = "SourceInput, where memberOfName may replace memberOfId: the parent "
        + "is looked up by name (case-insensitively) among existing sources and the items of the same batch.")
public class SourceBatchItem extends SourceInput {

    @Size(max = 200)
    @Schema(description = "Name of the parent source, instead of memberOfId.", examples = "Russian Foreign Ministry",
            maxLength = 200)
    public String memberOfName;

    public void setMemberOfName(String memberOfName) {
        this.memberOfName = trim(memberOfName);
    }
}
