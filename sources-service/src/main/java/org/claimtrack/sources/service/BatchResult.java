package org.claimtrack.sources.service;

import java.util.List;
import java.util.UUID;
import org.claimtrack.contract.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch write: one entry per input item, in input order. */
@Schema(name = "BatchResult", description = "One result per input item, in input order.")
public record BatchResult(List<Item> items) {

    public enum Outcome {
        /** Written now. */
        CREATED,
        /** Its natural key already existed: nothing was changed; {@code id} is the existing record. */
        UNCHANGED,
        /** Invalid: not written, see {@code errors}. */
        FAILED
    }

    @Schema(name = "BatchItemResult")
    public record Item(
            @Schema(description = "Position of the item in the request, from 0.") int index,
            @Schema(description = "Id of the created or existing record; absent when FAILED.") UUID id,
            Outcome outcome,
            @Schema(description = "Why the item failed; empty otherwise.") List<FieldError> errors) {

        public static Item created(int index, UUID id) {
            return new Item(index, id, Outcome.CREATED, List.of());
        }

        public static Item unchanged(int index, UUID id) {
            return new Item(index, id, Outcome.UNCHANGED, List.of());
        }

        public static Item failed(int index, List<FieldError> errors) {
            return new Item(index, null, Outcome.FAILED, errors);
        }
    }
}
