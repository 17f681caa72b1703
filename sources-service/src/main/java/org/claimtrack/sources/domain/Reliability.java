package org.claimtrack.sources.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Admiralty source-reliability grade. F (cannot be judged) is the default for a new source. */
@Schema(description = "Admiralty reliability grade: A completely reliable, B usually reliable, C fairly reliable, "
        + "D not usually reliable, E unreliable, F reliability cannot be judged (default).")
public enum Reliability {
    A, B, C, D, E, F
}
