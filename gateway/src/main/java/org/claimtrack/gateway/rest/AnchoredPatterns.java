package org.claimtrack.gateway.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A pattern in the document means what the gateway checks. Bean Validation's {@code @Pattern} must match the whole
 * value, a JSON Schema pattern matches anywhere in it (ECMA-262 search: {@code [A-Z]{2}} let "xAB" through), and a
 * generated Python client matches it from the start ({@code re.match}); so each is anchored, {@code ^(?:…)$}, and the
 * three read it alike. The scanner writes {@code @NotBlank} as {@code \S} (a non-space anywhere), which a Python
 * client read as "starts with a non-space" and so refused a quote beginning with a space: it becomes
 * {@code ^\s*\S}, the same rule under search and under {@code re.match}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AnchoredPatterns implements OASFilter {

    static final String NOT_BLANK = "\\S";

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
        }
        return schema;
    }

    static String anchored(String pattern) {
        if (pattern.equals(NOT_BLANK)) {
            return "^\\s*\\S";
        }
        if (pattern.startsWith("^") && pattern.endsWith("$") && !pattern.endsWith("\\$")) {
            return pattern;
        }
        return "^(?:" + pattern + ")$";
    }
}
