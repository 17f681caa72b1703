package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A party to create or replace.")
public record PartyInput(
        @NotBlank @Size(max = 100) @Schema(description = "Canonical name; with each alias, folded for case, diacritics and "
                + "whitespace, it must name no other party.", example = "Russia") String name,
        @Size(max = 50) @Schema(description = "Other names; absent = none.", example = "[\"Russian Federation\", \"Moscow\", \"the Kremlin\"]")
        List<@NotBlank @Size(max = 100) String> aliases,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in upper case") @Schema(example = "RU") String country,
        @Size(max = 100) @Pattern(regexp = "\\S+", message = "must not contain whitespace") @Schema(example = "Q159") String externalId,
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
        @Schema(description = "The party this one belongs to; no cycles.", example = Examples.PARTY_ID) String parentId) {

    @Schema(description = "The party that absorbs the one merged.")
    public record Merge(
            @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Schema(required = true, example = Examples.PARTY_ID) String into) {
    }
}
