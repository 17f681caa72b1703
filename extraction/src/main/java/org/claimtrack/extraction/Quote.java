package org.claimtrack.extraction;

/**
 * A verbatim span of the document and its W3C TextQuoteSelector: {@code exact} is always
 * {@code text.substring(start, end)}, prefix and suffix the characters around it.
 */
public record Quote(String exact, String prefix, String suffix, int start, int end) {

    static final int CONTEXT = 32;

    static Quote of(String text, int start, int end) {
        return new Quote(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }
}
