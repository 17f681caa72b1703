package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A source to create or replace.")
public record SourceInput(
        @NotBlank @Size(max = 200) @Schema(example = "Maria Zakharova") String name,
        @NotNull SourceKind kind,
        @Size(max = 100) @Schema(description = "Party spoken for, by name or alias (case and diacritics folded); empty or "
                + "absent for none. A new name creates the party, unless it is close to a known one (a typo?): then 409 "
                + "with `candidates`, and the client sends `partyId` or `newParty: true`.", example = "Russia") String affiliation,
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
        @Schema(description = "The party by id, e.g. a candidate chosen after a 409; an affiliation sent too must name it.",
                example = Examples.PARTY_ID) String partyId,
        @Schema(description = "Create the party named by affiliation even though it is close to a known one.") Boolean newParty,
        @Schema(description = "Admiralty grade; F when absent.") Reliability reliability,
        @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) @Schema(example = Examples.MINISTRY_ID) String memberOfId,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in upper case") @Schema(example = "RU") String country,
        @Size(max = 2000) @Schema(example = "https://mid.ru/en/") String url,
        @Size(max = 2000) @Schema(example = "Spokeswoman of the Russian Foreign Ministry") String description) {
}
