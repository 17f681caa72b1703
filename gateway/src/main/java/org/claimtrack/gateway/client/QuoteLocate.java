package org.claimtrack.gateway.client;

import java.util.List;

/** Where quotes are in a document's archived text (UTF-16 offsets, end exclusive), and the SHA-256 of that text. */
public record QuoteLocate(String contentSha256, Integer textVersion, List<Item> items) {

    public record Item(String key, boolean found, Integer start, Integer end) {
    }

    /** At most 500 quotes: the sources-service's bound. */
    public record Request(List<Quote> quotes) {
    }

    public record Quote(String key, String exact, String prefix, String suffix) {
    }
}
