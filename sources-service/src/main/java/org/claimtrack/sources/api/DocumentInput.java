package org.claimtrack.sources.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.claimtrack.sources.api.validation.HttpUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a document. */
@Schema(name = "DocumentInput", description = "A document to create, or the new state of one (PUT).")
public class DocumentInput {

    public static final int MAX_TEXT = 1_048_576;

    @NotBlank
    @HttpUrl
    @Size(max = 2000)
    @Schema(description = "Absolute http(s) URL, unique.", examples = "https://www.reuters.com/world/europe/geneva-talks-2021-12-30/",
            maxLength = 2000)
    public String url;

    @NotBlank
    @Size(max = 500)
    @Schema(examples = "Russia and U.S. to hold security talks in Geneva", maxLength = 500)
    public String title;

    @Schema(description = "Id of the source that published it; must exist.")
    public UUID publisherId;

    @Schema(examples = "2021-12-30T12:00:00Z")
    public Instant publishedAt;

    @Size(max = 35)
    @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", message = "must be a BCP 47 language tag such as en or pt-BR")
    @Schema(description = "BCP 47 language tag.", examples = "en", maxLength = 35)
    public String language;

    @Size(max = MAX_TEXT, message = "must be at most 1,048,576 characters (1 MB)")
    @Schema(description = "The archived text (at most 1,048,576 characters). Its SHA-256 becomes contentSha256. "
            + "On PUT, an absent or null archivedText keeps the current text; a different text adds a text version, "
            + "earlier ones stay readable.", maxLength = MAX_TEXT,
            examples = "Russia has deployed up to 100,000 soldiers on Ukraine's borders, Kiev says.")
    public String archivedText;

    @Size(max = 500)
    @Schema(description = "Why the text is replaced, recorded on the text version it adds (who and when are recorded "
            + "too). Ignored when the text does not change.", maxLength = 500, examples = "Publisher corrected the troop figure")
    public String reason;

    public void setUrl(String url) {
        this.url = SourceInput.trim(url);
    }

    public void setTitle(String title) {
        this.title = SourceInput.trim(title);
    }

    public void setLanguage(String language) {
        this.language = SourceInput.trim(language);
    }

    public void setReason(String reason) {
        this.reason = SourceInput.trim(reason);
    }
}
