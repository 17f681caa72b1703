package org.claimtrack.extraction;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences and words from ICU4J's break iterators (Unicode UAX #29 with the locale's tailoring). The sentence
 * iterator is wrapped with ICU's abbreviation filter, so "St. Petersburg" or "Mr. Smith" do not end a sentence.
 */
final class Segmenter {

    private final ULocale locale;
    private final Lexicon lexicon;

    Segmenter(Lexicon lexicon) {
        this.locale = new ULocale(lexicon.language());
        this.lexicon = lexicon;
    }

    List<Sentence> sentences(String text) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        List<Sentence> result = new ArrayList<>();
        int start = 0;
        for (int end : breaks(text)) {
            List<Token> tokens = tokens(text.substring(start, end), start, words);
            start = end;
            if (tokens.isEmpty()) {
                continue;
            }
            Sentence previous = result.isEmpty() ? null : result.get(result.size() - 1);
            boolean sameParagraph = previous != null
                    && text.substring(previous.end(), tokens.get(0).start()).indexOf('\n') < 0;
            boolean abbreviated = previous != null && (endsWithAbbreviation(previous) || onlyInitials(previous)
                    || endsWithInitials(previous) && describedAhead(tokens));
            boolean numbered = previous != null && endsWithNo(previous) && tokens.get(0).numeric(); // "No. 10"
            boolean middleInitial = previous != null && endsWithMiddleInitial(previous) && tokens.get(0).capitalized()
                    && !lexicon.has("function words", tokens.get(0)); // "Carlos G. Ortiz", "J. P Singh"
            if (sameParagraph && (abbreviated && tokens.get(0).capitalized() || numbered || datelineOnly(previous)
                    || middleInitial
                    || openQuotation(previous) && previous.tokens().size() < MAX_QUOTED_TOKENS)) {
                // "in St. Petersburg", "U.S. President …"; and "“Russia has no plans. We have said it many times,”
                // Zakharova said." is one attribution: a quotation's sentences stay with the words naming its speaker
                List<Token> joined = new ArrayList<>(previous.tokens());
                joined.addAll(tokens);
                result.set(result.size() - 1, new Sentence(previous.start(), tokens.get(tokens.size() - 1).end(),
                        joined));
            } else {
                result.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        return result;
    }

    /**
     * Where sentences end: ICU's breaks with its abbreviation filter ("Mr. Smith"), except that an acronym's full stop
     * followed by a new sentence still ends one, and so does "No." before a word ("No. 10" stays one). The filter
     * matches the end of a word, so it took the "O." of "NATO." and the "G." of "LSEG." for initials and joined "… said
     * NATO. The company …" into one sentence.
     */
    private List<Integer> breaks(String text) {
        BreakIterator filtered = FilteredBreakIteratorBuilder.getInstance(locale)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        filtered.setText(text);
        Set<Integer> kept = new HashSet<>();
        for (int end = filtered.next(); end != BreakIterator.DONE; end = filtered.next()) {
            kept.add(end);
        }
        BreakIterator plain = BreakIterator.getSentenceInstance(locale);
        plain.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int end = plain.next(); end != BreakIterator.DONE; end = plain.next()) {
            String before = text.substring(Math.max(0, end - 16), end);
            boolean answer = NO_AT_END.matcher(before).find() && end < text.length()
                    && Character.isUpperCase(text.charAt(end)); // "A: No. Russia has …", but "No. 10 Downing Street"
            // "… said NATO. The company …" ends a sentence; "CBL & Associates Properties INC. is being …" does not
            boolean acronymEnds = ACRONYM_AT_END.matcher(before).find()
                    && !(end < text.length() && Character.isLowerCase(text.charAt(end)));
            if (kept.contains(end) || acronymEnds || answer) {
                breaks.add(end);
            }
        }
        return breaks;
    }

    /** "NATO. ", "CEO. ", "LSEG.\n": two or more capitals, no full stop inside, ending the text before a break. */
    private static final Pattern ACRONYM_AT_END = Pattern.compile("(?<![\\p{L}.])\\p{Lu}{2,}\\.[\"”’)]?\\s*$");

    /** "No." closing the text before a break. */
    private static final Pattern NO_AT_END = Pattern.compile("(?<![\\p{L}.])No\\.[\"”’)]?\\s*$");

    /** A quotation joins sentences up to this many tokens; an unbalanced quotation mark swallows no more. */
    private static final int MAX_QUOTED_TOKENS = 150;

    /** Whether a quotation opened in the sentence is still open at its end (double marks and guillemets only). */
    static boolean openQuotation(Sentence sentence) {
        return sentence.tokens().stream().filter(Token::quotationMark).count() % 2 == 1;
    }

    /** "U.S." alone, cut off the "President Joe Biden said …" it starts: initials are never a sentence. */
    private static boolean onlyInitials(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return tokens.size() == 1 && tokens.get(0).word() && tokens.get(0).text().matches("(\\p{Lu}\\.)+");
    }

    /**
     * After initials, a body or a title within the first capitalised words: "The U.S. Treasury", "the U.K. Prime
     * Minister", "in Washington, U.S. State Department spokesman Tom Casey"; "… with the U.S. The Kremlin said" starts
     * a sentence with its article.
     */
    private boolean describedAhead(List<Token> tokens) {
        for (int j = 0; j < Math.min(3, tokens.size()) && tokens.get(j).capitalized(); j++) {
            if (lexicon.namesABody(tokens.get(j)) || lexicon.match("titles", tokens, j) > 0) {
                return true;
            }
            if (lexicon.has("function words", tokens.get(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "…, with VP and general counsel Carlos G." / "…,” J." — one capital and a full stop after a first name or a
     * comma or quotation mark: the initial of a name that goes on in the next piece.
     */
    private static boolean endsWithMiddleInitial(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int last = tokens.size() - 1;
        int initial = tokens.get(last).text().matches("\\p{Lu}\\.") ? last
                : last >= 1 && tokens.get(last).is(".") && tokens.get(last - 1).initial() ? last - 1 : -1;
        if (initial < 1) {
            return false;
        }
        Token before = tokens.get(initial - 1);
        return before.capitalized() && !before.allCapitals() || before.is(",") || before.quoteMark();
    }

    /** "CHATTANOOGA, Tenn." — a dateline ICU cut off at its state's abbreviation: a place in capitals, no verb. */
    private static boolean datelineOnly(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return tokens.size() <= 6 && tokens.get(0).allCapitals() && tokens.get(0).text().length() > 2
                && tokens.stream().allMatch(w -> w.capitalized() || w.is(",") || w.is("."));
    }

    /** "… (Wire) - The U.S." — initials closing what ICU took for a sentence. */
    private static boolean endsWithInitials(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return tokens.get(tokens.size() - 1).word() && tokens.get(tokens.size() - 1).text().matches("(\\p{Lu}\\.){2,}");
    }

    /** "… outside No." — before a number, "No." abbreviates a number, not an answer. */
    private static boolean endsWithNo(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int last = tokens.size() - 1;
        return last > 0 && tokens.get(last).is(".") && tokens.get(last - 1).text().equals("No");
    }

    /** "… in St." — ICU's filter does not know every abbreviation; the lexicon lists more. */
    private boolean endsWithAbbreviation(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int last = tokens.size() - 1;
        Token token = tokens.get(last);
        return token.capitalized() && token.text().endsWith(".")
                && lexicon.has("abbreviations", new Token(token.text().substring(0, token.text().length() - 1),
                        token.start(), token.end() - 1, true));
    }

    private List<Token> tokens(String piece, int offset, BreakIterator words) {
        words.setText(piece);
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String text = piece.substring(start, end);
            if (text.isBlank()) {
                continue;
            }
            boolean word = words.getRuleStatus() != BreakIterator.WORD_NONE;
            Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (text.equals(".") && previous != null && previous.word() && previous.end() == offset + start
                    && (previous.text().contains(".")
                            || previous.capitalized() && lexicon.has("abbreviations", previous))) {
                // ICU reads "U.S." as the word "U.S" and a full stop: initials and abbreviations ("Dr.", "St.") keep
                // their period, so that neither ends a name
                tokens.set(tokens.size() - 1, new Token(previous.text() + ".", previous.start(), offset + end, true));
                continue;
            }
            tokens.add(new Token(text, offset + start, offset + end, word));
        }
        return tokens;
    }
}
