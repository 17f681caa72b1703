package org.claimtrack.claims.rest.support;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI description of every error body (RFC 9457); problems themselves are built by {@link Problems}
 * and rendered by quarkus-resteasy-problem.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details. Never contains stack traces, SQL or class names.")
public record ProblemDocument(
        @Schema(description = "Problem type; about:blank means the title is the HTTP status phrase.", examples = "about:blank")
        String type,
        @Schema(description = "HTTP reason phrase.", examples = "Bad Request") String title,
        @Schema(description = "HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong, for a person.", examples = "Invalid text: size must be between 10 and 1000")
        String detail,
        @Schema(description = "The request path.", examples = "/claims") String instance,
        @Schema(description = "Per-field problems, when the request had invalid fields.") List<FieldError> errors,
        @Schema(description = "On 409 for a duplicate: the id of the record that already exists.") UUID existingId) {
}
