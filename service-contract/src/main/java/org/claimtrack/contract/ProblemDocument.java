package org.claimtrack.contract;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI description of every error body (RFC 9457). Only documents the shape: problems are built
 * by {@link Problems} and rendered by quarkus-resteasy-problem, whose OpenAPI filter points every
 * error response without content at this schema ({@code quarkus.resteasy.problem.openapi.default-schema}).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details. Never contains stack traces, SQL or class names.")
public record ProblemDocument(
        @Schema(description = "Problem type; about:blank means the title is the HTTP status phrase.",
                examples = "about:blank") String type,
        @Schema(description = "HTTP reason phrase.", examples = "Bad Request") String title,
        @Schema(description = "HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong, for a person.", examples = "Invalid kind: must be one of PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP") String detail,
        @Schema(description = "The request path.", examples = "/sources") String instance,
        @Schema(description = "Per-field problems, when the request had invalid fields.") List<FieldError> errors,
        @Schema(description = "On 409 for a duplicate: the id of the record that already exists.") UUID existingId,
        @Schema(description = "On 409 for a delete that is still referenced: what references it.") List<Reference> references,
        @Schema(description = "On 409 for an affiliation that names no party but is close to some (a typo?): the parties "
                + "it may mean, closest first.") List<PartyCandidate> candidates,
        @Schema(description = "On 422 for a web page that was not archived: why, as a code.",
                enumeration = {"SCHEME", "PRIVATE_ADDRESS", "UNKNOWN_HOST", "UNREACHABLE", "TIMEOUT", "HTTP_STATUS",
                        "REDIRECTS", "CONTENT_TYPE", "TOO_LARGE", "NO_TEXT"}, examples = "PRIVATE_ADDRESS") String refusal) {

    @Schema(name = "PartyCandidate", description = "An existing party whose name or alias is close to the text sent.")
    public record PartyCandidate(UUID id, @Schema(examples = "Russia") String name,
            @Schema(description = "The alias that is close to the text, when the close match is not the name.",
                    examples = "Russian Federation") String matchedAlias) {
    }

    @Schema(name = "Reference", description = "A record that refers to the one the request tried to delete.")
    public record Reference(
            @Schema(description = "SOURCE (member of it) or DOCUMENT (published by it).", examples = "DOCUMENT") String kind,
            UUID id,
            @Schema(description = "Source name or document title.", examples = "Briefing by the Foreign Ministry spokeswoman") String name) {
    }
}
