package org.claimtrack.claims.search;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * How claim text is analysed (docs/search.md): every claim's words go into {@link #ALL}, analysed for any script with
 * ICU (Unicode word breaks, dictionary segmentation of Thai, Chinese and Japanese as overlapping character bigrams, NFKC
 * case folding, Latin accents folded); a claim whose language Lucene has an analyzer for also
 * goes into {@code text_<language>}, with that language's stop words and stemming. A query is analysed for every
 * field, so a query in any language meets the claims written in it. Numbers with thousands separators are joined
 * first ("100,000" = "100000"). Bump {@link #VERSION} whenever any of this changes: indexes built with another
 * version are rebuilt at start.
 */
public final class Analysis {

    /** Stored with every index; an index of another version is rebuilt. */
    public static final int VERSION = 1;

    /** The field every claim is analysed into, whatever its language. */
    public static final String ALL = "all";

    /** "100,000", "100.000", "100'000", "100 000" (no-break spaces) → "100000". */
    private static final Pattern DIGIT_GROUP_SEPARATOR =
            Pattern.compile("(?<=(?<![\\d.,])\\d{1,3}|\\d{3})[,.'\u00a0\u202f](?=\\d{3}(?!\\d))");

    /** Languages with stemming and stop words of their own (BCP 47 primary subtag → Lucene analyzer). */
    private static final Map<String, Supplier<Analyzer>> LANGUAGES = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("ru", RussianAnalyzer::new),
            Map.entry("uk", UkrainianMorfologikAnalyzer::new), Map.entry("ar", ArabicAnalyzer::new),
            Map.entry("hi", HindiAnalyzer::new), Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new), Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("hu", HungarianAnalyzer::new), Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new), Map.entry("fa", PersianAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new), Map.entry("cs", CzechAnalyzer::new),
            Map.entry("id", IndonesianAnalyzer::new));

    private Analysis() {
    }

    /** The language-specific field of a claim's language, or null when only {@link #ALL} applies. */
    public static String languageField(String language) {
        String primary = primary(language);
        return LANGUAGES.containsKey(primary) ? "text_" + primary : null;
    }

    /** Every language-specific field, then {@link #ALL}: what a query is matched against. */
    public static List<String> queryFields() {
        List<String> fields = new java.util.ArrayList<>(LANGUAGES.keySet().stream().sorted().map(l -> "text_" + l).toList());
        fields.add(ALL);
        return fields;
    }

    /** One analyzer for the index and the queries, picking each field's analysis by name. */
    public static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        LANGUAGES.forEach((language, analyzer) -> byField.put("text_" + language, new JoinedNumbers(analyzer.get())));
        Analyzer any = new JoinedNumbers(new AnyScript());
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.getOrDefault(fieldName, any);
            }
        };
    }

    private static String primary(String language) {
        if (language == null || language.isBlank()) {
            return "";
        }
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }

    /** Every script: ICU word breaks (dictionary segmentation for Thai), NFKC case folding, Latin accents folded, CJK bigrams. */
    static final class AnyScript extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            // Chinese and Japanese as overlapping character bigrams rather than dictionary words: a query word is
            // found inside any run of text, however a dictionary would have cut the claim (Thai keeps ICU's
            // dictionary segmentation, its words are not found by bigrams)
            Tokenizer words = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
            TokenStream stream = new ICUNormalizer2Filter(words);
            stream = new ASCIIFoldingFilter(stream);
            // "Ukraine's" is the word Ukraine in any language a claim quotes it in (Unicode word breaks keep the 's)
            stream = new EnglishPossessiveFilter(stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(words, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new ICUNormalizer2Filter(in));
        }
    }

    /** An analyzer with digit groups joined before it reads the text, and a gap between a claim's values. */
    static final class JoinedNumbers extends AnalyzerWrapper {
        private final Analyzer inner;

        JoinedNumbers(Analyzer inner) {
            super(inner.getReuseStrategy());
            this.inner = inner;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return inner;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(DIGIT_GROUP_SEPARATOR, "", reader);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100; // a phrase never runs from the text into the headline or a tag
        }
    }

    static Set<String> languages() {
        return LANGUAGES.keySet();
    }
}
