package org.claimtrack.sources.archive;

import java.time.Instant;

/**
 * A page fetched once and reduced to its readable text.
 *
 * @param finalUrl    where the text came from, after redirects
 * @param httpStatus  the final answer's status (2xx)
 * @param contentType its media type, without parameters
 * @param title       the page's title, or its address when it has none
 */
public record FetchedPage(String requestedUrl, String finalUrl, int httpStatus, String contentType, Instant fetchedAt,
        String title, String text) {
}
