package org.claimtrack.sources.rest.support;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One per-field problem, as listed in a problem's {@code errors} array and in batch results. */
@Schema(name = "FieldError", description = "A problem with one field of the request.")
public record FieldError(
        @Schema(description = "Path of the field in the request: a JSON property path or a query parameter name.",
                examples = "kind") String field,
        @Schema(description = "What is wrong and what is allowed.",
                examples = "must be one of PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP") String message) {
}
