package org.claimtrack.gateway.client;

/** Whether a quote occurs in a document's archived text, and if not the closest passage. */
public record QuoteCheck(boolean found, Integer start, Integer end, String matchedText, Closest closest,
        Integer textVersion, String contentSha256) {

    public record Closest(int start, int end, String text, double score) {
    }

    public record Request(String exact, String prefix, String suffix) {
    }
}
