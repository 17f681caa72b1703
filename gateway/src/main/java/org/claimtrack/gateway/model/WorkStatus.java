package org.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How far the desk got with a claim (separate from its verification status): NEW → IN_PROGRESS → "
        + "IN_REVIEW → PUBLISHED, or ARCHIVED.")
public enum WorkStatus {
    NEW, IN_PROGRESS, IN_REVIEW, PUBLISHED, ARCHIVED
}
