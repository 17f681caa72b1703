package org.claimtrack.extraction;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pasted text can be anything: random texts made of the words and phrases the rules look for must never make the
 * extractor throw, and every quote it proposes must still be the text at its offsets (checked by
 * {@link AttributionRulesTest#extract}). Half the sentences are word salad, half are news-shaped (a speaker, a
 * reporting verb, a clause, a closing part) so that the rules go deep; the seed is fixed, so a failure repeats.
 */
class WordSaladTest {

    private static final List<String> WORDS = List.of("said", "says", "told", "denied", "rejected", "dismissed",
            "called", "accused", "claimed", "questioned", "whether", "that", "as", "of", "and", "but", "if", "which",
            "a", "an", "the", "claim", "claims", "reports", "allegation", "were", "was", "is", "had", "would", "not",
            "it", "this", "they", "we", "its", "their", "any", "plans", "to", "according", "reportedly", "saying",
            "adding", "calling", "in", "on", "with", "interview", "reporters", "Thursday", "yesterday", "absurd",
            "true", "lie", "Moscow", "Kyiv", "Russia", "Russia's", "Ukraine", "U.S.", "US", "NATO", "Zakharova",
            "Maria", "Peskov", "Dmitry", "President", "spokesman", "minister", "officials", "rebels", "Lithuania",
            "Western", "troops", "forces", "border", "20", "100,000", "three", "Dr.", "St.", "\u201c", "\u201d", "\"",
            "'", ",", ",", ":", ";", "-", "(", ")", "?", "\u00ab", "\u00bb", ".", "by", "been", "Claim", "Verdict",
            "False", "misleading", "falsely", "each", "other", "No", "10", "however", "where", "posts", "video",
            "evidence", "no", "truth", "these", "view", "LSEG", "34-year-old", "both", "never", "met");

    private static final List<String> SPEAKERS = List.of("Maria Zakharova", "Moscow", "The Kremlin", "U.S. officials",
            "Dr. Anthony Fauci", "The health ministry", "Rebels in Donetsk", "He", "We", "A NATO official",
            "Russia's ambassador to the United States, Anatoly Antonov,", "Maria Zakharova, who spoke on Monday,",
            "Russia on Thursday", "Biden and Scholz", "Lithuania", "The mayor", "Ukraine's defence ministry",
            "Posts shared on Facebook", "A viral video", "Fact-checkers at Reuters", "Officials in Tokyo",
            "Britain's Foreign Office, however,", "Turkey, which has ties with Moscow,", "Both Moscow and Washington",
            "Lawyers for two of the defendants", "The WHO", "Twitter users falsely", "A Paris court", "The jury",
            "The opposition Labour Party", "Analysts at Brightwater Capital", "The United Nations agency UNICEF");
    private static final List<String> VERBS = List.of("said", "said that", "denied", "denied that", "told reporters",
            "told Interfax that", "rejected as \u201cgroundless\u201d claims that", "called the reports", "accused Ukraine of",
            "questioned whether", "claims to have", "dismissed the warnings and denied", "said of reports that",
            "denied any plans to", "said:", "warned that", "confirmed this", "denied it", "quoted Putin as saying",
            "was quoted by Interfax as saying", "cast doubt on claims that", "said on Monday", "is said to have",
            "claims to show", "found no evidence that", "have accused each other of", "rejected that view",
            "has disputed her characterisation and said", "said it had seen no evidence that", "was denied by",
            "found the former mayor guilty of", "acquitted the officer of", "denied wrongdoing and said");
    private static final List<String> CLAUSES = List.of("Russia had 100,000 troops near the border",
            "the talks had failed", "it was planning an invasion", "three people were arrested",
            "\u201cwe will not invade\u201d", "the claims were \u201cabsurd\u201d", "units of the district had returned",
            "several units had completed their exercises", "its forces had shelled the town", "inflation would peak",
            "\u201cRussia has no plans. We have said it many times.\u201d", "\u201cfake news\u201d", "absurd", "",
            "Moscow", "the claim that troops had left is misleading", "there is no truth to these reports",
            "Russia's claim that it had left is not true", "No. 10 had said so", "last year was the hottest");
    private static final List<String> TAILS = List.of("", ", and that the talks had failed", " and that Kyiv would respond",
            ", a claim Moscow called \u201chysteria\u201d", ", which Ukraine denied", ", citing intelligence",
            ", according to Interfax", " on Monday", ", adding that Russia would respond", ", an accusation Kyiv rejected",
            " if Russia is attacked", ",\u201d Peskov said", ", said Peskov", ", the ministry said",
            ", a target the UN says is out of reach", ", suggesting that it was hit", ". This is false",
            ". Verdict: False", ", despite evidence", " by scientists", ", Biden said");

    @Test
    void randomTextsNeverBreakTheRules() {
        Random random = new Random(20261207);
        for (int article = 0; article < 5000; article++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (random.nextBoolean()) {
                    text.append(random.nextInt(4) == 0 ? "\u201c" : "").append(pick(random, SPEAKERS)).append(' ')
                            .append(pick(random, VERBS)).append(' ').append(pick(random, CLAUSES))
                            .append(pick(random, TAILS));
                } else {
                    int length = 1 + random.nextInt(25);
                    for (int w = 0; w < length; w++) {
                        text.append(w == 0 || random.nextInt(5) == 0 ? "" : " ").append(pick(random, WORDS));
                    }
                }
                text.append(random.nextInt(3) == 0 ? ".\u201d " : random.nextBoolean() ? ". " : ".\n");
            }
            String pasted = text.toString();
            assertDoesNotThrow(() -> AttributionRulesTest.extract(pasted), pasted);
        }
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
