package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every archived text version of a document, oldest first (without the texts); the last is current.")
public record TextVersions(@Schema(required = true) List<TextVersion> items) {
}
