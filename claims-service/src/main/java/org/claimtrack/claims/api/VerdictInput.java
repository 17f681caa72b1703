package org.claimtrack.claims.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.claimtrack.claims.status.Rating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's conclusion; verdicts are append-only. */
@Schema(name = "VerdictInput", description = "A reviewer's conclusion on the claim.")
public record VerdictInput(
        @NotNull @Schema(required = true, examples = "MOSTLY_TRUE") Rating rating,
        @NotNull @Size(min = 20, max = 5000) @Schema(required = true, minLength = 20, maxLength = 5000,
                examples = "Satellite images and Western intelligence estimates put the build-up near 100,000 troops.")
        String explanation,
        @NotNull @Size(min = 1, max = 200) @Schema(required = true, minLength = 1, maxLength = 200,
                description = "The reviewer: the reviewing organisation of an imported review.", examples = "A. Reviewer")
        String reviewer,
        @Schema(description = "When the reviewer published it: the time the verdict counts from (asOf). Default: when it "
                + "is recorded. Later than now (beyond 5 minutes of clock skew) is a 400.", examples = "2021-12-31T09:00:00Z")
        Instant publishedAt,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
        @Schema(maxLength = 2000, description = "Where the review was published.", examples = "https://factcheck.example/troops")
        String url,
        @Size(min = 1, max = 200) @Schema(minLength = 1, maxLength = 200, description = "The reviewing organisation when "
                + "it is not us (an imported review's author); absent for a verdict by our own reviewers.",
                examples = "FactCheck Org") String organization) {

    public VerdictInput normalized() {
        return new VerdictInput(rating, explanation == null ? null : explanation.strip(),
                reviewer == null ? null : reviewer.strip(),
                publishedAt == null ? null : publishedAt.truncatedTo(ChronoUnit.MILLIS), url == null ? null : url.strip(),
                organization == null ? null : organization.strip());
    }
}
