package org.claimtrack.extraction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes claims and stances from an article with explicit attribution rules. Every rule is general news
 * grammar — who said what, who accused whom, who denied it — and none knows any one article; each proposal says
 * which rule and cue produced it. Quotes are spans of the text by construction, never rewritten words.
 *
 * <p>Rules, tried at each token left to right; what one consumes is not read again:
 * <ul>
 * <li>{@link Rule#ACCORDING_TO} "…, according to X." / "According to X, …" — X ASSERTS the rest, the publisher
 * REPORTS it;</li>
 * <li>{@link Rule#ACCUSED} "X accused Y of …" — X ASSERTS "Y has …", the publisher REPORTS it;</li>
 * <li>{@link Rule#WHICH_DENIED} "…, which X denied" / "…, a claim X denied" — X DENIES the claim just made;</li>
 * <li>{@link Rule#REJECTING} "Rejecting the allegation, X says …" — X DENIES the previous claim and ASSERTS its
 * own;</li>
 * <li>{@link Rule#DENIED} "X denied (that) …" / "X denied having …" / "X denied the allegation";</li>
 * <li>{@link Rule#SAID_THAT} "X said (that) …", "X said: “…”", questioning verbs as QUESTIONS;</li>
 * <li>{@link Rule#PARTICIPLE} "…, noting that …" — the sentence's speaker ASSERTS a further claim;</li>
 * <li>{@link Rule#SAID_AFTER} "…, X said." / "“…,” said X.";</li>
 * <li>{@link Rule#HEDGED} "X is said to …", "reportedly" — nobody on record: the publisher REPORTS it;</li>
 * <li>{@link Rule#PUBLISHER} a sentence with no attribution that names someone or holds a number — the publisher
 * ASSERTS it in its own voice.</li>
 * </ul>
 * A complement made of several clauses joined by ", and" becomes one claim per clause. A claim must be checkable:
 * at least four words, and a name or a number in it.
 */
public final class Extractor {

    /** The rules, each with the confidence its proposals start from. */
    public enum Rule {
        ACCORDING_TO("\"according to X\"", 0.85),
        ACCUSED("\"X accused Y of …\"", 0.85),
        WHICH_DENIED("\"…, which X denied\"", 0.85),
        REJECTING("\"rejecting the allegation, X says …\"", 0.8),
        DENIED("\"X denied …\"", 0.85),
        JUDGED("\"X said the reports were “absurd”\" / \"X called the claims …\" (the claim just proposed)", 0.8),
        SAID_THAT("\"X said (that) …\"", 0.9),
        PARTICIPLE("\"…, noting that …\" (same speaker)", 0.75),
        SAID_AFTER("\"…, X said\"", 0.85),
        HEDGED("\"X is said to …\" (no one on record)", 0.6),
        PUBLISHER("statement in the publisher's own voice", 0.5);

        final String pattern;
        final double confidence;

        Rule(String pattern, double confidence) {
            this.pattern = pattern;
            this.confidence = confidence;
        }

        public String pattern() {
            return pattern;
        }
    }

    private final Registry registry;

    public Extractor(Registry registry) {
        this.registry = registry;
    }

    /**
     * The proposals for an article, in document order.
     *
     * @throws IllegalArgumentException when there is no lexicon for the article's language
     */
    public List<Proposal> extract(Article article) {
        Lexicon lexicon = Lexicon.forLanguage(article.language())
                .orElseThrow(() -> new IllegalArgumentException("no lexicon for language " + article.language()));
        List<Sentence> sentences = new Segmenter(lexicon).sentences(article.text());
        SpeakerResolver speakers = new SpeakerResolver(lexicon, registry, article.text());
        speakers.learn(sentences);
        Run run = new Run(article, lexicon, speakers);
        for (Sentence sentence : sentences) {
            if (sentence.endsLikeSentence()) {
                run.sentence(sentence);
            }
        }
        return run.proposals();
    }

    /** One extraction: the article, the proposals so far (a later "which X denied" answers the last one). */
    private static final class Run {
        private final Article article;
        private final String text;
        private final Lexicon lex;
        private final SpeakerResolver speakers;
        private final List<Draft> drafts = new ArrayList<>();
        private List<Token> t;
        private int n;
        private int bodyStart;
        private List<Speaker> sentenceSpeakers;
        /** quoted[k]: token k stands inside a quotation (its speech, where no attribution is looked for) */
        private boolean[] quoted;
        /** Who spoke the last quotation: a sentence wholly in quotation marks after it continues their words. */
        private List<Speaker> quotationSpeakers = List.of();

        Run(Article article, Lexicon lexicon, SpeakerResolver speakers) {
            this.article = article;
            this.text = article.text();
            this.lex = lexicon;
            this.speakers = speakers;
        }

        List<Proposal> proposals() {
            return drafts.stream().filter(d -> !d.stances.isEmpty())
                    .map(d -> new Proposal(d.claimText, d.sentenceStart, d.sentenceEnd, List.copyOf(d.stances)))
                    .toList();
        }

        void sentence(Sentence sentence) {
            t = sentence.tokens();
            n = lastContent(t.size());
            bodyStart = skipOpeners(0);
            sentenceSpeakers = List.of();
            quoted = new boolean[t.size()];
            boolean inside = false;
            for (int j = 0; j < t.size(); j++) {
                inside ^= t.get(j).quotationMark();
                quoted[j] = inside && !t.get(j).quotationMark();
            }
            int attributions = 0;
            int lastEnd = bodyStart;
            int k = bodyStart;
            while (k < n) {
                if (quoted[k]) {
                    k++; // "“… We have said it many times,” Zakharova said.": the speech's own verbs attribute nothing
                    continue;
                }
                int consumed = tryRulesAt(k);
                if (consumed > k) {
                    attributions++;
                    k = consumed;
                    lastEnd = consumed;
                } else {
                    k++;
                }
            }
            boolean hasQuotation = t.stream().anyMatch(Token::quotationMark);
            if (attributions == 0 && whollyQuoted() && !quotationSpeakers.isEmpty()) {
                // "“We will not invade,” Zakharova said. “Russia has no such plans.”": the same speaker goes on
                int from = bodyStart + 1;
                addClauses(from, trimEnd(from, n), quotationSpeakers, Position.ASSERTS, Rule.SAID_AFTER,
                        "the quotation goes on", -1);
                return;
            }
            quotationSpeakers = hasQuotation ? sentenceSpeakers : List.of();
            if (attributions == 0) {
                publisherStatements(bodyStart);
                return;
            }
            // "X is said to …, and Y did Z.": a clause after the last attribution that nobody is said to have said
            for (int j = lastEnd; j + 2 < n; j++) {
                if (t.get(j).is(",") && t.get(j + 1).lower().equals("and") && clauseFollows(j + 2, n)) {
                    publisherStatements(j + 2);
                    return;
                }
            }
        }

        /** The sentence is one quotation: an opening mark first and its closing mark last, none between. */
        private boolean whollyQuoted() {
            return bodyStart < n && t.get(bodyStart).quotationMark()
                    && t.stream().filter(Token::quotationMark).count() == 2
                    && t.subList(n, t.size()).stream().anyMatch(Token::quotationMark);
        }

        /** The end of the sentence's content: before the final full stop and closing quotes. */
        private int lastContent(int size) {
            int end = size;
            while (end > 0 && !content(end - 1)) {
                end--;
            }
            return end;
        }

        /** A word, a number, or the unit written right after a number ("8.8%"): what a claim may end with. */
        private boolean content(int j) {
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
                if (!t.get(j).is(",") && !t.get(j).is("(") && !t.get(j).is(")") && !t.get(j).numeric()
                        && !t.get(j).capitalized()) {
                    break;
                }
            }
            return from;
        }

        private boolean weekday(Token token) {
            return token.capitalized() && lex.has("time words", token) && token.lower().endsWith("day");
        }

        /** Tries each rule at token k; answers the index after what the rule consumed, or k if none applied. */
        private int tryRulesAt(int k) {
            int length;
            if ((length = lex.match("according to", t, k)) > 0) {
                return accordingTo(k, length);
            }
            if (k == bodyStart && lex.has("denial participles", t.get(k))) {
                int end = rejecting(k);
                if (end > k) {
                    return end;
                }
            }
            if (k > 0 && t.get(k - 1).is(",") && (t.get(k).lower().equals("which") || isArticle(t.get(k))
                    && k + 1 < n && lex.has("allegation nouns", t.get(k + 1)))) {
                int end = whichDenied(k);
                if (end > k) {
                    return end;
                }
            }
            if (k > bodyStart && t.get(k).capitalized()) {
                return k; // "the US State Department": a capitalised word inside a sentence is a name, not "state"
            }
            if ((length = lex.match("accuses", t, k)) > 0) {
                int end = accused(k, length);
                if (end > k) {
                    return end;
                }
            }
            if ((length = lex.match("denies", t, k)) > 0) {
                int end = denied(k, length);
                if (end > k) {
                    return end;
                }
            }
            if (k > bodyStart + 1 && t.get(k).lower().equals("saying") && t.get(k - 1).lower().equals("as")) {
                int end = quotedAsSaying(k);
                if (end > k) {
                    return end;
                }
            }
            if (k > 0 && t.get(k - 1).is(",") && (length = lex.match("participles", t, k)) > 0) {
                int end = participle(k, length);
                if (end > k) {
                    return end;
                }
            }
            if ((length = lex.match("judging verbs", t, k)) > 0) {
                int end = called(k, length);
                if (end > k) {
                    return end;
                }
            }
            if ((length = lex.match("asserts", t, k)) > 0) {
                return said(k, length, Position.ASSERTS);
            }
            if ((length = lex.match("questions", t, k)) > 0) {
                return said(k, length, Position.QUESTIONS);
            }
            if ((length = lex.match("hedges", t, k)) > 0) {
                return hedged(k, length);
            }
            return k;
        }

        /** A function word, unless written as an acronym: "WHO chief Tedros" is no "who". */
        private boolean functionWord(Token token) {
            return lex.has("function words", token) && !token.allCapitals();
        }

        private static boolean isArticle(Token token) {
            return token.lower().equals("a") || token.lower().equals("an");
        }

        // ---- rules ----

        private int accordingTo(int k, int length) {
            if (!sentenceSpeakers.isEmpty()) {
                return n; // "Moderna said …, according to a company statement": how it was said, no second speaker
            }
            int speakerEnd = k + length;
            while (speakerEnd < n && !t.get(speakerEnd).is(",") && !t.get(speakerEnd).dash()) {
                speakerEnd++;
            }
            List<Speaker> found = speakers.resolve(t, k + length, speakerEnd);
            if (found.isEmpty() || t.subList(k + length, speakerEnd).stream().noneMatch(w -> w.capitalized()
                    || lex.has("government words", w) || lex.has("organisation words", w))) { // "according to police"
                return k;
            }
            int from;
            int to;
            if (k == bodyStart) {
                from = speakerEnd < n ? speakerEnd + 1 : n;
                to = n;
            } else {
                from = bodyStart;
                to = k;
            }
            to = trimEnd(from, to);
            Draft draft = claim(from, to, null);
            if (draft == null) {
                return k;
            }
            Quote quote = Quote.of(text, t.get(from).start(), t.get(to - 1).end());
            for (Speaker speaker : found) {
                draft.add(speaker, Position.ASSERTS, quote, statedAt(bodyStart, from), Rule.ACCORDING_TO,
                        t.get(k).text() + " " + t.get(k + 1).text());
            }
            draft.add(article.publisher(), Position.REPORTS, quote, article.publishedAt(), Rule.ACCORDING_TO,
                    "relayed by the publisher");
            sentenceSpeakers = found;
            return n;
        }

        private int accused(int v, int length) {
            int[] speakerRange = speakerBefore(v);
            if (speakerRange == null) {
                return v;
            }
            int of = -1;
            for (int j = v + length; j < Math.min(n, v + length + 8); j++) {
                if (t.get(j).lower().equals("of")) {
                    of = j;
                    break;
                }
                if (!t.get(j).word()) {
                    break;
                }
            }
            if (of < 0 || of == v + length || of + 1 >= n) {
                return v;
            }
            List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            if (found.isEmpty()) {
                return v;
            }
            int end = complementEnd(of + 1);
            String accusedOne = words(v + length, of);
            boolean plural = t.subList(v + length, of).stream().anyMatch(w -> w.lower().equals("and"))
                    || !t.get(of - 1).capitalized() && t.get(of - 1).lower().endsWith("s");
            Token first = t.get(of + 1);
            String rest;
            int restFrom;
            if (first.lower().equals("having")) {
                rest = (plural ? "have " : "has ");
                restFrom = of + 2;
            } else if (first.lower().equals("being")) {
                rest = (plural ? "are " : "is ");
                restFrom = of + 2;
            } else if (first.lower().endsWith("ing")) {
                rest = (plural ? "have been " : "has been ");
                restFrom = of + 1;
            } else {
                rest = (plural ? "are responsible for " : "is responsible for ");
                restFrom = of + 1;
            }
            if (restFrom >= end) {
                return v;
            }
            String claimText = sentenceCase(subjectForm(accusedOne) + " " + rest + words(restFrom, end));
            Draft draft = draft(claimText, v + length, end, true); // the accuser is on record for it
            if (draft == null) {
                return v;
            }
            Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(end - 1).end());
            for (Speaker speaker : found) {
                draft.add(speaker, Position.ASSERTS, quote, statedAt(bodyStart, v), Rule.ACCUSED, t.get(v).text());
            }
            draft.add(article.publisher(), Position.REPORTS, quote, article.publishedAt(), Rule.ACCUSED,
                    "allegation relayed by the publisher");
            sentenceSpeakers = found;
            return end;
        }

        /** ", which X denied" / ", a claim X denied": X takes a position on the claim just made. */
        private int whichDenied(int k) {
            Draft target = lastDraft();
            if (target == null || target.sentenceStart < t.get(0).start()) {
                return k; // the claim it answers is this sentence's: none was proposed here
            }
            int speakerFrom = t.get(k).lower().equals("which") ? k + 1 : k + 2;
            for (int v = speakerFrom + 1; v < Math.min(n + 1, speakerFrom + 9) && v <= n; v++) {
                if (v < n && !t.get(v).word()) {
                    break;
                }
                int length = v < n ? lex.match("denies", t, v) : 0;
                Position position = Position.DENIES;
                if (length == 0 && v < n && (length = lex.match("questions", t, v)) > 0) {
                    position = Position.QUESTIONS;
                }
                if (length == 0 && v < n && (position = calledAs(v)) != null) {
                    // ", a claim Moscow called “hysteria”": the judgement, closing quotation mark included, is part of
                    // the attribution
                    length = trimEnd(v, n) - v;
                }
                if (length > 0) {
                    int speakerEnd = skipAdverbsBack(v, speakerFrom);
                    if (speakerEnd < 0) {
                        return k;
                    }
                    List<Speaker> found = speakers.resolve(t, speakerFrom, speakerEnd);
                    if (found.isEmpty()) {
                        return k;
                    }
                    Quote quote = Quote.of(text, t.get(k).start(), t.get(v + length - 1).end());
                    for (Speaker speaker : found) {
                        target.add(speaker, position, quote, statedAt(bodyStart, k), Rule.WHICH_DENIED,
                                t.get(v).text());
                    }
                    return v + length;
                }
            }
            return k;
        }

        /** "Rejecting the allegation, X says …". */
        private int rejecting(int k) {
            Draft target = lastDraft();
            int comma = -1;
            for (int j = k + 1; j < Math.min(n, k + 6); j++) {
                if (t.get(j).is(",")) {
                    comma = j;
                    break;
                }
            }
            if (target == null || comma < 0
                    || t.subList(k + 1, comma).stream().noneMatch(w -> lex.has("allegation nouns", w))) {
                return k;
            }
            for (int v = comma + 2; v < n; v++) {
                int length = lex.match("asserts", t, v);
                if (length > 0) {
                    int end = said(v, length, Position.ASSERTS);
                    if (end == v || sentenceSpeakers.isEmpty()) {
                        return k;
                    }
                    Quote quote = Quote.of(text, t.get(k).start(), t.get(comma - 1).end());
                    for (Speaker speaker : sentenceSpeakers) {
                        target.add(speaker, Position.DENIES, quote, statedAt(bodyStart, v), Rule.REJECTING,
                                t.get(k).text());
                    }
                    return end;
                }
            }
            return k;
        }

        private int denied(int v, int length) {
            int previous = onPrevious(v, length, Position.DENIES, Rule.DENIED);
            if (previous > v) {
                return previous;
            }
            int[] speakerRange = speakerBefore(v);
            int after = v + length;
            if (speakerRange == null || after >= n) {
                return v;
            }
            List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            if (found.isEmpty()) {
                return v;
            }
            Token next = t.get(after);
            Draft draft;
            int end;
            int quoteFrom;
            if (lex.has("complementizers", next) || next.lower().equals("that")) {
                quoteFrom = after + 1;
                end = complementEnd(quoteFrom);
                draft = claim(quoteFrom, end, found.get(0));
            } else if (next.lower().equals("having") || next.lower().endsWith("ing") && !next.capitalized()) {
                quoteFrom = speakerRange[0];
                int restFrom = next.lower().equals("having") ? after + 1 : after;
                end = complementEnd(restFrom);
                String subject = subjectName(found.get(0));
                String verb = next.lower().equals("having") ? "has " : "has been ";
                // the subject names the speaker's side, so the claim names someone even when its words do not
                draft = restFrom < end ? draft(sentenceCase(subject + " " + verb + words(restFrom, end)), restFrom, end,
                        true) : null;
            } else {
                int j = after;
                if (t.get(j).lower().equals("as") && j + 1 < n) {
                    // "rejected as “groundless” Western claims that …": the judgement before the object
                    j = t.get(j + 1).quoteMark() ? closingQuote(j + 1) + 1 : j + 2;
                }
                // "denied the claims", "denied Russian claims", "rejected Moscow's allegations"
                while (j < n && (t.get(j).word() && (lex.has("function words", t.get(j)) || t.get(j).capitalized())
                        || t.get(j).is("'") || t.get(j).is("’"))) {
                    j++;
                }
                if (j + 1 < n && t.get(j).lower().equals("any") && lex.has("intention nouns", t.get(j + 1))) {
                    j++;
                }
                if (j + 2 < n && lex.has("intention nouns", t.get(j)) && t.get(j + 1).lower().equals("to")) {
                    // "denied any plans to attack …": "Russia intends to attack …"
                    quoteFrom = speakerRange[0];
                    end = complementEnd(j + 2);
                    draft = draft(sentenceCase(subjectName(found.get(0)) + " intends to " + words(j + 2, end)), j + 2,
                            end, true);
                } else if (j + 2 < n && lex.has("allegation nouns", t.get(j)) && t.get(j + 1).lower().equals("that")) {
                    // "dismissed claims that Y (as "hysteria")": Y is what X denies
                    quoteFrom = j + 2;
                    end = dismissedAs(quoteFrom, complementEnd(quoteFrom));
                    draft = claim(quoteFrom, end, found.get(0));
                } else if (j < n && lex.has("allegation nouns", t.get(j)) && lastDraft() != null) {
                    Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(j).end());
                    for (Speaker speaker : found) {
                        lastDraft().add(speaker, Position.DENIES, quote, statedAt(bodyStart, v), Rule.DENIED,
                                t.get(v).text() + " " + t.get(j).text());
                    }
                    sentenceSpeakers = found;
                    return j + 1;
                } else if ((quoteFrom = complementStart(after, Position.DENIES)) > 0) {
                    // "Moscow denied it was planning an invasion": a clause without "that"
                    end = complementEnd(quoteFrom);
                    draft = claim(quoteFrom, end, found.get(0));
                } else {
                    return v;
                }
            }
            if (draft == null) {
                return v;
            }
            Quote quote = Quote.of(text, t.get(quoteFrom).start(), t.get(end - 1).end());
            for (Speaker speaker : found) {
                draft.add(speaker, Position.DENIES, quote, statedAt(bodyStart, v), Rule.DENIED, t.get(v).text());
            }
            sentenceSpeakers = found;
            return end;
        }

        /**
         * Before a closing judgement ("as “hysteria”", "as a provocation", "as pure fiction": "as", then a quotation or
         * up to three words with no function word but a leading article), which is the dismissal, not the claim;
         * "as part of the drills" stays in it.
         */
        private int dismissedAs(int from, int to) {
            for (int j = to - 1; j > from && j >= to - 4; j--) {
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
         * "Moscow denied it.", "Western officials disputed that, …", "The Pentagon confirmed this.": the speaker's
         * position on the claim just proposed; v when the verb has no such object or nobody speaks.
         */
        private int onPrevious(int v, int length, Position position, Rule rule) {
            int object = v + length;
            Draft target = lastDraft();
            if (target == null || object >= n || !ANAPHORA.contains(t.get(object).lower())
                    || object + 1 < n && !t.get(object + 1).is(",") && !t.get(object + 1).is(";")) {
                return v;
            }
            int[] speakerRange = speakerBefore(v);
            List<Speaker> found = speakerRange == null ? List.of()
                    : speakers.resolve(t, speakerRange[0], speakerRange[1]);
            if (found.isEmpty()) {
                return v;
            }
            Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(object).end());
            for (Speaker speaker : found) {
                target.add(speaker, position, quote, statedAt(bodyStart, v), rule, t.get(v).text());
            }
            sentenceSpeakers = found;
            return object + 1;
        }

        /**
         * "X called the reports “fake news”", "X branded the claims a provocation": X denies the claim just proposed
         * (or confirms it: "called the report accurate"); v when the object is no claim or report.
         */
        private int called(int v, int length) {
            int end = complementEnd(v + length);
            Position judged = judgement(v + length, end, false);
            int[] speakerRange = judged == null ? null : speakerBefore(v);
            if (speakerRange == null) {
                return v;
            }
            List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            return found.isEmpty() ? v : onLastClaim(v, speakerRange, found, judged, end);
        }

        /**
         * What a speaker thinks of "the reports" or "the claims" ("were “absurd”", "a lie", "accurate"): DENIES or
         * ASSERTS, or null when tokens[from, to) are not a determiner, an allegation noun, with {@code copula} a form
         * of "be", then a short judgement ("not true" turns it round).
         */
        private Position judgement(int from, int to, boolean copula) {
            int j = reportsNamed(from, to);
            if (j < 0 || copula && (j >= to || !COPULAS.contains(t.get(j).lower()))) {
                return null;
            }
            j += copula ? 1 : 0;
            if (j >= to || to - j > 6) {
                return null;
            }
            boolean negated = false;
            Position found = null;
            for (int k = j; k < to; k++) {
                negated ^= lex.has("negations", t.get(k));
                found = verdict(t.get(k)) != null ? verdict(t.get(k)) : found;
            }
            if (found == null || !negated) {
                return found;
            }
            return found == Position.DENIES ? Position.ASSERTS : Position.DENIES;
        }

        /** After "the reports", "these claims" at {@code from}: the index past the noun, or -1. */
        private int reportsNamed(int from, int to) {
            int j = from;
            if (j < to && (lex.has("function words", t.get(j)) || ANAPHORA.contains(t.get(j).lower()))) {
                j++;
            }
            return j < to && lex.has("allegation nouns", t.get(j)) ? j + 1 : -1;
        }

        /** "Moscow said the reports were …" with nothing else in the complement: about reports, not a claim. */
        private boolean reportsOnly(int from, int to) {
            int j = reportsNamed(from, to);
            return j > 0 && j < to && COPULAS.contains(t.get(j).lower());
        }

        /** What a word says of a claim: "absurd", "a lie" deny it ({@code [dismissals]}), "accurate" confirms it. */
        private Position verdict(Token word) {
            return lex.has("dismissals", word) ? Position.DENIES
                    : lex.has("confirmations", word) ? Position.ASSERTS : null;
        }

        /**
         * The speaker's judgement of the claim just proposed ({@code position}; null: none that can be read, so nothing
         * is proposed: "the reports were exaggerated" names no claim of its own). Answers the index after the sentence
         * part it read.
         */
        private int onLastClaim(int v, int[] speakerRange, List<Speaker> found, Position position, int end) {
            Draft target = lastDraft();
            if (position != null && target != null) {
                Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(end - 1).end());
                for (Speaker speaker : found) {
                    target.add(speaker, position, quote, statedAt(bodyStart, v), Rule.JUDGED, words(v, end));
                }
            }
            sentenceSpeakers = found;
            return Math.max(end, v + 1);
        }

        /** "called “hysteria”", "called accurate": the judgement a judging verb at v gives within five words, or null. */
        private Position calledAs(int v) {
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
        private int saidOf(int after) {
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

        /**
         * "“This is a lie,” X said of reports that Y": X denies Y, or confirms it ("“That is true,” …"), as the quoted
         * words before judge it; when they hold no judgement ("“We are looking into it,” …") only the publisher, who
         * relays the reports, is on record for Y.
         */
        private int judgedReport(int v, int[] speakerRange, int from) {
            Position position = null;
            for (int j = bodyStart; j < speakerRange[0] && position != Position.DENIES; j++) {
                position = verdict(t.get(j)) != null ? verdict(t.get(j)) : position; // a dismissal outweighs
            }
            List<Speaker> found = position == null ? List.of() : speakers.resolve(t, speakerRange[0], speakerRange[1]);
            int end = complementEnd(from);
            Draft draft = claim(from, end, null);
            if (draft == null) {
                return v;
            }
            Quote quote = Quote.of(text, t.get(from).start(), t.get(end - 1).end());
            for (Speaker speaker : found) {
                draft.add(speaker, position, quote, statedAt(bodyStart, v), Rule.JUDGED, words(v, from - 1));
            }
            draft.add(article.publisher(), Position.REPORTS, quote, article.publishedAt(), Rule.JUDGED,
                    "the reports the publisher relays");
            sentenceSpeakers = found;
            return end;
        }

        /** ", noting that …": the sentence's speaker makes a further claim. */
        private int participle(int k, int length) {
            if (sentenceSpeakers.isEmpty() || k + length >= n) {
                return k;
            }
            // ", saying that …" or ", saying more than 150,000 troops were …"
            int from = lex.has("complementizers", t.get(k + length)) ? k + length + 1
                    : complementStart(k + length, Position.ASSERTS);
            if (from < 0) {
                return k;
            }
            List<Speaker> speakersHere = sentenceSpeakers;
            int end = complementEnd(from);
            addClauses(from, end, speakersHere, Position.ASSERTS, Rule.PARTICIPLE, t.get(k).text(), k);
            return Math.max(end, k + 1);
        }

        private int said(int v, int length, Position position) {
            if (hedgeBefore(v)) {
                return v;
            }
            int previous = onPrevious(v, length, position, Rule.SAID_THAT);
            if (previous > v) {
                return previous;
            }
            int after = v + length;
            int[] speakerRange = speakerBefore(v);
            if (speakerRange != null && after + 2 < n && t.get(v).lower().startsWith("claim")
                    && t.get(after).lower().equals("to")
                    && (t.get(after + 1).lower().equals("have") || t.get(after + 1).lower().equals("be"))) {
                return claimsToHave(v, after, speakerRange, position);
            }
            if (speakerRange != null && position == Position.ASSERTS && saidOf(after) > 0) {
                return judgedReport(v, speakerRange, saidOf(after));
            }
            if (speakerRange != null) {
                int from = complementStart(after, position);
                if (from > 0) {
                    List<Speaker> found = itsOwnWords(speakers.resolve(t, speakerRange[0], speakerRange[1]), from);
                    if (found.isEmpty()) {
                        return v;
                    }
                    sentenceSpeakers = found;
                    int end = quotedEnd(from);
                    if (end < 0) {
                        end = complementEnd(from);
                    }
                    Position judged = position == Position.ASSERTS ? judgement(from, end, true) : null;
                    if (judged != null || reportsOnly(from, end)) {
                        return onLastClaim(v, speakerRange, found, judged, end);
                    }
                    addClauses(from, end, found, position, Rule.SAID_THAT, t.get(v).text(), v);
                    return Math.max(end, after);
                }
                if (onlyTimeWordsUntilEnd(addresseeEnd(v, after))) {
                    return saidAfter(v, after, speakerRange[0], speakers.resolve(t, speakerRange[0], speakerRange[1]),
                            position);
                }
                return v;
            }
            // "“…,” said Peskov." — the verb before its speaker
            int before = v - 1;
            while (before > bodyStart && t.get(before).quoteMark()) {
                before--;
            }
            if (before > bodyStart && t.get(before).is(",") && after < n) {
                int speakerEnd = after;
                while (speakerEnd < n && t.get(speakerEnd).word() && !lex.has("time words", t.get(speakerEnd))) {
                    speakerEnd++;
                }
                boolean speakerWords = true; // "…, said the decision had been made by Putin" names no speaker
                for (int j = after; j < speakerEnd; j++) {
                    speakerWords &= speakerWord(j);
                }
                if (speakerWords && (onlyTimeWordsUntilEnd(speakerEnd) || trailingDescription(speakerEnd))) {
                    return saidAfter(v, speakerEnd, v, speakers.resolve(t, after, speakerEnd), position);
                }
            }
            return v;
        }

        /**
         * "The Kremlin quoted Putin as saying that …" (Putin), "Ryabkov was quoted by Interfax as saying …" (Ryabkov):
         * the one quoted asserts; k is "saying".
         */
        private int quotedAsSaying(int k) {
            int quoted = -1;
            for (int j = k - 2; j > bodyStart && quoted < 0; j--) {
                if (!t.get(j).word()) {
                    return k;
                }
                quoted = t.get(j).lower().equals("quoted") ? j : -1;
            }
            if (quoted < 0) {
                return k;
            }
            boolean passive = lex.has("finite", t.get(quoted - 1));
            int[] speakerRange = passive ? speakerBefore(quoted) : new int[] {quoted + 1, k - 1};
            List<Speaker> found = speakerRange == null || speakerRange[0] >= speakerRange[1] ? List.of()
                    : speakers.resolve(t, speakerRange[0], speakerRange[1]);
            int from = found.isEmpty() ? -1 : complementStart(k + 1, Position.ASSERTS);
            if (from < 0) {
                return k;
            }
            int end = quotedEnd(from);
            if (end < 0) {
                end = complementEnd(from);
            }
            sentenceSpeakers = found;
            addClauses(from, end, found, Position.ASSERTS, Rule.SAID_THAT, "quoted as saying", k);
            return Math.max(end, k + 1);
        }

        /** "Ukraine claims to have shot down 30 aircraft": "Ukraine has shot down 30 aircraft", in its own name. */
        private int claimsToHave(int v, int after, int[] speakerRange, Position position) {
            List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            int restFrom = after + 2;
            int end = complementEnd(restFrom);
            if (found.isEmpty() || restFrom >= end) {
                return v;
            }
            String verb = t.get(after + 1).lower().equals("have") ? " has " : " is ";
            String claimText = sentenceCase(subjectName(found.get(0)) + verb + words(restFrom, end));
            Draft draft = draft(claimText, restFrom, end, true);
            if (draft == null) {
                return v;
            }
            Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(end - 1).end());
            for (Speaker speaker : found) {
                draft.add(speaker, position, quote, statedAt(bodyStart, v), Rule.SAID_THAT, t.get(v).text());
            }
            sentenceSpeakers = found;
            return end;
        }

        /**
         * "ExxonMobil said it supported …", "Moderna said its booster …": one unregistered name that the complement
         * calls "it" is an organisation, not a person.
         */
        private List<Speaker> itsOwnWords(List<Speaker> found, int from) {
            if (found.size() != 1 || from >= n || !(t.get(from).lower().equals("it") || t.get(from).lower().equals("its"))) {
                return found;
            }
            Speaker one = found.get(0);
            boolean loneName = "PERSON".equals(one.kind()) && one.sourceId() == null && !one.name().contains(" ");
            return loneName ? List.of(new Speaker(one.mention(), null, one.name(), "ORGANIZATION", one.party())) : found;
        }

        /** How a claim names the speaker it is about: a government by its party, anyone else by name. */
        private static String subjectName(Speaker speaker) {
            return speaker.party() != null && !"PERSON".equals(speaker.kind()) ? speaker.party() : speaker.name();
        }

        /** After "“…,” X told Newsweek / the BBC": where the one addressed ends (else {@code after}). */
        private int addresseeEnd(int v, int after) {
            if (!ADDRESSING.contains(t.get(v).lower())) {
                return after;
            }
            int j = after < n && t.get(after).lower().equals("the") ? after + 1 : after;
            while (j < n && t.get(j).capitalized()) {
                j++;
            }
            return j > after && t.get(j - 1).capitalized() ? j : after;
        }

        /** "…, X said." — the claim is what comes before the comma. */
        private int saidAfter(int v, int end, int speakerStart, List<Speaker> found, Position position) {
            int comma = speakerStart - 1;
            while (comma > bodyStart && t.get(comma).quoteMark()) {
                comma--;
            }
            int described = descriptionStart(comma);
            if (described > 0) {
                comma = described; // "“…,” Russia's ambassador to the US, Anatoly Antonov, said": not part of the claim
                while (comma > bodyStart && t.get(comma).quoteMark()) {
                    comma--;
                }
            }
            if (found.isEmpty() || comma <= bodyStart || !t.get(comma).is(",")) {
                return v;
            }
            int from = bodyStart;
            int to = comma;
            while (from < to && t.get(from).quoteMark()) {
                from++;
            }
            while (to > from && (t.get(to - 1).quoteMark() || !content(to - 1))) {
                to--;
            }
            sentenceSpeakers = found;
            addClauses(from, to, found, position, Rule.SAID_AFTER, t.get(v).text(), v);
            return Math.max(end, v + 1);
        }

        private int hedged(int k, int length) {
            int from = bodyStart;
            int end = firstClauseEnd(k + length, complementEnd(k + length));
            if (k <= from || end <= k + length) {
                return k;
            }
            String phrase = words(k, k + length).toLowerCase(Locale.ROOT);
            String claimText;
            if (length == 1) { // "reportedly": the clause without the adverb
                claimText = words(from, k) + " " + words(k + 1, end);
            } else if (t.get(k + length).lower().equals("have") && phrase.endsWith(" to")) {
                boolean plural = phrase.startsWith("are") || phrase.startsWith("were");
                claimText = words(from, k) + (plural ? " have " : " has ") + words(k + length + 1, end);
            } else {
                claimText = words(from, end);
            }
            Draft draft = draft(sentenceCase(claimText), from, end);
            if (draft == null) {
                return k;
            }
            draft.add(article.publisher(), Position.REPORTS, Quote.of(text, t.get(from).start(), t.get(end - 1).end()),
                    article.publishedAt(), Rule.HEDGED, words(k, k + length));
            return end;
        }

        /** A sentence with no attribution: what the publisher states itself, clause by clause. */
        private void publisherStatements(int from) {
            if (from >= n || article.publisher() == null) {
                return;
            }
            int start = from == bodyStart && whollyQuoted() ? from + 1 : from; // the words, not their marks
            int end = trimEnd(start, n);
            addClauses(start, end, List.of(article.publisher()), Position.ASSERTS, Rule.PUBLISHER, null, -1);
        }

        // ---- shared parts ----

        /**
         * One claim per clause of tokens[from, to) joined by ", and", each with one stance per speaker; the quote is
         * each clause's own words.
         */
        private void addClauses(int from, int to, List<Speaker> found, Position position, Rule rule, String cue,
                int cueAt) {
            int start = from;
            for (int j = from; j <= to; j++) {
                // a quotation of several sentences: one claim each
                boolean sentenceEnd = j < to && (t.get(j).is(".") || t.get(j).is("!") || t.get(j).is("?"));
                // "said an invasion remained possible and that Russia had …"
                boolean andThat = j > start && j + 2 < to && !t.get(j - 1).is(",") && t.get(j).lower().equals("and")
                        && t.get(j + 1).lower().equals("that");
                boolean split = j == to || sentenceEnd || andThat || j + 2 < to && t.get(j).is(",")
                        && t.get(j + 1).lower().equals("and") && clauseFollows(j + 2, to);
                if (!split) {
                    continue;
                }
                int clauseEnd = trimEnd(start, j);
                int clauseStart = start;
                while (clauseStart < clauseEnd && (!t.get(clauseStart).word()
                        || clauseStart > from && lex.has("complementizers", t.get(clauseStart)))) {
                    clauseStart++; // ", and that …": the second clause's own words
                }
                if (clauseStart < clauseEnd) {
                    // the publisher's own "it" names nobody: pronouns are resolved for attributed speakers only
                    Draft draft = claim(clauseStart, clauseEnd, rule == Rule.PUBLISHER ? null : found.get(0));
                    if (draft != null) {
                        Quote quote = Quote.of(text, t.get(clauseStart).start(), t.get(clauseEnd - 1).end());
                        for (Speaker speaker : found) {
                            draft.add(speaker, position, quote, rule == Rule.PUBLISHER ? article.publishedAt()
                                    : statedAtAround(clauseStart, clauseEnd), rule, cue);
                        }
                    }
                }
                start = sentenceEnd || andThat ? j + 1 : j + 2;
            }
        }

        /** The end of the first of several clauses joined by ", and" (the comma), or {@code to}. */
        private int firstClauseEnd(int from, int to) {
            for (int j = from; j + 2 < to; j++) {
                if (t.get(j).is(",") && t.get(j + 1).lower().equals("and") && clauseFollows(j + 2, to)) {
                    return j;
                }
            }
            return to;
        }

        /** A clause starts here: within the next eight tokens there is a finite auxiliary and no verb first. */
        private boolean clauseFollows(int from, int to) {
            if (lex.has("finite", t.get(from)) || lex.match("asserts", t, from) > 0
                    || lex.has("negations", t.get(from))) {
                return false;
            }
            for (int j = from + 1; j < Math.min(to, from + 8); j++) {
                if (lex.has("finite", t.get(j))) {
                    return true;
                }
                if (!t.get(j).word()) {
                    return false;
                }
            }
            return false;
        }

        /** The claim for tokens[from, to) in the speaker's words, or null when it is not checkable. */
        private Draft claim(int from, int to, Speaker speaker) {
            if (from >= to) {
                return null;
            }
            StringBuilder claimText = new StringBuilder();
            // said by someone on record, the claim is theirs to check even without a name in it ("some units were
            // returning to their bases", said by a defence ministry), unless its subject points back ("this is …");
            // the publisher's own sentences need a name or a number
            boolean named = speaker != null && !ANAPHORA.contains(t.get(from).lower());
            for (int j = from; j < to; j++) {
                Token token = t.get(j);
                String word = token.text();
                int country = j + 1 < to ? lex.match("possessive country", t, j) : 0;
                if (speaker != null && country > 0 && speaker.party() != null) {
                    word = speaker.party();
                    named = true;
                    appendToken(claimText, j, from, word);
                    j += country - 1;
                    continue;
                }
                if (speaker != null && j == from && lex.has("pronouns", token)) {
                    boolean person = "PERSON".equals(speaker.kind());
                    boolean personal = token.lower().equals("he") || token.lower().equals("she");
                    if (person == personal) {
                        word = person || speaker.party() == null ? speaker.name() : speaker.party();
                        named = true;
                    }
                }
                if (speaker != null && j == from && POSSESSIVES.contains(token.lower())) {
                    // "its forces" said by Ukraine: Ukraine's forces; "our troops" said for Russia: Russia's troops
                    boolean person = "PERSON".equals(speaker.kind());
                    String owner = switch (token.lower()) {
                        case "his", "her" -> person ? speaker.name() : null;
                        case "its", "their" -> person ? null : subjectName(speaker);
                        default -> speaker.party(); // our
                    };
                    if (owner != null) {
                        appendToken(claimText, j, from, owner + (owner.endsWith("s") ? "'" : "'s")); // "Oil producers'"
                        named = true;
                        continue;
                    }
                }
                if (speaker != null && j == from && token.lower().equals("we") && speaker.party() != null) {
                    word = speaker.party(); // a spokesperson's "we" is the side they speak for
                    named = true;
                    appendToken(claimText, j, from, word);
                    if (j + 1 < to && SINGULAR_FORMS.containsKey(t.get(j + 1).lower())) {
                        j++;
                        appendToken(claimText, j, from, SINGULAR_FORMS.get(t.get(j).lower())); // "Russia is", not "are"
                    }
                    continue;
                }
                appendToken(claimText, j, from, word);
            }
            return draft(sentenceCase(claimText.toString()), from, to, named);
        }

        private void appendToken(StringBuilder out, int j, int from, String word) {
            if (j > from && t.get(j).start() > t.get(j - 1).end()) {
                out.append(' ');
            }
            out.append(word);
        }

        /** A new draft, unless the claim is too short or tokens[from, to) name no one and hold no number. */
        private Draft draft(String claimText, int from, int to) {
            return draft(claimText, from, to, false);
        }

        private Draft draft(String claimText, int from, int to, boolean named) {
            long wordCount = claimText.split("\\s+").length;
            boolean checkable = named;
            for (int j = from; j < to; j++) {
                Token token = t.get(j);
                if (token.numeric() || lex.has("number words", token) || token.capitalized() && (j > from
                        || !lex.has("pronouns", token) && !lex.has("function words", token)
                                && !lex.has("clause subjects", token))) {
                    checkable = true;
                    break;
                }
            }
            if (wordCount < 4 || !checkable) {
                return null;
            }
            Token first = t.get(from);
            Draft draft = new Draft(claimText, first.start(), t.get(to - 1).end());
            drafts.add(draft);
            return draft;
        }

        private Draft lastDraft() {
            return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        }

        /**
         * The speaker's tokens before the verb at v: a run of names, titles, roles, demonyms and the words that join
         * them, after skipping adverbs and auxiliaries; null when negated ("did not say") or when nobody is there.
         * "X has demanded …, and has repeatedly stated that …" finds X before the first verb.
         */
        private int[] speakerBefore(int v) {
            int end = skipAdverbsBack(v, bodyStart);
            if (end < 0) {
                return null;
            }
            if (end > bodyStart && (t.get(end - 1).lower().equals("and") || t.get(end - 1).lower().equals("but"))) {
                // "X has demanded …, and has stated that …", "X dismissed the warnings and denied …": X, before the first verb
                for (int j = end - 2; j > bodyStart; j--) {
                    Token verb = t.get(j);
                    boolean verbLike = lex.has("finite", verb) || !verb.capitalized() && verb.lower().endsWith("ed")
                            || lex.match("asserts", t, j) > 0;
                    if (verbLike && t.get(j - 1).capitalized()) {
                        return speakerBefore(j);
                    }
                }
                return null;
            }
            int appositive = appositiveStart(end);
            if (appositive >= 0) {
                end = appositive; // "Maria Zakharova, the foreign ministry spokeswoman, said": the name speaks
            }
            int[] describedName = describedName(end);
            if (describedName != null) {
                return describedName; // "Russia's ambassador to the EU, Vladimir Chizhov, said"
            }
            int when = end;
            while (when > bodyStart && lex.has("time words", t.get(when - 1))) {
                when--;
            }
            if (when < end && when > bodyStart) {
                end = when; // "Russia on Thursday denied", "Kyiv yesterday said": the day is when, not who
            }
            int start = end;
            while (start > bodyStart && speakerWord(start - 1)) {
                start--;
            }
            // "a source close to the Kremlin", "people familiar with the matter": an unnamed source, not the Kremlin
            for (int p = start; p - 2 >= bodyStart && p > end - 6; p--) {
                String first = t.get(p - 2).lower();
                String second = t.get(p - 1).lower();
                if (first.equals("close") && second.equals("to") || first.equals("familiar") && second.equals("with")) {
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
                named |= token.capitalized() && !lex.has("function words", token) || lex.has("pronouns", token)
                        || lex.match("titles", t, j) > 0 || lex.namesABody(token);
            }
            return named ? new int[] {start, end} : null;
        }

        /**
         * Where ", the foreign ministry spokeswoman," or ", speaking to reporters," ends before {@code end} (its first
         * comma), when the words between the two commas describe the speaker (a title, role or government word among
         * speaker words) or the occasion (a participle first); else -1.
         */
        private int appositiveStart(int end) {
            if (end - 1 <= bodyStart || !t.get(end - 1).is(",")) {
                return -1;
            }
            int comma = end - 2;
            while (comma > bodyStart && comma >= end - 14 && !t.get(comma).is(",")) {
                comma--;
            }
            if (comma <= bodyStart || !t.get(comma).is(",") || !speakerWord(comma - 1)) {
                return -1;
            }
            Token first = t.get(comma + 1);
            if (first.lower().equals("who")) {
                return comma; // "Maria Zakharova, who spoke in Moscow on Thursday, said"
            }
            if ((isArticle(first) || first.lower().equals("the")) && t.get(comma - 1).capitalized()
                    && t.subList(comma + 1, end - 1).stream().allMatch(w -> (w.word() || w.quoteMark())
                            && (w.capitalized() || !lex.has("finite", w) && !lex.has("asserts", w)))) {
                // "Brad Raffensperger, a Republican, said", "Frances Haugen, a former product manager at the company,
                // told": what the speaker is
                return comma;
            }
            if (!first.capitalized() && first.lower().endsWith("ing")) {
                return comma; // "Peskov, speaking to reporters on a call, said": the circumstance of the statement
            }
            boolean describes = false;
            for (int j = comma + 1; j < end - 1; j++) {
                if (!speakerWord(j)) {
                    return -1;
                }
                describes |= lex.match("titles", t, j) > 0 || lex.has("spokesperson roles", t.get(j))
                        || lex.has("government words", t.get(j));
            }
            return describes ? comma : -1;
        }

        /**
         * The comma (or closing quotation mark) before a description that ends at the comma {@code end}: up to ten words
         * with a title or role and no verb ("Russia's ambassador to the United States"); -1 when there is none.
         */
        private int descriptionStart(int end) {
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
        private boolean trailingDescription(int comma) {
            if (comma >= n || !t.get(comma).is(",")) {
                return false;
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
            while (comma > bodyStart && comma >= end - 6 && t.get(comma).capitalized()) {
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
        private int skipAdverbsBack(int v, int floor) {
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

        private boolean speakerWord(int j) {
            Token token = t.get(j);
            if (!token.word()) {
                // "Anti-vaccine activists": a hyphen inside a word
                return token.dash() && j > 0 && j + 1 < t.size() && t.get(j - 1).word() && t.get(j + 1).word()
                        && t.get(j - 1).end() == token.start() && token.end() == t.get(j + 1).start();
            }
            if (j > 0 && t.get(j - 1).dash() && t.get(j - 1).end() == token.start()) {
                return true; // "Anti-vaccine"
            }
            if (lex.has("number words", token) && j + 1 < t.size() && (lex.has("non-state groups", t.get(j + 1))
                    || lex.has("group nouns", t.get(j + 1)))) {
                return true; // "two sources", "three officials"
            }
            if (functionWord(token)) {
                String word = token.lower();
                return word.equals("the") || word.equals("a") || word.equals("an") || word.equals("of")
                        || word.equals("for") || word.equals("and")
                        || word.equals("to") && j > 0 && (lex.has("titles", t.get(j - 1)) // "envoy to the OSCE"
                                || lex.has("spokesperson roles", t.get(j - 1)))
                        // "rebels in Donetsk", "scientists at Oxford University": where the group is ("officials in
                        // Kyiv" are Kyiv's)
                        || (word.equals("in") || word.equals("at")) && j > 0 && lex.has("non-state groups", t.get(j - 1))
                                && j + 1 < n
                                && t.get(j + 1).capitalized();
            }
            return token.capitalized() || lex.has("pronouns", token) || lex.match("titles", t, j) > 0
                    || qualifiesGovernmentWord(j)
                    || lex.has("spokesperson roles", token) || lex.namesABody(token)
                    || lex.has("communication nouns", token)
                    || lex.demonym(t, j).isPresent();
        }

        /** "Ukraine's defence ministry", "the UN human rights office": lower-case words before a government word. */
        private boolean qualifiesGovernmentWord(int j) {
            if (t.get(j).lower().endsWith("ing")) {
                return false; // ", citing intelligence reports": a participle, not "the defence ministry"
            }
            for (int k = j + 1; k < Math.min(n, j + 4); k++) {
                Token next = t.get(k);
                if (lex.has("government words", next) || lex.has("organisation words", next)) {
                    return true; // "the defence ministry", "the central bank"
                }
                if (!next.word() || next.capitalized() || lex.has("function words", next)) {
                    return false;
                }
            }
            return false;
        }

        /** True when "is said to" or "reportedly"-like hedging puts the verb at v: then the hedge rule reads it. */
        private boolean hedgeBefore(int v) {
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
        private int complementStart(int after, Position position) {
            if (after < n && t.get(after).is(":")) {
                int q = after + 1;
                while (q < n && t.get(q).quoteMark()) {
                    q++;
                }
                return q > after + 1 && q < n ? q : -1;
            }
            for (int j = after; j < Math.min(n, after + 12); j++) {
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
                boolean circumstance = token.is(",") || token.numeric() || token.capitalized()
                        || lex.has("function words", token) || lex.has("time words", token)
                        || lex.has("allegation nouns", token) // "cast doubt on claims that …"
                        || lex.has("between verb and that", token) || lex.has("communication nouns", token);
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
            if (addressed && j + 1 < n && lex.has("between verb and that", t.get(j))) {
                j++; // "told reporters the troops would …": an audience, then what it was told
                after++;
                addressed = false;
            }
            while (j < n && (lex.has("time words", t.get(j)) || t.get(j).is(",")) && !quantity(j)) {
                j++;
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
                    || j == after && !addressed && j + 1 < n && bareNounThenAuxiliary(j);
            if (j < n - 1 && subject) {
                for (int v = j + 1; v < Math.min(n, j + 9); v++) {
                    Token verb = t.get(v);
                    if (!verb.word() && !verb.numeric() || lex.has("subordinators", verb)) {
                        break; // "vowed the West a harsh response if Russia is …": the verb of another clause
                    }
                    if (lex.has("complementizers", verb)) {
                        return v + 1 < n ? v + 1 : -1; // "told Interfax news agency that …": who was told, then what
                    }
                    if (lex.has("finite", verb) || !verb.capitalized() && verb.lower().endsWith("ed")) {
                        return j;
                    }
                }
            }
            return -1;
        }

        /** A lower-case noun, then a finite auxiliary within eight words and nothing but words before it. */
        private boolean bareNounThenAuxiliary(int j) {
            Token noun = t.get(j);
            if (!noun.word() || noun.capitalized() || lex.has("function words", noun) || lex.has("finite", noun)
                    || noun.lower().endsWith("ed") || noun.lower().endsWith("ing")) {
                return false;
            }
            for (int v = j + 1; v < Math.min(n, j + 9); v++) {
                if (lex.has("finite", t.get(v))) {
                    return true;
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
        private int closingQuote(int open) {
            for (int j = open + 1; j < t.size(); j++) {
                if (t.get(j).quoteMark()) {
                    return j;
                }
            }
            return t.size() - 1;
        }

        /** The end of a quotation opened just before {@code from}, or -1 when {@code from} is not in quotes. */
        private int quotedEnd(int from) {
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
        private int complementEnd(int from) {
            for (int j = from; j < n; j++) {
                Token token = t.get(j);
                if (token.is(";")) {
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
                                && (positionAhead(j + 3) || t.get(j + 3).capitalized())) {
                    return trimEnd(from, j);
                }
                if ((next.lower().equals("and") || next.lower().equals("but")) && j + 2 < n
                        && verbLike(t.get(j + 2), j + 2)) {
                    return trimEnd(from, j);
                }
            }
            return trimEnd(from, n);
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

        private boolean verbLike(Token token, int at) {
            return lex.has("finite", token) || lex.match("asserts", t, at) > 0 || lex.match("denies", t, at) > 0
                    || !token.capitalized() && token.lower().endsWith("ed");
        }

        private int trimEnd(int from, int to) {
            int end = to;
            while (end > from && (!content(end - 1) || t.get(end - 1).quoteMark())) {
                end--;
            }
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
        private boolean onlyTimeWordsUntilEnd(int from) {
            for (int j = from; j < n; j++) {
                if (t.get(j).is(",") && j + 1 < n && (lex.match("participles", t, j + 1) > 0
                        || !t.get(j + 1).capitalized() && t.get(j + 1).lower().endsWith("ing"))
                        || lex.has("occasions", t.get(j))) {
                    return true; // ", adding that …" follows, or "after talks with …": the occasion, not a claim
                }
                if (t.get(j).lower().equals("with") && j > from && lex.has("between verb and that", t.get(j - 1))) {
                    return true; // "in an interview with Russian radio stations": whom it was said to
                }
                if (!lex.has("time words", t.get(j)) && !lex.has("between verb and that", t.get(j))
                        && !lex.has("function words", t.get(j)) && !t.get(j).is(",") && !placeName(j)) {
                    return false;
                }
            }
            return true;
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

        /** When a statement was made: the article's date, the day before when the sentence says "yesterday". */
        private Instant statedAt(int from, int to) {
            for (int j = Math.max(0, from); j < Math.min(to, n); j++) {
                if (t.get(j).lower().equals("yesterday")) {
                    return article.publishedAt().minus(Duration.ofDays(1));
                }
            }
            return article.publishedAt();
        }

        /** As {@link #statedAt}, reading the sentence around the claim's own words (the attribution), not inside. */
        private Instant statedAtAround(int claimFrom, int claimTo) {
            Instant before = statedAt(0, claimFrom);
            return before.equals(article.publishedAt()) ? statedAt(claimTo, n) : before;
        }

        private String words(int from, int to) {
            if (from >= to) {
                return "";
            }
            return text.substring(t.get(from).start(), t.get(to - 1).end()).replaceAll("\\s+", " ");
        }

        /** Reporting verbs whose object is the one addressed: "told the ministers …", "warned the West …". */
        private static final Set<String> ADDRESSING = Set.of("told", "tell", "tells", "assured", "assures", "warned",
                "warns", "informed", "informs", "reminded", "reminds");

        private static final Set<String> ANAPHORA = Set.of("it", "this", "that", "these", "those");

        private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

        private static final Set<String> UNITS = Set.of("%", "‰", "°");

        private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our");

        private static final Map<String, String> SINGULAR_FORMS = Map.of("are", "is", "were", "was", "have", "has",
                "do", "does");

        private static final Map<String, String> SUBJECT_FORMS = Map.of("him", "he", "her", "she", "them", "they",
                "us", "we", "me", "I");

        private static String subjectForm(String object) {
            return SUBJECT_FORMS.getOrDefault(object.toLowerCase(Locale.ROOT), object);
        }

        private static String sentenceCase(String claim) {
            String trimmed = claim.strip().replaceAll("\\s+", " ");
            if (trimmed.isEmpty()) {
                return trimmed;
            }
            trimmed = trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
            char last = trimmed.charAt(trimmed.length() - 1);
            return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
        }
    }

    /** A claim being assembled; it becomes a proposal once it has a stance. */
    private static final class Draft {
        final String claimText;
        final int sentenceStart;
        final int sentenceEnd;
        final List<ProposedStance> stances = new ArrayList<>();

        Draft(String claimText, int sentenceStart, int sentenceEnd) {
            this.claimText = claimText;
            this.sentenceStart = sentenceStart;
            this.sentenceEnd = sentenceEnd;
        }

        void add(Speaker speaker, Position position, Quote quote, Instant statedAt, Rule rule, String cue) {
            if (speaker == null) {
                return;
            }
            double confidence = rule.confidence * (speaker.known() ? 1.0 : 0.8);
            String reason = rule.pattern + (cue == null ? "" : " — cue \"" + cue + "\"");
            stances.add(new ProposedStance(speaker, position, quote, statedAt, reason,
                    Math.round(confidence * 100) / 100.0));
        }
    }
}
