package org.claimtrack.extraction.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How close a proposed claim is to a hand-written one by meaning, without string equality: the share of the
 * hand-written claim's content words (lower case, accents and function words dropped, "100,000" one number, a
 * plural "s" or "'s" ignored) that the proposal also contains. A proposal quoting the article's words covers the
 * curator's paraphrase when it says the same thing.
 */
public final class ClaimSimilarity {

    private static final Pattern GROUPED_NUMBER = Pattern.compile("(?<!\\d)\\d{1,3}(?:[,.]\\d{3})+(?!\\d)");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but",
            "by", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on",
            "or", "she", "that", "the", "their", "them", "they", "this", "to", "was", "were", "which", "will", "with",
            "would", "there", "these", "those", "who", "any", "all", "than", "not", "do", "does", "did");

    private ClaimSimilarity() {
    }

    public static double coverage(String proposed, String handWritten) {
        Set<String> wanted = contentWords(handWritten);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> found = contentWords(proposed);
        long shared = wanted.stream().filter(found::contains).count();
        return (double) shared / wanted.size();
    }

    static Set<String> contentWords(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        folded = GROUPED_NUMBER.matcher(folded).replaceAll(m -> m.group().replaceAll("\\D", ""));
        Set<String> words = new HashSet<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 2 || FUNCTION_WORDS.contains(word)) {
                continue;
            }
            words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                    ? word.substring(0, word.length() - 1) : word);
        }
        return words;
    }
}
