package org.claimtrack.gateway.service;

import java.time.Instant;

/**
 * The one rule on a stance's {@code statedAt} and its document's {@code publishedAt}, for every way a stance comes
 * in (the API's stance write, bundle and ClaimReview imports): the document quotes the statement, so it cannot have
 * been published before the statement was made.
 */
public final class QuotedStatementDates {

    private QuotedStatementDates() {
    }

    /** True when the document (published then) cannot quote a statement made then; false when either is unknown. */
    public static boolean statedAfterPublished(Instant statedAt, Instant publishedAt) {
        return statedAt != null && publishedAt != null && statedAt.isAfter(publishedAt);
    }

    /** What is wrong, in one sentence: the 422's detail and the import report's error. */
    public static String detail(Instant statedAt, Instant publishedAt) {
        return "statedAt " + statedAt + " is after the publishedAt " + publishedAt + " of the document that quotes it";
    }

    /** The field error on {@code statedAt}. */
    public static String statedAtMessage(Instant publishedAt) {
        return "must not be after the document's publishedAt " + publishedAt;
    }
}
