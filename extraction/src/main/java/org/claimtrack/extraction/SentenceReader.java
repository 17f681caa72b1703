package org.claimtrack.extraction;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The parts of one sentence that the attribution rules in {@link Extractor} look for: where its body starts (after a
 * wire dateline and openers such as "On Monday,"), which tokens stand inside quotation marks, the speaker before a
 * reporting verb, where a complement starts and ends, and what closes a claim without being part of it (a judgement
 * such as "as “hysteria”", the occasion, a description of the speaker). Positions are token indexes into the
 * sentence; it only reads, and proposes nothing.
 */
final class SentenceReader {

    /** The sentence's tokens. */
    final List<Token> t;
    /** The end of the sentence's content: before the final full stop and closing quotes. */
    final int n;
    /** Where the sentence's own words start, after a dateline, openers and a weekday. */
    final int bodyStart;
    /** quoted[k]: token k stands inside a quotation (its speech, where no attribution is looked for). */
    private final boolean[] quoted;
    private final Lexicon lex;
    private final String text;

    SentenceReader(Sentence sentence, Lexicon lex, String text) {
        this.t = sentence.tokens();
        this.lex = lex;
        this.text = text;
        this.quoted = new boolean[t.size()];
        boolean inside = false;
        for (int j = 0; j < t.size(); j++) {
            inside ^= t.get(j).quotationMark();
            quoted[j] = inside && !t.get(j).quotationMark();
        }
        this.n = lastContent(t.size());
        this.bodyStart = skipOpeners(0);
    }

    /** Token k stands inside quotation marks: the speech's own verbs attribute nothing. */
    boolean quoted(int k) {
        return quoted[k];
    }

    /** Reporting verbs whose object is the one addressed: "told the ministers …", "warned the West …". */
    private static final Set<String> ADDRESSING = Set.of("told", "tell", "tells", "assured", "assures", "warned",
            "warns", "informed", "informs", "reminded", "reminds");

    /** Words that point back at what was just said: "Moscow denied it", "this is a lie". */
    static final Set<String> ANAPHORA = Set.of("it", "this", "that", "these", "those");

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

    /** Units written right after a number ("8.8%"), kept at the end of a claim. */
    private static final Set<String> UNITS = Set.of("%", "‰", "°");

    static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our");

    /**
     * "“…,” he said …", "“…,” Kemp told reporters …": a reporting verb after a pronoun or after a closing quotation
     * mark, outside quotation marks — somebody's words, even when no rule could read whose, never the publisher's.
     */
    boolean speechAttributed() {
        boolean closed = false;
        for (int j = bodyStart; j + 1 < n; j++) {
            closed |= t.get(j).quotationMark() && j > bodyStart && quoted[j - 1];
            if (!quoted[j] && (lex.has("pronouns", t.get(j)) || closed) && lex.match("asserts", t, j + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "it was …", "this is …": a claim whose subject points back at something else names nothing to check. */
    boolean pointsBack(int from) {
        return ANAPHORA.contains(t.get(from).lower()) && (from + 1 >= n || lex.has("finite", t.get(from + 1))
                || lex.has("adverbs", t.get(from + 1)) || !t.get(from + 1).word());
    }

    /** "the Justice Department": the word is written after "the" in this sentence. */
    boolean theBefore(String word) {
        for (int j = 1; j < t.size(); j++) {
            if (t.get(j).text().equals(word) && t.get(j - 1).lower().equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence is one quotation: an opening mark first and its closing mark last, none between. */
    boolean whollyQuoted() {
        if (bodyStart < n && t.get(bodyStart).is("‘")) {
            // "‘These are lies spread by Washington.’": single marks, the opening one unambiguous
            return t.stream().filter(x -> x.is("‘")).count() == 1
                    && t.subList(n, t.size()).stream().anyMatch(x -> x.is("’"));
        }
        return bodyStart < n && t.get(bodyStart).quotationMark()
                && t.stream().filter(Token::quotationMark).count() == 2
                && t.subList(n, t.size()).stream().anyMatch(Token::quotationMark);
    }

    /**
     * "Senator Warnock called the law “Jim Crow in new clothes”": a judging verb with a quotation right after it, the
     * words of the one who judged (never the publisher's own statement).
     */
    boolean quotedJudgement() {
        for (int v = bodyStart + 1; v < n; v++) {
            int length = quoted[v] ? 0 : lex.match("judging verbs", t, v);
            for (int j = v + length; length > 0 && j < Math.min(n, v + length + 6); j++) {
                if (t.get(j).quotationMark() || t.get(j).is("‘")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The EU called for an investigation", "A spokesperson declined to comment": an appeal or a silence in tokens
     * [from, to), which the publisher reports without stating any fact.
     */
    boolean noFactStated(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (!quoted[j] && (lex.match("appeals", t, j) > 0 || lex.match("no comment", t, j) > 0)) {
                return true;
            }
        }
        return false;
    }

    /** The end of tokens [from, to) without the time words that close them ("the commission on Monday"), at least one kept. */
    int beforeTimeWords(int from, int to) {
        int end = to;
        while (end > from + 1 && lex.has("time words", t.get(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * "sanctions on 12 Chinese companies it accused of …": where the noun phrase before a lone pronoun speaker starts
     * (a number, capitalised and lower-case words, no function word), or -1.
     */
    int antecedentStart(int[] speakerRange) {
        int pronoun = speakerRange[1] - 1;
        if (!lex.has("pronouns", t.get(pronoun))) {
            return -1;
        }
        int start = pronoun;
        while (start - 1 > bodyStart && (t.get(start - 1).word() || t.get(start - 1).numeric())
                && !lex.has("function words", t.get(start - 1)) && !lex.has("finite", t.get(start - 1))
                && !pastTense(t.get(start - 1))) {
            start--;
        }
        return start < pronoun && start > bodyStart && lex.has("function words", t.get(start - 1)) ? start : -1;
    }

    /** The first token in [from, to) that is this word (outside quotations), or -1. */
    int first(String word, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!quoted[j] && t.get(j).lower().equals(word)) {
                return j;
            }
        }
        return -1;
    }

    /** Where "and that" joins a second clause of one complement ("said X and that Y"), outside quotations; -1 if nowhere. */
    int andThat(int from, int to) {
        for (int j = from + 1; j + 2 < to; j++) {
            if (!quoted[j] && t.get(j).lower().equals("and") && t.get(j + 1).lower().equals("that")) {
                return j;
            }
        }
        return -1;
    }

    /** "Asked whether X, Y said …", "Asked if X, …": the comma that closes the question, or -1. */
    int askedWhether() {
        if (bodyStart + 2 >= n || !t.get(bodyStart).lower().equals("asked")
                || !t.get(bodyStart + 1).lower().equals("whether") && !t.get(bodyStart + 1).lower().equals("if")) {
            return -1;
        }
        for (int j = bodyStart + 2; j < n; j++) {
            if (quoted[j]) {
                return -1;
            }
            if (t.get(j).is(",")) {
                return j > bodyStart + 2 ? j : -1;
            }
        }
        return -1;
    }

    /** The sentence quotes someone: double marks or guillemets, or an opening single mark "‘". */
    boolean hasQuotation() {
        return t.stream().anyMatch(x -> x.quotationMark() || x.is("‘"));
    }

    private int lastContent(int size) {
        int end = size;
        while (end > 0 && !content(end - 1)) {
            end--;
        }
        return closingBracket(0, end, size);
    }

    /** "… Rashtriya Swayamsevak Sangh (RSS)." keeps the bracket it opened: {@code end} + 1 when it closes one there. */
    int closingBracket(int from, int end, int limit) {
        int open = 0;
        for (int j = from; j < end; j++) {
            open += t.get(j).is("(") ? 1 : t.get(j).is(")") ? -1 : 0;
        }
        return open > 0 && end < limit && t.get(end).is(")") ? end + 1 : end;
    }

    /** A word, a number, or the unit written right after a number ("8.8%"): what a claim may end with. */
    boolean content(int j) {
        Token token = t.get(j);
        return token.word() || token.numeric() || UNITS.contains(token.text()) && j > 0 && t.get(j - 1).numeric()
                && t.get(j - 1).end() == token.start();
    }

    private int skipOpeners(int from) {
        int k = dateline(from);
        while (k < n) {
            int opener = lex.match("discourse openers", t, k);
            if (opener > 0) {
                k += opener;
            } else if (t.get(k).is(",") || weekday(t.get(k))) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * After a wire story's dateline, "LONDON (Reuters) - " or "KYIV, Feb 15 (Reuters) - ": a place in capitals,
     * perhaps a date and an agency in brackets, then a dash; else {@code from}.
     */
    private int dateline(int from) {
        int colon = colonDateline(from);
        if (colon > from) {
            return colon;
        }
        int k = from;
        boolean place = false;
        while (k < n && t.get(k).allCapitals()) {
            k++;
            place = true;
        }
        for (int j = k; place && j < Math.min(n, k + 10); j++) {
            if (t.get(j).dash() && t.get(j).start() > t.get(j - 1).end()) {
                return j + 1; // spaced: "US-Russia talks" starts no dateline
            }
            if (!t.get(j).is(",") && !t.get(j).is("(") && !t.get(j).is(")") && !t.get(j).is(".") && !t.get(j).numeric()
                    && !t.get(j).capitalized()) { // "CHATTANOOGA, Tenn. (WDEF) –"
                break;
            }
        }
        return from;
    }

    /**
     * "New Delhi: The government …", "Bhubaneswar, Nov 22: …", "New Delhi, Sept 15 (ANI): …": a place of one to three
     * capitalised words, perhaps a date and an agency, then a colon and a capitalised word (not a quotation: "Peskov:
     * “…”" is a speaker); the index after the colon, or {@code from}.
     */
    private int colonDateline(int from) {
        int k = from;
        while (k < n && k < from + 3 && t.get(k).capitalized() && !functionWord(t.get(k)) && !t.get(k).numeric()) {
            k++;
        }
        if (k == from || k == from + 1 && (lex.has("claim labels", t.get(from)) || lex.has("verdict labels", t.get(from)))) {
            return from; // "Claim: …" and "Verdict: …" are a fact-check's headings, not a place
        }
        if (k < n && t.get(k).is(",")) {
            int date = k + 1;
            while (date < n && date < k + 4 && (t.get(date).numeric() || t.get(date).capitalized()
                    || t.get(date).is("."))) {
                date++;
            }
            k = date > k + 1 ? date : k;
        }
        if (k + 2 < n && t.get(k).is("(") && t.get(k + 2).is(")")) {
            k += 3; // the agency
        }
        boolean colon = k < n && t.get(k).is(":") && k + 1 < n && t.get(k + 1).capitalized()
                && !lex.has("pronouns", t.get(k + 1));
        return colon ? k + 1 : from;
    }

    private boolean weekday(Token token) {
        return token.capitalized() && lex.has("time words", token) && token.lower().endsWith("day");
    }

    /** A function word, unless written as an acronym: "WHO chief Tedros" is no "who". */
    private boolean functionWord(Token token) {
        return lex.has("function words", token) && !token.allCapitals();
    }

    static boolean isArticle(Token token) {
        return token.lower().equals("a") || token.lower().equals("an");
    }

    /**
     * Before a closing judgement ("as “hysteria”", "as a provocation", "as pure fiction": "as", then a quotation or
     * up to three words with no function word but a leading article), which is the dismissal, not the claim;
     * "as part of the drills" stays in it.
     */
    int dismissedAs(int from, int to) {
        for (int j = to - 1; j > from; j--) {
            // "… as “hollow and unfounded attempt to incite tensions”": a quoted judgement of any length to the end
            if (quoted[j] || t.get(j).quoteMark() && j + 1 < to) {
                continue;
            }
            if (j < to - 4 && !(t.get(j).lower().equals("as") && j + 1 < n && t.get(j + 1).quoteMark())) {
                break;
            }
            if (t.get(j).lower().equals("as")) {
                boolean judgement = j + 1 < n && t.get(j + 1).quoteMark();
                if (!judgement) {
                    int first = j + 1 < to && isArticle(t.get(j + 1)) ? j + 2 : j + 1;
                    judgement = first < to && t.subList(first, to).stream()
                            .noneMatch(w -> !w.word() || lex.has("function words", w));
                }
                return judgement ? trimEnd(from, j) : to;
            }
        }
        return to;
    }

    /**
     * What a speaker thinks of "the reports" or "the claims" ("were “absurd”", "a lie", "accurate"): DENIES or
     * ASSERTS, or null when tokens[from, to) are not a determiner, an allegation noun, with {@code copula} a form
     * of "be", then a short judgement ("not true" turns it round).
     */
    Position judgement(int from, int to, boolean copula) {
        int j = reportsNamed(from, to);
        if (j < 0 || copula && (j >= to || !COPULAS.contains(t.get(j).lower()))) {
            return null;
        }
        j += copula ? 1 : 0;
        // short, or a quoted string of judgements: "had been “total bluff, an absolute fabrication, utter nonsense”"
        if (j >= to || ownWords(j, to) > 6 || to - j > 16) {
            return null;
        }
        return judgedBy(j, to);
    }

    /**
     * "This is false.", "That is not true.", "This claim is misleading.": a short sentence of the publisher's judging
     * what was just said; null when the sentence is no such judgement.
     */
    Position judgementOfThis() {
        int j = bodyStart;
        if (j < n && (ANAPHORA.contains(t.get(j).lower()) || t.get(j).lower().equals("the"))) {
            j++;
        }
        if (j < n && lex.has("allegation nouns", t.get(j))) {
            j++;
        } else if (j != bodyStart + 1 || t.get(bodyStart).lower().equals("the")) {
            return null; // "This is false" needs no noun, "The … is false" does
        }
        if (j >= n || !COPULAS.contains(t.get(j).lower()) || n - j > 6) {
            return null;
        }
        return judgedBy(j + 1, n);
    }

    /**
     * "The claim that X is misleading.", "Claims that X are false.": where X starts and ends, when the sentence judges
     * it (a copula, then a short judgement to the end); else null.
     */
    int[] claimJudged(int from, int to) {
        int owner = from;
        int noun = from;
        if (noun < to && (t.get(noun).lower().equals("the") || isArticle(t.get(noun)))) {
            noun++;
            owner = noun;
        }
        while (noun < to && noun < from + 4 && t.get(noun).capitalized() && !lex.has("allegation nouns", t.get(noun))) {
            noun++; // "Russia's claim that …": whose claim it is
        }
        if (noun + 2 >= to || !lex.has("allegation nouns", t.get(noun)) || !complementizer(noun + 1)) {
            return null;
        }
        for (int copula = to - 1; copula > noun + 3 && copula >= to - 7; copula--) {
            if (COPULAS.contains(t.get(copula).lower()) && judgedBy(copula + 1, to) != null) {
                return new int[] {noun + 2, trimEnd(noun + 2, copula), owner, noun};
            }
        }
        return null;
    }

    /**
     * "it had seen no evidence that …" at the start of a complement: where the doubted clause starts, or -1.
     */
    int doubtWithin(int from) {
        for (int j = from; j < Math.min(n, from + 4) && t.get(j).word(); j++) {
            int length = lex.match("questions", t, j);
            if (length > 0 && t.get(j + length - 1).lower().equals("evidence") && complementizer(j + length)) {
                return j + length + 1 < n ? j + length + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "it had found no evidence of arson" at the start of a complement: where the doubted noun starts ("arson"), or -1
     * (a doubt of a thing named, not of a clause).
     */
    int doubtOfWithin(int from) {
        for (int j = from; j < Math.min(n, from + 4) && t.get(j).word(); j++) {
            int length = lex.match("questions", t, j);
            if (length > 0 && t.get(j + length - 1).lower().equals("evidence") && j + length + 1 < n
                    && t.get(j + length).lower().equals("of") && t.get(j + length + 1).word()) {
                return j + length + 1;
            }
        }
        return -1;
    }

    /** "the claims", "Russia's claim", "a report": the word at j follows a determiner or a possessive: a noun. */
    boolean nounPosition(int j) {
        if (j == 0 || !lex.has("allegation nouns", t.get(j))) {
            return false;
        }
        Token before = t.get(j - 1);
        return isArticle(before) || before.lower().equals("the") || before.lower().endsWith("'s")
                || before.lower().endsWith("’s") || before.lower().equals("this") || before.lower().equals("these");
    }

    /** A question mark closes tokens before {@code to}, after closing quotation marks: a question, not a claim. */
    boolean questionAt(int to) {
        int j = to;
        while (j < t.size() && t.get(j).quoteMark()) {
            j++;
        }
        return j < t.size() && t.get(j).is("?");
    }

    /** The verdict tokens[from, to) hold, turned round by a negation ("not true", "no truth"); null when none. */
    Position judgedBy(int from, int to) {
        boolean negated = false;
        Position found = null;
        for (int k = from; k < to; k++) {
            if (k > from && t.get(k).lower().equals("evidence") && t.get(k - 1).lower().equals("no")) {
                return Position.QUESTIONS; // "there was no evidence for that claim": unsupported, as "found no evidence"
            }
            negated ^= lex.has("negations", t.get(k));
            found = verdict(t.get(k)) != null ? verdict(t.get(k)) : found;
        }
        if (found == null || !negated) {
            return found;
        }
        return found == Position.QUESTIONS ? null : found == Position.DENIES ? Position.ASSERTS : Position.DENIES;
    }

    /** After "the reports", "these claims" at {@code from}: the index past the noun, or -1. */
    int reportsNamed(int from, int to) {
        int j = from;
        if (j < to && (lex.has("function words", t.get(j)) || ANAPHORA.contains(t.get(j).lower()))) {
            j++;
        }
        return j < to && lex.has("allegation nouns", t.get(j)) ? j + 1 : -1;
    }

    /** "Moscow said the reports were …" with nothing else in the complement: about reports, not a claim. */
    boolean reportsOnly(int from, int to) {
        int j = reportsNamed(from, to);
        return j > 0 && j < to && COPULAS.contains(t.get(j).lower());
    }

    /**
     * What a word says of a claim: "absurd", "a lie" deny it ({@code [dismissals]}), "misleading" doubts it
     * ({@code [doubts]}), "accurate" confirms it.
     */
    Position verdict(Token word) {
        return lex.has("dismissals", word) ? Position.DENIES : lex.has("doubts", word) ? Position.QUESTIONS
                : lex.has("confirmations", word) ? Position.ASSERTS : null;
    }

    /** "called “hysteria”", "called accurate": the judgement a judging verb at v gives within five words, or null. */
    Position calledAs(int v) {
        int length = lex.match("judging verbs", t, v);
        if (length == 0) {
            return null;
        }
        for (int j = v + length; j < Math.min(n, v + length + 5); j++) {
            if (verdict(t.get(j)) != null) {
                return verdict(t.get(j));
            }
        }
        return null;
    }

    /** "said of reports that …": where the reported claim starts, or -1. */
    int saidOf(int after) {
        int j = after;
        if (j >= n || !t.get(j).lower().equals("of")) {
            return -1;
        }
        j++;
        if (j < n && lex.has("function words", t.get(j))) {
            j++;
        }
        return j + 2 < n && lex.has("allegation nouns", t.get(j)) && t.get(j + 1).lower().equals("that") ? j + 2 : -1;
    }

    /** After "“…,” X told Newsweek / the BBC": where the one addressed ends (else {@code after}). */
    int addresseeEnd(int v, int after) {
        if (!ADDRESSING.contains(t.get(v).lower())) {
            return after;
        }
        int j = after < n && t.get(after).lower().equals("the") ? after + 1 : after;
        while (j < n && t.get(j).capitalized()) {
            j++;
        }
        return j > after && t.get(j - 1).capitalized() ? j : after;
    }

    /** The end of the first of several clauses joined by ", and" (the comma), or {@code to}. */
    int firstClauseEnd(int from, int to) {
        for (int j = from; j + 2 < to; j++) {
            if (t.get(j).is(",") && t.get(j + 1).lower().equals("and") && clauseFollows(j + 2, to)) {
                return j;
            }
        }
        return to;
    }

    /** A clause starts here: within the next eight tokens there is a finite auxiliary and no verb first. */
    boolean clauseFollows(int from, int to) {
        if (lex.has("finite", t.get(from)) || lex.match("asserts", t, from) > 0
                || lex.has("negations", t.get(from))) {
            return false;
        }
        for (int j = from + 1; j < Math.min(to, from + 8); j++) {
            if (lex.has("finite", t.get(j))) {
                return true;
            }
            if (!t.get(j).word() && !t.get(j).quoteMark()) {
                return false; // "…, and that “all targets were hit”": a quotation mark is no clause break
            }
        }
        return false;
    }

    /**
     * The speaker's tokens before the verb at v: a run of names, titles, roles, demonyms and the words that join
     * them, after skipping adverbs and auxiliaries; null when negated ("did not say") or when nobody is there.
     * "X has demanded …, and has repeatedly stated that …" finds X before the first verb.
     */
    int[] speakerBefore(int v) {
        int end = skipAdverbsBack(v, bodyStart);
        if (end < 0) {
            return null;
        }
        if (end > bodyStart && (t.get(end - 1).lower().equals("and") || t.get(end - 1).lower().equals("but"))) {
            // "X has demanded …, and has stated that …", "X dismissed the warnings and denied …", "Russia's sports
            // minister called the findings … and said …", "The company has disputed … and said …": X, before the
            // first verb
            for (int j = end - 2; j > bodyStart; j--) {
                Token verb = t.get(j);
                boolean verbLike = lex.has("finite", verb) || pastTense(verb) || lex.match("asserts", t, j) > 0;
                Token before = t.get(j - 1);
                if (verbLike && (before.capitalized() || speakerWord(j - 1) || lex.has("finite", before))) {
                    int[] subject = speakerBefore(j);
                    if (subject != null) {
                        return subject;
                    }
                }
            }
            return null;
        }
        if (end - 3 > bodyStart && t.get(end - 1).is(")") && t.get(end - 3).is("(") && t.get(end - 2).allCapitals()) {
            end -= 3; // "the Securities and Exchange Commission (SEC) said": the acronym repeats the name
        }
        int document = documentSubject(end);
        if (document > 0) {
            return new int[] {bodyStart, document}; // "Posts shared thousands of times on Facebook claim that …"
        }
        int when = end;
        while (when > bodyStart && lex.has("time words", t.get(when - 1))) {
            when--;
        }
        if (when < end && when > bodyStart) {
            end = when; // "Russia on Thursday denied", "Kyiv yesterday said", "…, Erik ten Hag, later said"
        }
        int appositive = appositiveStart(end);
        if (appositive >= 0) {
            end = appositive; // "Maria Zakharova, the foreign ministry spokeswoman, said": the name speaks
        }
        int[] describedName = describedName(end);
        if (describedName != null) {
            return describedName; // "Russia's ambassador to the EU, Vladimir Chizhov, said"
        }
        int start = end;
        while (start > bodyStart && speakerWord(start - 1)) {
            start--;
        }
        if (start - 2 > bodyStart && t.get(start - 1).lower().equals("by") && pastTense(t.get(start - 2))
                && speakerWord(start - 3)) {
            // "Doctors interviewed by Wire said": the doctors speak, not who interviewed them
            end = start - 2;
            start = end;
            while (start > bodyStart && speakerWord(start - 1)) {
                start--;
            }
        }
        // "a source close to the Kremlin", "people familiar with the matter", "people briefed on the talks": an
        // unnamed source, not the Kremlin
        for (int p = start; p - 2 >= bodyStart && p > end - 6; p--) {
            String first = t.get(p - 2).lower();
            String second = t.get(p - 1).lower();
            if (first.equals("close") && second.equals("to") || first.equals("familiar") && second.equals("with")
                    || first.equals("briefed") && second.equals("on")) {
                start = p - 2;
                while (start > bodyStart && t.get(start - 1).word() && !lex.has("finite", t.get(start - 1))
                        && start > end - 10 && (lex.has("unnamed sources", t.get(start - 1))
                                || lex.has("function words", t.get(start - 1))
                                || lex.has("number words", t.get(start - 1)))) {
                    start--;
                }
                break;
            }
            if (!t.get(p - 1).word()) {
                break;
            }
        }
        while (start < end && t.get(start).word() && functionWord(t.get(start))
                && !t.get(start).lower().equals("the") && !isArticle(t.get(start))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        boolean named = false;
        for (int j = start; j < end; j++) {
            Token token = t.get(j);
            named |= token.capitalized() && !functionWord(token) || lex.has("pronouns", token)
                    || lex.match("titles", t, j) > 0 || lex.namesABody(token)
                    || lex.has("unnamed sources", token); // "a person familiar with the matter", "the person"
        }
        return named ? new int[] {start, end} : null;
    }

    /**
     * tokens[bodyStart, end) are things posted online or documents, named from the sentence start: "A viral video",
     * "Posts shared thousands of times on Facebook", "A lawsuit filed in Texas", "The study, published in The Lancet,"
     * — such a noun among the first three words, no verb of its own.
     */
    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("in", "on", "via", "through");

    private int documentSubject(int end) {
        if (end - bodyStart > 12 || end <= bodyStart || CIRCUMSTANCE_OPENERS.contains(t.get(bodyStart).lower())) {
            return -1; // "In a post on X, the president wrote …": where it was written, not who wrote it
        }
        boolean document = false;
        int named = end;
        for (int j = bodyStart; j < end; j++) {
            Token token = t.get(j);
            if (!token.word() && !token.numeric() && !hyphenInWord(j) && !token.is(",") || lex.has("finite", token)
                    || lex.match("asserts", t, j) > 0) {
                return -1;
            }
            document |= j < bodyStart + 4 && (lex.has("online sources", token) || lex.has("documents", token));
            named = token.is(",") ? Math.min(named, j) : named; // "The study, published in The Lancet,": the study
        }
        return document ? named : -1;
    }

    /**
     * Where ", the foreign ministry spokeswoman," or ", speaking to reporters," ends before {@code end} (its first
     * comma), when the words between the two commas describe the speaker (a title, role or government word among
     * speaker words) or the occasion (a participle first); else -1.
     */
    private static final Set<String> CIRCUMSTANCE_PREPOSITIONS = Set.of("at", "in", "during", "after", "before", "while");

    private int appositiveStart(int end) {
        if (end - 1 <= bodyStart || !t.get(end - 1).is(",")) {
            return -1;
        }
        int comma = end - 2;
        while (comma > bodyStart && comma >= end - 24 && !t.get(comma).is(",")) {
            comma--;
        }
        if (comma <= bodyStart || !t.get(comma).is(",") || !speakerWord(comma - 1)) {
            return -1;
        }
        Token first = t.get(comma + 1);
        if (first.lower().equals("the") && end - 1 - (comma + 2) <= 3 && end - 1 > comma + 2
                && t.subList(comma + 2, end - 1).stream().allMatch(Token::capitalized)) {
            // "Valery Nadtachayev, a spokesman for the main security agency, the KGB, told": the agency's name
            // inside the speaker's description
            int outer = appositiveStart(comma + 1);
            if (outer >= 0) {
                return outer;
            }
        }
        if (first.lower().equals("who") || first.lower().equals("which") || first.lower().equals("where")
                || first.lower().equals("whose")) {
            // "Maria Zakharova, who spoke in Moscow on Thursday, said", "Turkey, which has close ties …, said",
            // "State Senator Marcus Hale, whose district includes Eagle Point, said"
            return comma;
        }
        if (comma + 2 == end - 1 && (first.numeric() || lex.has("discourse adverbs", first))) {
            return comma; // "Ms. Johnson, 54, said": her age; "Britain's Foreign Office, however, said"
        }
        if ((isArticle(first) || first.lower().equals("the")) && t.get(comma - 1).capitalized()
                && describesWithoutVerb(comma + 1, end - 1)) {
            // "Brad Raffensperger, a Republican, said", "Frances Haugen, a former product manager at the company,
            // told": what the speaker is
            return comma;
        }
        if (end - comma > 15) {
            return -1; // the other descriptions are short
        }
        if (!first.capitalized() && first.lower().endsWith("ing")
                || CIRCUMSTANCE_PREPOSITIONS.contains(first.lower())) {
            // "Peskov, speaking to reporters on a call, said", "Prasad, at a press conference called hours after …,
            // said": the circumstance of the statement
            return comma;
        }
        if (!first.capitalized() && first.lower().endsWith("ed") && t.get(comma + 2).lower().equals("by")) {
            return comma; // "The researchers, led by Dr. Anne Kessler, wrote": who they are
        }
        if (first.lower().equals("one") && comma + 3 < end && t.get(comma + 2).lower().equals("of")) {
            return comma; // "Xinhe Aviation Parts, one of the sanctioned firms, said": which of many it is
        }
        boolean describes = false;
        for (int j = comma + 1; j < end - 1; j++) {
            int title = lex.match("titles", t, j);
            if (title > 1) {
                describes = true;
                j += title - 1; // "New Hampshire’s deputy secretary of state": the title's own lower-case words
                continue;
            }
            if (!speakerWord(j)) {
                return -1;
            }
            describes |= title > 0 || lex.has("spokesperson roles", t.get(j)) || lex.has("government words", t.get(j));
        }
        return describes ? comma : -1;
    }

    /**
     * tokens[from, to) describe someone without a verb of their own, up to a relative clause ("a researcher at the
     * London-based security firm Redline Security who examined samples the group posted online"), whose verbs are
     * the clause's.
     */
    private boolean describesWithoutVerb(int from, int to) {
        for (int j = from; j < to; j++) {
            Token w = t.get(j);
            if (j > from + 1 && (w.lower().equals("who") || w.lower().equals("whose"))) {
                return true;
            }
            if (!(w.word() || w.quoteMark() || hyphenInWord(j))
                    || !w.capitalized() && (lex.has("finite", w) || lex.has("asserts", w))) {
                return false;
            }
        }
        return to - from <= 13;
    }

    /**
     * The comma (or closing quotation mark) before a description that ends at the comma {@code end}: up to ten words
     * with a title or role and no verb ("Russia's ambassador to the United States"); -1 when there is none.
     */
    int descriptionStart(int end) {
        if (end <= bodyStart || !t.get(end).is(",")) {
            return -1;
        }
        boolean titled = false;
        for (int j = end - 1; j > bodyStart && j >= end - 12; j--) {
            Token token = t.get(j);
            if (token.is(",") || token.quoteMark()) {
                return titled && j < end - 1 ? j : -1;
            }
            if (!token.capitalized() && (lex.has("finite", token) || lex.match("asserts", t, j) > 0)) {
                return -1; // a verb: a clause, no description ("the United States" is none)
            }
            titled |= lex.match("titles", t, j) > 0 || lex.has("spokesperson roles", token);
        }
        return -1;
    }

    /** ", the top U.S. infectious disease expert" up to the end: who the speaker named before is, no verb. */
    boolean trailingDescription(int comma) {
        if (comma >= n || !t.get(comma).is(",")) {
            return false;
        }
        if (comma + 2 < n && t.get(comma + 1).lower().equals("who")) {
            return true; // "said Brian Bounanano, who works in the AG's election unit": who the speaker is
        }
        boolean titled = false;
        for (int j = comma + 1; j < n; j++) {
            Token token = t.get(j);
            if (!token.word() && !token.quoteMark() || !token.capitalized()
                    && (lex.has("finite", token) || lex.match("asserts", t, j) > 0)) {
                return false;
            }
            titled |= lex.match("titles", t, j) > 0 || lex.has("spokesperson roles", token);
        }
        return titled;
    }

    /** ", Vladimir Chizhov," before {@code end}: a name of up to four words between commas after a description. */
    private int[] describedName(int end) {
        if (end - 1 <= bodyStart || !t.get(end - 1).is(",")) {
            return null;
        }
        int comma = end - 2;
        while (comma > bodyStart && comma >= end - 6 && (t.get(comma).capitalized()
                || lex.has("name particles", t.get(comma)))) {
            comma--;
        }
        if (comma <= bodyStart || comma == end - 2 || !t.get(comma).is(",")) {
            return null;
        }
        for (int j = comma - 1; j >= bodyStart && j >= comma - 8; j--) {
            if (lex.match("titles", t, j) > 0 || lex.has("spokesperson roles", t.get(j))) {
                return new int[] {comma + 1, end - 1};
            }
        }
        return null;
    }

    /** Steps back over "has", "also", "repeatedly" …; -1 when a negation stands there. */
    int skipAdverbsBack(int v, int floor) {
        int j = v;
        while (j > floor) {
            Token token = t.get(j - 1);
            if (lex.has("negations", token) || token.lower().endsWith("n't") || token.lower().endsWith("n’t")) {
                return -1;
            }
            boolean lyAdverb = token.word() && !token.capitalized() && token.lower().endsWith("ly")
                    && token.text().length() > 4; // "falsely claimed", "publicly stated"
            if (lex.has("adverbs", token) || lyAdverb || lex.has("finite", token) && !token.capitalized()) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    boolean speakerWord(int j) {
        Token token = t.get(j);
        if (!token.word()) {
            // "Anti-vaccine activists"; "the drivers' union": a plural's possessive mark before a body; "Johnson &
            // Johnson"
            return hyphenInWord(j) || token.is("&") && j > 0 && j + 1 < n && t.get(j - 1).capitalized()
                    && t.get(j + 1).capitalized() || (token.is("'") || token.is("’")) && j > 0 && t.get(j - 1).lower().endsWith("s")
                    && t.get(j - 1).end() == token.start() && j + 1 < n && lex.namesABody(t.get(j + 1));
        }
        if (j > 0 && t.get(j - 1).dash() && t.get(j - 1).end() == token.start()) {
            return true; // "Anti-vaccine"
        }
        if (lex.has("number words", token) && j + 1 < t.size() && (lex.namesABody(t.get(j + 1))
                || t.get(j + 1).lower().equals("of"))) {
            return true; // "two sources", "three officials", "lawyers for two of the defendants"
        }
        if (lex.has("name particles", token) && j > 0 && j + 1 < n && t.get(j - 1).capitalized()
                && t.get(j + 1).capitalized()) {
            return true; // "Erik ten Hag", "Ursula von der Leyen"
        }
        if (functionWord(token)) {
            String word = token.lower();
            return word.equals("the") || word.equals("a") || word.equals("an") || word.equals("of")
                    || word.equals("for") || word.equals("and")
                    || word.equals("to") && j > 0 && (lex.has("titles", t.get(j - 1)) // "envoy to the OSCE"
                            || lex.has("spokesperson roles", t.get(j - 1)))
                    // "rebels in Donetsk", "scientists at the WMO", "officials in Tokyo", "the health ministry in
                    // Gaza": where the body is (SpeakerResolver makes "officials in Kyiv" Kyiv's government)
                    || (word.equals("in") || word.equals("at") || word.equals("from")) && j > 0
                            && lex.namesABody(t.get(j - 1)) && placeFollows(j + 1);
        }
        if (COMPASS.contains(token.lower()) && j > 0 && j + 1 < n && t.get(j + 1).capitalized()
                && List.of("in", "at", "from").contains(t.get(j - 1).lower())) {
            return true; // "villagers in southern South Sudan"
        }
        return token.capitalized() || lex.has("pronouns", token) || lex.match("titles", t, j) > 0
                || qualifiesWhoSpeaks(j)
                || lex.has("spokesperson roles", token) || lex.namesABody(token)
                || lex.has("communication nouns", token) || lex.has("unnamed sources", token) // "the person"
                || lex.demonym(t, j).isPresent();
    }

    /**
     * "Ukraine's defence ministry", "the UN human rights office", "Saudi Arabia's energy minister", "a former
     * employee": lower-case words before a government word or a title.
     */
    private boolean qualifiesWhoSpeaks(int j) {
        if (t.get(j).lower().endsWith("ing") || t.get(j).lower().endsWith("ed")) {
            // ", citing intelligence reports", "asked the minister": a verb, not "the defence ministry"; but "the
            // monitoring mission", "the EU's monitoring mission", "the ruling party": a determiner, then the body
            Token before = j > 0 ? t.get(j - 1) : null;
            boolean determined = before != null && before.word() && (isArticle(before)
                    || before.lower().equals("the") || before.text().endsWith("'s") || before.text().endsWith("’s")
                    || before.capitalized() && !lex.has("function words", before));
            return determined && j + 1 < n && lex.namesABody(t.get(j + 1));
        }
        for (int k = j + 1; k < Math.min(n, j + 4); k++) {
            Token next = t.get(k);
            if ((next.is("'") || next.is("’")) && k == j + 1) {
                continue; // "the drivers' union"
            }
            if (lex.has("government words", next) || lex.has("organisation words", next)
                    || lex.match("titles", t, k) > 0 || lex.has("group nouns", next) || lex.has("non-state groups", next)) {
                // "the defence ministry", "the central bank", "the energy minister", "election officials", "social
                // media influencers"
                return true;
            }
            if (!next.word() || lex.has("function words", next)) {
                return false; // "a former Nexora sales manager": a name may stand between
            }
        }
        return false;
    }

    /** Past "the", "Russian", "Moscow's", "her" from {@code from}: where the noun they determine stands. */
    int skipDeterminers(int from) {
        int j = from;
        while (j < n && (t.get(j).word() && (lex.has("function words", t.get(j)) || t.get(j).capitalized()
                        || t.get(j).lower().endsWith("'s") || t.get(j).lower().endsWith("’s")) // "the group's figure"
                || t.get(j).is("'") || t.get(j).is("’"))) {
            j++;
        }
        return j;
    }

    /**
     * "Congress chief Rahul Gandhi’s" before the noun at {@code noun}: where the possessive owner starts (not before
     * {@code from}), or -1 when the words before the noun are no one's.
     */
    int possessiveOwner(int from, int noun) {
        if (noun - 1 < from || !t.get(noun - 1).word() || !t.get(noun - 1).text().matches(".*\\p{L}['’]s")) {
            return -1;
        }
        int start = noun - 1;
        while (start > from && speakerWord(start - 1) && !t.get(start - 1).quoteMark()) {
            start--;
        }
        return start;
    }

    /**
     * "opposition leader Anna Berg’s claim": the index of the claim noun after an owner described by a title, or
     * {@code from} when no possessive owner and claim noun follow within five words.
     */
    int afterDescribedOwner(int from) {
        for (int m = from; m < Math.min(n - 1, from + 5) && speakerWord(m); m++) {
            if ((lex.has("allegation nouns", t.get(m + 1)) || lex.has("statement nouns", t.get(m + 1)))
                    && possessiveOwner(from, m + 1) == from) {
                return m + 1;
            }
        }
        return from;
    }

    /** "that" or "whether" at j, before the clause it opens. */
    boolean complementizer(int j) {
        return j < n && lex.has("complementizers", t.get(j));
    }

    /** "Anti-vaccine", "34-year-old": the token at j is a hyphen inside a word, no space on either side. */
    private boolean hyphenInWord(int j) {
        Token token = t.get(j);
        return token.dash() && j > 0 && j + 1 < t.size() && (t.get(j - 1).word() || t.get(j - 1).numeric())
                && t.get(j + 1).word() && t.get(j - 1).end() == token.start() && token.end() == t.get(j + 1).start();
    }

    /**
     * What a complement says of the reports or claims it names — "the reports were “absurd”", "the claims of Kyiv were
     * baseless", "there is no truth to these reports" — or null when it is no such judgement.
     */
    Position judgementOfReports(int from, int to) {
        Position judged = judgement(from, to, true);
        return judged != null ? judged : judgementWithin(from, to);
    }

    /**
     * "The claims of voter fraud in Virginia during the election are unfounded": where the thing claimed starts and
     * ends (after "of", before the copula), when the claims are named by it and no clause says them; else null.
     */
    int[] claimsOf(int from, int to) {
        int noun = from < to && t.get(from).lower().equals("the") ? from + 1 : from;
        if (noun + 3 >= to || !lex.has("allegation nouns", t.get(noun)) || !t.get(noun + 1).lower().equals("of")) {
            return null;
        }
        for (int j = noun + 2; j < to; j++) {
            if (COPULAS.contains(t.get(j).lower())) {
                return j > noun + 3 ? new int[] {noun + 2, j} : null; // two words at least: "of fraud" is no claim
            }
            if (!t.get(j).word() && !t.get(j).numeric() && !t.get(j).is(".") || lex.has("complementizers", t.get(j))) {
                return null;
            }
        }
        return null;
    }

    /** How many of tokens[from, to) stand outside quotation marks: a quoted string of judgements counts as one. */
    private long ownWords(int from, int to) {
        return IntStream.range(from, to).filter(k -> !quoted[k]).count();
    }

    /**
     * "There is no truth to these reports", "We reject these false allegations": a short statement that names the
     * reports just mentioned and judges them (DENIES, or ASSERTS for "these reports are accurate"); null otherwise.
     */
    Position judgementWithin(int from, int to) {
        if (ownWords(from, to) > 12 || to - from > 24) {
            return null;
        }
        boolean aboutReports = false;
        for (int j = from; j + 1 < to; j++) {
            String word = t.get(j).lower();
            aboutReports |= (ANAPHORA.contains(word) || word.equals("the") || word.equals("such"))
                    && lex.has("allegation nouns", t.get(j + 1));
        }
        return aboutReports ? judgedBy(from, to) : null;
    }

    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "rural", "coastal");

    /** "Kyiv", "the World Meteorological Organization": a capitalised name at j, after "the" or not. */
    private boolean placeFollows(int j) {
        int name = j < n && t.get(j).lower().equals("the") ? j + 1 : j;
        if (name + 1 < n && COMPASS.contains(t.get(name).lower())) {
            name++; // "villagers in southern South Sudan"
        }
        return name < n && t.get(name).capitalized();
    }

    /** True when "is said to" or "reportedly"-like hedging puts the verb at v: then the hedge rule reads it. */
    boolean hedgeBefore(int v) {
        for (int j = Math.max(0, v - 2); j <= v; j++) {
            int length = lex.match("hedges", t, j);
            if (length > 0 && j + length > v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the complement of a reporting verb starts: after "that" (or "whether" for doubts), possibly after a
     * few words of time and circumstance ("said in a statement yesterday, Wednesday, that"), or at a subject
     * pronoun ("said on Thursday it would"), or inside quotation marks after a colon; -1 when there is none.
     */
    int complementStart(int after, Position position) {
        if (after < n && t.get(after).is(":")) {
            int q = after + 1;
            while (q < n && t.get(q).quoteMark()) {
                q++;
            }
            return q > after + 1 && q < n ? q : -1;
        }
        if (after + 1 < n && t.get(after).quotationMark() && quoted[after + 1] && position == Position.ASSERTS
                && after > bodyStart && lex.has("publisher dismissals", t.get(after - 2))) {
            // "falsely claims “over 1,100 people died from reactions to the shot” in 2018": the claim in its words
            return after + 1;
        }
        for (int j = after; j < Math.min(n, after + 16); j++) {
            Token token = t.get(j);
            if (lex.has("complementizers", token)) {
                return j + 1 < n ? j + 1 : -1;
            }
            if (lex.match("according to", t, j) > 0 && j > after && t.get(j - 1).is(",")) {
                // "said, according to Interfax, that …": the agency that relayed it is circumstance
                while (j + 1 < n && !t.get(j + 1).is(",")) {
                    j++;
                }
                continue;
            }
            boolean published = j > after && token.lower().endsWith("ed") && (lex.has("between verb and that", t.get(j - 1))
                    || lex.has("communication nouns", t.get(j - 1))); // "in an interview published online by …"
            boolean circumstance = token.is(",") || token.numeric() || token.capitalized() || published
                    || lex.has("function words", token) || lex.has("time words", token)
                    || lex.has("allegation nouns", token) // "cast doubt on claims that …"
                    || lex.has("between verb and that", token) || lex.has("communication nouns", token);
            if (token.is(":") && j > after && j + 1 < n && t.get(j + 1).quoteMark()) {
                return complementStart(j, position); // "said on Twitter: “…”"
            }
            if (!circumstance || lex.has("clause subjects", token) && j > after) {
                break;
            }
        }
        if (ADDRESSING.contains(t.get(after - 1).lower())) {
            // "told a Senate subcommittee that …": whoever was told, then what
            for (int w = after; w < Math.min(n, after + 8) && t.get(w).word(); w++) {
                if (lex.has("complementizers", t.get(w))) {
                    return w + 1 < n ? w + 1 : -1;
                }
            }
        }
        int j = after;
        boolean addressed = ADDRESSING.contains(t.get(after - 1).lower());
        int named = addressed ? addresseeEnd(after - 1, after) : after;
        if (named > after && named + 1 < n && !t.get(named).capitalized() && !COPULAS.contains(t.get(named).lower())) {
            // "told ABC News the allegations are …": the one told, then what
            j = named;
            after = named;
            addressed = false;
        }
        if (addressed && j + 1 < n && lex.has("between verb and that", t.get(j))) {
            j++; // "told reporters the troops would …": an audience, then what it was told
            after++;
            addressed = false;
            if (t.get(after).is(":")) {
                return complementStart(after, position); // "told reporters: “…”"
            }
        }
        while (j < n && (lex.has("time words", t.get(j)) || t.get(j).is(",")) && !quantity(j)) {
            j++;
        }
        if (j > after && j < n && lex.has("finite", t.get(j)) && !t.get(after).capitalized()
                && t.subList(after, j).stream().allMatch(Token::word)) {
            // "said last year was the hottest on record": the time words are the subject ("said Friday was …" is
            // "said on Friday": no claim)
            return after;
        }
        if (j < n - 1 && lex.has("clause subjects", t.get(j)) && !lex.has("function words", t.get(j))
                && t.get(j + 1).word()) {
            return j;
        }
        // "said Russia posed no threat", "said its troops had returned", "said at least 20 civilians were killed",
        // "said the decision had been made", "said a new round of talks in Geneva would follow": a subject, then its
        // verb within eight words
        boolean subject = j == after && t.get(j).capitalized() && !lex.has("time words", t.get(j))
                || POSSESSIVES.contains(t.get(j).lower()) || t.get(j).numeric() || quantity(j)
                // "said the talks had …", "said several units had …", but "told the ministers Russia would …"
                // names who was told first
                || j == after && (isArticle(t.get(j)) || t.get(j).lower().equals("the")
                        || lex.has("subject determiners", t.get(j)) || lex.has("number words", t.get(j))) && !addressed
                // "said inflation would peak …", "said units of the Western district had …": a bare noun, then
                // its auxiliary
                || j == after && !addressed && j + 1 < n && bareNounThenVerb(j);
        if (j < n - 1 && subject) {
            for (int v = j + 1; v < Math.min(n, j + 9); v++) {
                Token verb = t.get(v);
                // "about 80% of its members had …": a unit after its number is inside the subject
                boolean unit = UNITS.contains(verb.text()) && t.get(v - 1).numeric();
                if (!verb.word() && !verb.numeric() && !hyphenInWord(v) && !unit || lex.has("subordinators", verb)) {
                    break; // "vowed the West a harsh response if Russia is …": the verb of another clause
                }
                if (lex.has("complementizers", verb)) {
                    return v + 1 < n ? v + 1 : -1; // "told Interfax news agency that …": who was told, then what
                }
                if (lex.has("finite", verb) || pastTense(verb) || clauseNegation(verb)) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** A lower-case noun, then a finite auxiliary or a past tense within eight words, nothing but words between. */
    private boolean bareNounThenVerb(int j) {
        Token noun = t.get(j);
        if (!noun.word() || noun.capitalized() || lex.has("function words", noun) || lex.has("finite", noun)
                || noun.lower().endsWith("ed")) {
            return false;
        }
        if (noun.lower().endsWith("ing")) {
            // "saying shelling continued", "said fighting had resumed": a noun in -ing only right before its verb
            // (never "adding", "citing": a participle)
            return j + 1 < n && !lex.has("participles", noun)
                    && (lex.has("finite", t.get(j + 1)) || pastTense(t.get(j + 1)));
        }
        for (int v = j + 1; v < Math.min(n, j + 9); v++) {
            if (lex.has("finite", t.get(v)) || pastTense(t.get(v)) || clauseNegation(t.get(v))) {
                return true; // "said inflation would peak", "said heavy fighting continued"
            }
            if (!t.get(v).word() || lex.has("subordinators", t.get(v)) || lex.has("complementizers", t.get(v))) {
                return false;
            }
        }
        return false;
    }

    /** "at least 20", "some 300", "dozens of": a quantity starts here ("over the weekend" is none). */
    private boolean quantity(int j) {
        int length = lex.match("quantifiers", t, j);
        return length > 0
                && (t.get(j + length - 1).lower().equals("of") || j + length < n && t.get(j + length).numeric());
    }

    /** The closing quotation mark of the one opened at {@code open}, or the sentence's last token. */
    int closingQuote(int open) {
        for (int j = open + 1; j < t.size(); j++) {
            if (t.get(j).quoteMark()) {
                return j;
            }
        }
        return t.size() - 1;
    }

    /** The end of a quotation opened just before {@code from}, or -1 when {@code from} is not in quotes. */
    int quotedEnd(int from) {
        if (from == 0 || !t.get(from - 1).quoteMark()) {
            return -1;
        }
        for (int j = from; j < t.size(); j++) {
            if (t.get(j).quoteMark()) {
                return trimEnd(from, j);
            }
        }
        return -1;
    }

    /**
     * Where a complement ends: before ", which", ", according to", a participle clause, a contrast ("while",
     * "but"), a verb phrase joined by ", and" (a second thing the subject did), a semicolon, or the sentence end.
     */
    int complementEnd(int from) {
        for (int j = from; j < n; j++) {
            Token token = t.get(j);
            if (token.is(";")) {
                return trimEnd(from, j);
            }
            if ((token.lower().equals("and") || token.lower().equals("but")) && j > from && j + 1 < n
                    && (lex.match("asserts", t, j + 1) > 0 || lex.match("denies", t, j + 1) > 0
                            || lex.match("judging verbs", t, j + 1) > 0 || lex.match("appeals", t, j + 1) > 0
                            || lex.match("questions", t, j + 1) > 0
                            // "denies it has any plans to attack but wants Western guarantees": the speaker again
                            || token.lower().equals("but") && presentVerb(j + 1))) {
                // "called the findings … and said …", "would appeal and called the verdict …", "had found no evidence
                // of arson and urged residents …", "confirmed that … but disputed the group's figure": the next
                // statement
                return trimEnd(from, j);
            }
            if (!token.is(",") || j + 1 >= n) {
                continue;
            }
            Token next = t.get(j + 1);
            if (next.lower().equals("which") && positionAhead(j + 2) || lex.match("according to", t, j + 1) > 0
                    || lex.match("participles", t, j + 1) > 0 || lex.match("clause breaks", t, j + 1) > 0
                    // ", a claim Moscow denied" — or did not comment on: about the claim, not part of it
                    || isArticle(next) && j + 3 < n && lex.has("allegation nouns", t.get(j + 2))
                            && (positionAhead(j + 3) || t.get(j + 3).capitalized())
                    || remarkAt(j)) {
                return trimEnd(from, j);
            }
            if ((next.lower().equals("and") || next.lower().equals("but")) && j + 2 < n
                    && verbLike(t.get(j + 2), j + 2)) {
                return trimEnd(from, j);
            }
        }
        return trimEnd(from, n);
    }

    /**
     * ", a target the United Nations says is slipping out of reach" at the comma {@code comma}: someone else's remark
     * on what was just said, an article and a noun, then a capitalised speaker and a reporting verb; not part of the
     * claim.
     */
    private boolean remarkAt(int comma) {
        if (!t.get(comma).is(",") || comma + 3 >= n || !isArticle(t.get(comma + 1)) || !t.get(comma + 2).word()
                || t.get(comma + 2).capitalized()) {
            return false;
        }
        for (int v = comma + 3; v < Math.min(n, comma + 10); v++) {
            if (!t.get(v).word()) {
                return false;
            }
            if (lex.match("asserts", t, v) > 0) {
                return t.get(v - 1).capitalized();
            }
        }
        return false;
    }

    /** tokens[from, to) without a closing remark of someone else's (see {@link #remarkAt}). */
    int beforeRemark(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (remarkAt(j)) {
                return trimEnd(from, j);
            }
        }
        return to;
    }

    /** "which Moscow denied": a few speaker words, then a verb of denial or doubt, before any punctuation. */
    private boolean positionAhead(int from) {
        for (int v = from + 1; v < Math.min(n, from + 8); v++) {
            if (!t.get(v).word()) {
                return false;
            }
            if (lex.match("denies", t, v) > 0 || lex.match("questions", t, v) > 0 || calledAs(v) != null) {
                return true;
            }
        }
        return false;
    }

    boolean verbLike(Token token, int at) {
        return lex.has("finite", token) || lex.match("asserts", t, at) > 0 || lex.match("denies", t, at) > 0
                || pastTense(token);
    }

    /**
     * "wants", "says", "insists" at j: a verb in the third person, not "tanks were" (a plural noun, then its verb) nor
     * "its"; for "X denies … but wants …", where the speaker goes on.
     */
    private boolean presentVerb(int j) {
        Token token = t.get(j);
        String word = token.lower();
        return j + 1 < n && token.word() && !token.capitalized() && word.length() > 3 && word.endsWith("s")
                && !word.endsWith("ss") && !word.endsWith("us") && !functionWord(token)
                && !lex.has("finite", t.get(j + 1)) && !verbLike(t.get(j + 1), j + 1);
    }

    /** "mRNA vaccines never enter …": "never" or "not" after a subject stands before its verb. */
    private static boolean clauseNegation(Token token) {
        return token.lower().equals("never") || token.lower().equals("not");
    }

    /** "attacked", "rose", "met": a past tense, by its -ed or the lexicon's {@code [irregular past]}. */
    private boolean pastTense(Token token) {
        return !token.capitalized() && (token.lower().endsWith("ed") || lex.has("irregular past", token));
    }

    int trimEnd(int from, int to) {
        int end = to;
        while (end > from && (!content(end - 1) || t.get(end - 1).quoteMark())) {
            end--;
        }
        end = closingBracket(from, end, to);
        // a quotation opened inside keeps its closing mark: had been "constructive", not had been "constructive
        if (t.subList(from, end).stream().filter(Token::quoteMark).count() % 2 == 1) {
            // up to the end of the sentence's content, or through its closing punctuation
            for (int j = end; j < t.size() && (j < to || !t.get(j).word() && !t.get(j).numeric()); j++) {
                if (t.get(j).quoteMark()) {
                    return j + 1;
                }
            }
        }
        return end;
    }

    /**
     * Only when and where it was said follows: "…," X said on Thursday / in a statement / on Telegram — up to the
     * end, or up to ", adding that …" (the participle rule reads that further claim).
     */
    boolean onlyTimeWordsUntilEnd(int from) {
        boolean addressee = false;
        for (int j = from; j < n; j++) {
            if (t.get(j).is(",") && j + 1 < n && (lex.match("participles", t, j + 1) > 0
                    || !t.get(j + 1).capitalized() && t.get(j + 1).lower().endsWith("ing"))
                    || lex.has("occasions", t.get(j))) {
                return true; // ", adding that …" follows, or "after talks with …": the occasion, not a claim
            }
            if (t.get(j).lower().equals("with") && j > from && lex.has("between verb and that", t.get(j - 1))) {
                return true; // "in an interview with Russian radio stations": whom it was said to
            }
            int place = placePhraseEnd(j);
            if (place > j) {
                j = place - 1; // "at the state Capitol", "in the northern city of Kharkiv"
                continue;
            }
            boolean modifier = j + 1 < n && t.get(j).word() && !t.get(j).capitalized()
                    && lex.has("between verb and that", t.get(j + 1)); // "in his nightly address"
            // "in a statement to POLITICO", "in an interview with Fox Business": whom it was said to
            addressee = t.get(j).capitalized() && j > from && (addressee && t.get(j - 1).capitalized()
                    || t.get(j - 1).lower().equals("to") || t.get(j - 1).lower().equals("with"));
            if (!lex.has("time words", t.get(j)) && !lex.has("between verb and that", t.get(j)) && !addressee
                    && !lex.has("function words", t.get(j)) && !t.get(j).is(",") && !placeName(j) && !modifier) {
                return false;
            }
        }
        return true;
    }

    /** "at the state Capitol", "in the port city of Odesa": where a place phrase after "in" or "at" ends, or -1. */
    private int placePhraseEnd(int j) {
        if (!t.get(j).lower().equals("in") && !t.get(j).lower().equals("at")) {
            return -1;
        }
        int k = j + 1 < n && t.get(j + 1).lower().equals("the") ? j + 2 : j + 1;
        int words = 0;
        while (k < n && words < 4 && t.get(k).word() && !t.get(k).capitalized() && !lex.has("finite", t.get(k))
                && (!lex.has("function words", t.get(k)) || t.get(k).lower().equals("of"))) {
            k++;
            words++;
        }
        if (k >= n || !t.get(k).capitalized()) {
            return -1;
        }
        while (k < n && t.get(k).capitalized()) {
            k++;
        }
        return k;
    }

    /** "in Brussels", "in New York", "at the Kremlin": a capitalised word of a place after "in" or "at". */
    private boolean placeName(int j) {
        int k = j - 1;
        while (k > 0 && t.get(k).capitalized()) {
            k--;
        }
        if (k > 0 && t.get(k).lower().equals("the")) {
            k--;
        }
        return t.get(j).capitalized() && k >= 0 && (t.get(k).lower().equals("in") || t.get(k).lower().equals("at"));
    }

    String words(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(t.get(from).start(), t.get(to - 1).end()).replaceAll("\\s+", " ");
    }
}
