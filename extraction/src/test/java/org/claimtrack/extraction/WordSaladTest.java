package org.claimtrack.extraction;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pasted text can be anything: sentences made at random from the words the rules look for (verbs, "that", "as",
 * quotation marks, commas, names, initials) must never make the extractor throw, and every quote it proposes must
 * still be the text at its offsets (checked by {@link AttributionRulesTest#extract}). The seed is fixed, so a
 * failure repeats.
 */
class WordSaladTest {

    private static final List<String> WORDS = List.of("said", "says", "told", "denied", "rejected", "dismissed",
            "called", "accused", "claimed", "questioned", "whether", "that", "as", "of", "and", "but", "if", "which",
            "a", "an", "the", "claim", "claims", "reports", "allegation", "were", "was", "is", "had", "would", "not",
            "it", "this", "they", "we", "its", "their", "any", "plans", "to", "according", "reportedly", "saying",
            "adding", "calling", "in", "on", "with", "interview", "reporters", "Thursday", "yesterday", "absurd",
            "true", "lie", "Moscow", "Kyiv", "Russia", "Russia's", "Ukraine", "U.S.", "US", "NATO", "Zakharova",
            "Maria", "Peskov", "Dmitry", "President", "spokesman", "minister", "officials", "rebels", "Lithuania",
            "Western", "troops", "forces", "border", "20", "100,000", "\u201c", "\u201d", "\"", "'", ",", ",", ":",
            ";", "-", "(", ")", "?", "\u00ab", "\u00bb");

    @Test
    void randomSentencesNeverBreakTheRules() {
        Random random = new Random(20261207);
        for (int article = 0; article < 3000; article++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int length = 1 + random.nextInt(25);
                for (int w = 0; w < length; w++) {
                    String word = WORDS.get(random.nextInt(WORDS.size()));
                    text.append(w == 0 || random.nextInt(5) == 0 ? "" : " ").append(word);
                }
                text.append(random.nextBoolean() ? ". " : ".\n");
            }
            String pasted = text.toString();
            assertDoesNotThrow(() -> AttributionRulesTest.extract(pasted), pasted);
        }
    }
}
