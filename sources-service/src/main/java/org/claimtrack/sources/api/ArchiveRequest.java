package org.claimtrack.sources.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.claimtrack.sources.api.validation.HttpUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A web page to fetch once and archive as a new document. */
@Schema(name = "ArchiveRequest", description = "The address of a web page to archive, and what the page cannot say "
        + "about itself. The title defaults to the page's own title.")
public class ArchiveRequest {

    @NotBlank
    @HttpUrl
    @Size(max = 2000)
    @Schema(description = "Absolute http(s) URL of the page.", required = true, maxLength = 2000,
            examples = "https://www.reuters.com/world/europe/geneva-talks-2021-12-30/")
    public String url;

    @Size(max = 500)
    @Schema(description = "Title of the document; absent = the page's <title>.", maxLength = 500,
            examples = "Russia and U.S. to hold security talks in Geneva")
    public String title;

    @Schema(description = "Id of the source that published it; must exist.")
    public UUID publisherId;

    @Schema(examples = "2021-12-30T12:00:00Z")
    public Instant publishedAt;

    @Size(max = 35)
    @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", message = "must be a BCP 47 language tag such as en or pt-BR")
    @Schema(description = "BCP 47 language tag.", examples = "en", maxLength = 35)
    public String language;

    public void setUrl(String url) {
        this.url = SourceInput.trim(url);
    }

    public void setTitle(String title) {
        this.title = SourceInput.trim(title);
    }

    public void setLanguage(String language) {
        this.language = SourceInput.trim(language);
    }
}
