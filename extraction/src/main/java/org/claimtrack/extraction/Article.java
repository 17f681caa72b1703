package org.claimtrack.extraction;

import java.time.Instant;

/**
 * What the extraction reads: the archived text, its language, the date statements default to, and the publisher
 * (who REPORTS what it relays and ASSERTS what it states in its own voice).
 */
public record Article(String text, String language, Instant publishedAt, Speaker publisher) {
}
