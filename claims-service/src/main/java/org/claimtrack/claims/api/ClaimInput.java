package org.claimtrack.claims.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to create or replace a claim. */
@Schema(name = "ClaimInput", description = "A checkable statement in one sentence, with topic, tags and language.")
public record ClaimInput(
        @NotNull @Size(min = 10, max = 1000)
        @Schema(required = true, minLength = 10, maxLength = 1000, description = "One checkable sentence; trimmed; unique after case and whitespace folding.",
                examples = "Russia has deployed up to 100,000 soldiers on Ukraine's borders.")
        String text,
        @Size(max = 200) @Schema(maxLength = 200, description = "Optional short form.", examples = "100,000 troops on the border")
        String headline,
        @Size(max = 100) @Schema(maxLength = 100, examples = "Russia-Ukraine") String topic,
        @Size(max = 20) @Schema(maxItems = 20, description = "0-20 tags of 1-50 characters (trimmed, duplicates dropped).")
        List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 35) // the column's width: a longer tag of the right shape was a 500 through the batch import
        @Pattern(regexp = LANGUAGE, message = "must be a BCP 47 language tag such as en or pt-BR")
        @Schema(pattern = LANGUAGE, maxLength = 35, defaultValue = "en", description = "BCP 47 language tag of the text.", examples = "en")
        String language,
        @Schema(description = "When the claimed thing is said to happen (optional).", examples = "2021-12-30T00:00:00Z")
        Instant eventTime) {

    public static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    /** Trimmed values, blank optionals dropped, tags de-duplicated, language defaulted: validated after this. */
    public ClaimInput normalized() {
        // a null tag is kept so that validation reports it
        List<String> cleanTags = tags == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(tags.stream().map(t -> t == null ? null : t.strip()).toList()));
        return new ClaimInput(text == null ? null : text.strip(), blankToNull(headline), blankToNull(topic), cleanTags,
                language == null || language.isBlank() ? "en" : language.strip(), eventTime);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
