package org.claimtrack.sources.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteMatcherTest {

    static Stream<Arguments> tolerated() {
        return Stream.of(
                Arguments.of("same text", "He said it was over.", "it was over", "it was over"),
                Arguments.of("curly double quotes", "She said \u201Cno\u201D today", "\"no\"", "\u201Cno\u201D"),
                Arguments.of("guillemets", "Il a dit \u00ABnon\u00BB hier", "\"non\"", "\u00ABnon\u00BB"),
                Arguments.of("curly apostrophe", "Ukraine\u2019s borders", "Ukraine's borders", "Ukraine\u2019s borders"),
                Arguments.of("straight quote in text, curly in quote", "Ukraine's borders", "Ukraine\u2019s", "Ukraine's"),
                Arguments.of("line break and double space", "up to\n100,000  soldiers", "up to 100,000 soldiers", "up to\n100,000  soldiers"),
                Arguments.of("no-break space", "100\u00A0000 troops", "100 000 troops", "100\u00A0000 troops"),
                Arguments.of("em dash with spaces", "Kiev \u2014 Moscow", "Kiev - Moscow", "Kiev \u2014 Moscow"),
                Arguments.of("en dash without spaces", "2021\u20132022", "2021 - 2022", "2021\u20132022"),
                Arguments.of("minus sign", "\u22125 degrees", "-5 degrees", "\u22125 degrees"),
                Arguments.of("surrounding spaces of the quote", "a b c", "  b  ", "b"),
                Arguments.of("decomposed accents in the quote", "troupes \u00E0 la fronti\u00E8re.", "troupes a\u0300 la frontie\u0300re",
                        "troupes \u00E0 la fronti\u00E8re"),
                Arguments.of("decomposed accents in the text, to the last mark", "d\u00E9ploy\u00E9 cafe\u0301", "d\u00E9ploy\u00E9 caf\u00E9",
                        "d\u00E9ploy\u00E9 cafe\u0301"),
                Arguments.of("two marks on one letter", "Vi\u1EC7t Nam", "Vie\u0323\u0302t Nam", "Vi\u1EC7t Nam"),
                Arguments.of("Hangul in jamo", "\u1100\u1161\u11A8 \uAC00", "\uAC01", "\u1100\u1161\u11A8"),
                Arguments.of("soft hyphen and zero-width space", "disin\u00ADformation\u200B campaign", "disinformation campaign",
                        "disin\u00ADformation\u200B campaign"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tolerated")
    void findsDespiteToleratedDifferences(String name, String text, String exact, String matched) {
        QuoteMatcher.Result result = QuoteMatcher.find(text, exact, null, null);
        assertTrue(result.found(), name);
        assertEquals(matched, result.matchedText(), name);
        assertEquals(text.indexOf(matched), result.start(), name);
        assertEquals(text.indexOf(matched) + matched.length(), result.end(), name);
        assertNull(result.closest());
    }

    static Stream<Arguments> notTolerated() {
        return Stream.of(
                Arguments.of("case", "Russia denies", "russia denies"),
                Arguments.of("other punctuation", "100,000 soldiers", "100.000 soldiers"),
                Arguments.of("missing word", "has deployed up to", "has up to"),
                Arguments.of("hyphen for a space", "well known", "well-known"),
                Arguments.of("accent left out", "la fronti\u00E8re", "la frontiere"),
                Arguments.of("another accent", "r\u00E9sum\u00E9", "r\u00E9sum\u00E8"),
                Arguments.of("a letter and only part of its marks", "Vi\u1EC7t", "Vi\u1EB9t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTolerated")
    void otherDifferencesAreNotTolerated(String name, String text, String exact) {
        assertFalse(QuoteMatcher.find(text, exact, null, null).found(), name);
    }

    @Test
    void prefixAndSuffixPickTheOccurrence() {
        String text = "Kiev said: troops. Moscow said: troops.";
        assertEquals(11, QuoteMatcher.find(text, "troops", null, null).start());
        assertEquals(32, QuoteMatcher.find(text, "troops", "Moscow said: ", null).start());
        assertEquals(32, QuoteMatcher.find(text, "troops", "Moscow  said:", ".").start());
        String touching = "Kiev said: troops. Moscow said: troops, not tanks. (troops)";
        assertEquals(32, QuoteMatcher.find(touching, "troops", null, " , not tanks").start());
        assertEquals(52, QuoteMatcher.find(touching, "troops", "(", null).start());
        assertEquals(52, QuoteMatcher.find(touching, "troops", null, ")").start());
    }

    @Test
    void closestPassageWhenNotFound() {
        String text = "In Geneva, Kiev said Russia has deployed up to 100,000 soldiers on the border.";
        QuoteMatcher.Result result = QuoteMatcher.find(text, "Russia has deployed up to 200,000 soldiers", null, null);
        assertFalse(result.found());
        assertEquals("Russia has deployed up to 100,000 soldiers", result.closest().text());
        assertEquals(text.indexOf("Russia"), result.closest().start());
        assertEquals(0.875, result.closest().score());
        assertNull(QuoteMatcher.find(text, "nothing alike", null, null).closest());
    }
}
