package org.claimtrack.gateway.imports;

/** What an upload holds. */
public enum ImportFormat {
    /** A Claimtrack bundle ({@code seeds/bundle.schema.json}). */
    CLAIMTRACK_BUNDLE,
    /** schema.org ClaimReview as JSON-LD: an array, a DataFeed, an ItemList, an {@code @graph} or a single ClaimReview. */
    CLAIM_REVIEW_FEED
}
