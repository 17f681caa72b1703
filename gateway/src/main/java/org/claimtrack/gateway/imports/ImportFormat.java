package org.claimtrack.gateway.imports;

/** What an upload holds. */
public enum ImportFormat {
    /** A Claimtrack bundle ({@code seeds/bundle.schema.json}). */
    CLAIMTRACK_BUNDLE,
    /** schema.org ClaimReview objects: an array, an ItemList, or a single ClaimReview. */
    CLAIM_REVIEW_FEED
}
