package org.claimtrack.sources.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.claimtrack.sources.api.validation.CountryCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create a party or replace one (PUT). Text is trimmed on arrival. */
@Schema(name = "PartyInput", description = "A party to create, or the full new state of one (PUT).")
public class PartyInput {

    public static final int MAX_ALIASES = 50;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "Canonical name, unique after folding case, diacritics and whitespace, also against other "
            + "parties' aliases; 1-100 characters.", examples = "Russia", maxLength = 100)
    public String name;

    @Size(max = MAX_ALIASES)
    @Schema(description = "Other names of the party (folded like the name; each names one party only). Absent = none.",
            examples = "[\"Russian Federation\", \"Moscow\", \"the Kremlin\"]", maxItems = MAX_ALIASES)
    public List<@NotBlank @Size(max = 100) String> aliases;

    @CountryCode
    @Schema(description = "ISO 3166-1 alpha-2 code, upper case.", examples = "RU", pattern = "^[A-Z]{2}$")
    public String country;

    @Size(max = 100)
    @Pattern(regexp = "^\\S+$", message = "must not contain whitespace")
    @Schema(description = "An identifier in another register, unique, e.g. a Wikidata QID.", examples = "Q159",
            maxLength = 100)
    public String externalId;

    @Schema(description = "The party this one belongs to (a ministry's party → its government's). Must exist; no cycles.")
    public UUID parentId;

    public void setName(String name) {
        this.name = SourceInput.trim(name);
    }

    public void setAliases(List<String> aliases) {
        this.aliases = aliases == null ? null : aliases.stream().map(SourceInput::trim).toList();
    }

    public void setCountry(String country) {
        this.country = SourceInput.trim(country);
    }

    public void setExternalId(String externalId) {
        this.externalId = SourceInput.trim(externalId);
    }

    public List<String> aliasesOrNone() {
        return aliases == null ? List.of() : aliases;
    }

    @Schema(name = "MergeRequest", description = "The party that absorbs this one.")
    public record MergeRequest(@NotNull @Schema(required = true, description = "Id of the party to merge into.") UUID into) {
    }
}
