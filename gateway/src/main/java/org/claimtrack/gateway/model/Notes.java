package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim's internal notes, oldest first.")
public record Notes(@Schema(required = true) List<Note> items) {
}
