package org.claimtrack.gateway.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "An import of a bundle or ClaimReview feed, and how far it got. Items are the "
        + "sources, documents, claims, stances and verdicts of the upload; each ends created, unchanged (already on "
        + "record under its natural key) or failed (see errors).")
public record ImportJob(
        UUID id,
        ImportFormat format,
        @Schema(description = "QUEUED, RUNNING, SUCCEEDED (every item created or unchanged), COMPLETED_WITH_ERRORS "
                + "(some items failed, see errors) or FAILED (stopped: see detail; re-running the same upload is safe)")
        Status status,
        @Schema(description = "Name of the uploaded file, when sent as multipart") String fileName,
        @Schema(description = "Items in the upload", example = "49") long total,
        @Schema(description = "Items processed so far", example = "49") long done,
        @Schema(example = "49") long created,
        @Schema(example = "0") long unchanged,
        @Schema(example = "0") long failed,
        @Schema(description = "Problems found, of which the first " + ImportJobStore.MAX_ERRORS + " are listed in errors")
        long errorCount,
        List<ItemError> errors,
        @Schema(description = "Why the job stopped, when FAILED") String detail,
        String actor,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    @Schema(name = "ImportStatus")
    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, FAILED;

        boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    @Schema(name = "ImportItemError", description = "A problem with one item of the upload")
    public record ItemError(
            @Schema(description = "JSON pointer to the item or field in the upload", example = "/claims/3/stances/0/source")
            String pointer,
            @Schema(example = "no source named \"Kremlin\" in this bundle") String message) {
    }
}
