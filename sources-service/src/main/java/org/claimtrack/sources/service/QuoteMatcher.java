package org.claimtrack.sources.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Finds a quote (a W3C TextQuoteSelector) in an archived text, tolerant of exactly these kinds of
 * difference: whitespace (runs, line breaks, no-break spaces, spaces around dashes), typographic
 * quotes (‘’‚‛′ ‹› as ', “”„‟″ «» as ") and dashes (‐‑‒–—―− as -), how an accented letter is encoded
 * (composed "é" or "e" + combining accent, as NFC and NFD differ), and invisible characters (soft
 * hyphens, zero-width spaces, word joiners, byte-order marks). Letters, case and punctuation must
 * match. Offsets are UTF-16 code units into the original text, end exclusive.
 *
 * <p>When {@code exact} occurs more than once, {@code prefix} and {@code suffix} pick the occurrence
 * whose surroundings agree with them best (the first on a tie). When it does not occur, the closest
 * passage is the window of as many words as the quote sharing the most words with it.
 */
public final class QuoteMatcher {

    private QuoteMatcher() {
    }

    /** Whether and where a quote occurs; the quote check answers it with the text version it looked in. */
    public record Result(boolean found, Integer start, Integer end, String matchedText, Passage closest) {
    }

    @Schema(name = "ClosestPassage", description = "The passage of the text most similar to a quote that was not found.")
    public record Passage(int start, int end, String text,
            @Schema(description = "Share of the quote's words found in the passage, 0..1.", minimum = "0", maximum = "1") double score) {
    }

    public static Result find(String text, String exact, String prefix, String suffix) {
        return in(text).find(exact, prefix, suffix);
    }

    /** The text folded once, to locate many quotes in it. */
    public static Searchable in(String text) {
        return new Searchable(text, Folded.of(text));
    }

    /** A quote's place in the original text: [start, end) in UTF-16 code units. */
    public record Range(int start, int end) {
    }

    public static final class Searchable {
        private final String text;
        private final Folded haystack;

        private Searchable(String text, Folded haystack) {
            this.text = text;
            this.haystack = haystack;
        }

        /** Where the quote is, or null: no closest passage is computed. */
        public Range locate(String exact, String prefix, String suffix) {
            String needle = Folded.of(exact).chars;
            if (needle.isEmpty()) {
                return null;
            }
            String foldedPrefix = prefix == null ? "" : Folded.of(prefix).chars;
            String foldedSuffix = suffix == null ? "" : Folded.of(suffix).chars;
            int best = -1;
            int bestAgreement = -1;
            String chars = haystack.chars;
            for (int at = chars.indexOf(needle); at >= 0; at = chars.indexOf(needle, at + 1)) {
                // folded text has single spaces only, so skipping one is what strip would do, without copying the
                // text at every repeat (a common word repeats thousands of times in a long article)
                int before = at > 0 && chars.charAt(at - 1) == ' ' ? at - 1 : at;
                int after = at + needle.length();
                after += after < chars.length() && chars.charAt(after) == ' ' ? 1 : 0;
                int agreement = commonSuffix(chars, before, foldedPrefix) + commonPrefix(chars, after, foldedSuffix);
                if (agreement > bestAgreement) {
                    best = at;
                    bestAgreement = agreement;
                }
            }
            return best < 0 ? null
                    : new Range(haystack.origin[best], haystack.originEnd[best + needle.length() - 1]);
        }

        public Result find(String exact, String prefix, String suffix) {
            Range range = locate(exact, prefix, suffix);
            if (range == null) {
                String needle = Folded.of(exact).chars;
                return new Result(false, null, null, null, needle.isEmpty() ? null : closest(text, haystack, needle));
            }
            return new Result(true, range.start(), range.end(), text.substring(range.start(), range.end()), null);
        }
    }

    private static Passage closest(String text, Folded haystack, String needle) {
        List<int[]> words = words(haystack.chars);
        Map<String, Integer> wanted = new HashMap<>();
        for (int[] w : words(needle)) {
            wanted.merge(word(needle, w), 1, Integer::sum);
        }
        int quoteWords = wanted.values().stream().mapToInt(Integer::intValue).sum();
        if (quoteWords == 0 || words.isEmpty()) {
            return null;
        }
        int window = Math.min(quoteWords, words.size());
        Map<String, Integer> inWindow = new HashMap<>();
        int shared = 0;
        int bestShared = 0;
        int bestFirst = 0;
        for (int i = 0; i < words.size(); i++) {
            shared += add(inWindow, wanted, word(haystack.chars, words.get(i)), 1);
            if (i >= window) {
                shared += add(inWindow, wanted, word(haystack.chars, words.get(i - window)), -1);
            }
            if (i >= window - 1 && shared > bestShared) {
                bestShared = shared;
                bestFirst = i - window + 1;
            }
        }
        if (bestShared == 0) {
            return null;
        }
        int start = haystack.origin[words.get(bestFirst)[0]];
        int end = haystack.originEnd[words.get(bestFirst + window - 1)[1] - 1];
        double score = Math.round(1000.0 * bestShared / quoteWords) / 1000.0;
        return new Passage(start, end, text.substring(start, end), score);
    }

    /** Adds or removes one word from the window; returns the change in words shared with the quote. */
    private static int add(Map<String, Integer> inWindow, Map<String, Integer> wanted, String word, int delta) {
        Integer limit = wanted.get(word);
        if (limit == null) {
            return 0;
        }
        int before = inWindow.getOrDefault(word, 0);
        int after = before + delta;
        inWindow.put(word, after);
        return Math.min(after, limit) - Math.min(before, limit);
    }

    /** [start, end) of each run of letters or digits. */
    private static List<int[]> words(String s) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        return words;
    }

    private static String word(String s, int[] range) {
        return s.substring(range[0], range[1]).toLowerCase(Locale.ROOT);
    }

    /** How many chars of {@code text} just before {@code end} agree with the end of {@code b}. */
    private static int commonSuffix(String text, int end, String b) {
        int n = 0;
        while (n < end && n < b.length() && text.charAt(end - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /** How many chars of {@code text} from {@code start} agree with the start of {@code b}. */
    private static int commonPrefix(String text, int start, String b) {
        int n = 0;
        while (start + n < text.length() && n < b.length() && text.charAt(start + n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * A text with the tolerated differences folded away, and for each folded char the range of original chars it
     * stands for (a composed letter may stand for a base letter and its combining marks).
     */
    static final class Folded {
        final String chars;
        final int[] origin;
        final int[] originEnd;

        private Folded(String chars, int[] origin, int[] originEnd) {
            this.chars = chars;
            this.origin = origin;
            this.originEnd = originEnd;
        }

        static Folded of(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] origin = new int[text.length()];
            int[] originEnd = new int[text.length()];
            int spaceAt = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (invisible(c)) {
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    spaceAt = spaceAt < 0 ? i : spaceAt;
                    continue;
                }
                if (spaceAt < 0 && composes(c) && !out.isEmpty()) {
                    String composed = Normalizer.normalize(out.charAt(out.length() - 1) + String.valueOf(c), Normalizer.Form.NFC);
                    if (composed.length() == 1) {
                        out.setCharAt(out.length() - 1, composed.charAt(0));
                        originEnd[out.length() - 1] = i + 1;
                        continue;
                    }
                }
                char folded = fold(c);
                boolean besideDash = folded == '-' || (!out.isEmpty() && out.charAt(out.length() - 1) == '-');
                if (spaceAt >= 0 && !out.isEmpty() && !besideDash) {
                    origin[out.length()] = spaceAt;
                    originEnd[out.length()] = i;
                    out.append(' ');
                }
                spaceAt = -1;
                origin[out.length()] = i;
                originEnd[out.length()] = i + 1;
                out.append(folded);
            }
            return new Folded(out.toString(), origin, originEnd);
        }

        static char fold(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
                default -> c;
            };
        }

        /** Soft hyphen, zero-width space, word joiner, byte-order mark: in a text, never seen by its reader. */
        private static boolean invisible(char c) {
            return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
        }

        /**
         * A combining mark or a Hangul vowel or final jamo, which joins the letter before it: "e" + U+0301 is the "é"
         * a text in composed form (NFC) writes as one char, and both must read alike.
         */
        private static boolean composes(char c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || (c >= '\u1160' && c <= '\u11FF');
        }
    }
}
