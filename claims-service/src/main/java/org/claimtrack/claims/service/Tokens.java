package org.claimtrack.claims.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by the natural key, the {@code q} filter and similar-claim search:
 * lower case, accents removed, numbers with thousands separators joined ("100,000", "100.000" and "100 000" with
 * a non-breaking space become "100000"), split on anything that is not a letter or digit.
 */
public final class Tokens {

    /** Longest token kept (the column is VARCHAR(60)). */
    static final int MAX_TOKEN = 60;

    private static final Pattern GROUPED_NUMBER = Pattern.compile("(?<!\\d)\\d{1,3}(?:[,.'\u00a0\u202f]\\d{3})+(?!\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Words too common to say anything about similarity; still indexed for {@code q}. */
    private static final Set<String> STOPWORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but",
            "by", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "of",
            "on", "or", "she", "that", "the", "their", "them", "they", "this", "to", "up", "was", "were", "which",
            "will", "with", "would", "than", "then", "there", "these", "those", "who", "whom", "said", "says");

    private Tokens() {
    }

    /** Tokens in order of first appearance with their counts. */
    public static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String token : split(text)) {
            counts.merge(token, 1, Integer::sum);
        }
        return counts;
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        folded = GROUPED_NUMBER.matcher(folded).replaceAll(m -> m.group().replaceAll("\\D", ""));
        return SEPARATORS.splitAsStream(folded)
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > MAX_TOKEN ? t.substring(0, MAX_TOKEN) : t)
                .toList();
    }

    /** Function words and single letters (the "s" of "Ukraine's"): no signal for similarity. */
    public static boolean isStopword(String token) {
        return STOPWORDS.contains(token) || token.length() == 1 && Character.isLetter(token.charAt(0));
    }

    /** Collapses runs of whitespace to one space and trims. */
    public static String tidy(String text) {
        return text == null ? null : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    /** The claim's natural key: sha-256 of the text folded for case and whitespace. */
    public static String textKey(String text) {
        return sha256(tidy(text).toLowerCase(Locale.ROOT));
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
