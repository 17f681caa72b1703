package org.claimtrack.sources.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.claimtrack.sources.domain.Reliability;
import org.claimtrack.sources.domain.SourceKind;
import org.claimtrack.sources.api.validation.CountryCode;
import org.claimtrack.sources.api.validation.HttpUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a source. Text fields are trimmed on arrival. */
@Schema(name = "SourceInput", description = "A source to create, or the full new state of one (PUT).")
public class SourceInput {

    @NotBlank
    @Size(max = 200)
    @Schema(description = "Unique name, case-insensitively; 1-200 characters after trimming.", examples = "Maria Zakharova",
            maxLength = 200)
    public String name;

    @NotNull
    @Schema(examples = "PERSON")
    public SourceKind kind;

    @Size(max = 100)
    @Schema(description = "The party whose side the source speaks for, by name or alias (case, diacritics and whitespace "
            + "folded), 0-100 characters; empty or absent = no party of its own. An unknown name creates the party, unless "
            + "it is close to an existing name or alias (a typo?): then the answer is 409 with candidates, and the client "
            + "sends partyId, or newParty true to create it anyway.", examples = "Russia", maxLength = 100)
    public String affiliation;

    @Schema(description = "The party, by id (instead of affiliation; when both are sent, affiliation must name this party).")
    public UUID partyId;

    @Schema(description = "Create the party named by affiliation even though it is close to an existing one.",
            defaultValue = "false")
    public Boolean newParty;

    @Schema(description = "Admiralty grade; F when absent.", examples = "C")
    public Reliability reliability;

    @Schema(description = "Id of the source this one belongs to (a spokeswoman → her ministry). Must exist; no cycles.")
    public UUID memberOfId;

    @CountryCode
    @Schema(description = "ISO 3166-1 alpha-2 code, upper case.", examples = "RU", pattern = "^[A-Z]{2}$")
    public String country;

    @HttpUrl
    @Size(max = 2000)
    @Schema(description = "Absolute http(s) URL.", examples = "https://mid.ru/en/", maxLength = 2000)
    public String url;

    @Size(max = 2000)
    @Schema(description = "At most 2,000 characters.", examples = "Spokeswoman of the Russian Foreign Ministry",
            maxLength = 2000)
    public String description;

    public void setName(String name) {
        this.name = trim(name);
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = trim(affiliation);
    }

    public void setCountry(String country) {
        this.country = trim(country);
    }

    public void setUrl(String url) {
        this.url = trim(url);
    }

    public boolean confirmsNewParty() {
        return Boolean.TRUE.equals(newParty);
    }

    static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
