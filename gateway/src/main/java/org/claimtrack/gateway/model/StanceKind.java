package org.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a stance carries the source's own words or only someone else's account of its position. */
@Schema(description = "QUOTE: the source's exact words. ATTRIBUTION: nobody on record has the verbatim words; "
        + "`reportedBy` (e.g. a fact-checker) attests the position. An attribution is never shown as a quote.")
public enum StanceKind {
    QUOTE,
    ATTRIBUTION
}
