package org.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A verdict to append, signed by the signed-in user.")
public record VerdictInput(
        @NotNull Rating rating,
        @NotBlank @Size(max = 5000) @Schema(example = "Satellite imagery from several independent providers shows the build-up.") String explanation,
        @Size(max = 200) @Schema(maxLength = 200, description = "Who signs it; absent = the signed-in user (the web UI always "
                + "signs with the signed-in user).", example = "desk@claimtrack.example") String reviewer,
        @Size(max = 150) @Schema(maxLength = 150, description = "Optional: the person or desk the signer records it for; "
                + "the verdict's reviewer then reads \"<signer> on behalf of <onBehalfOf>\".", example = "the chief editor")
        String onBehalfOf) {
}
