package org.claimtrack.extraction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
 * <li>{@link Rule#CONTRADICTED} "Y claimed X had printed extra ballots. X said no extra ballots had been printed."
 * — X DENIES Y's claim (and ASSERTS its own);</li>
 * <li>{@link Rule#ANSWERED_NO} "Asked whether X, Y said: “No …”" — Y DENIES X (and ASSERTS the answer);</li>
 * <li>{@link Rule#HEDGED} "X is said to …", "reportedly" — nobody on record: the publisher REPORTS it;</li>
 * <li>{@link Rule#PUBLISHER} a sentence with no attribution that names someone or holds a number — the publisher
 * ASSERTS it in its own voice.</li>
 * </ul>
 * A complement made of several clauses joined by ", and" becomes one claim per clause. A claim must be checkable:
 * at least four words, and a name or a number in it.
 *
 * <p>Where things stand in a sentence (the speaker before a verb, where a complement starts and ends, what closes a
 * claim without being part of it) is read by {@link SentenceReader}; the rules here decide what that makes a claim
 * and whose stance it is.
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
        ANSWERED_NO("\"Asked whether X, Y said: “No …”\" (Y denies X)", 0.75),
        CONTRADICTED("\"X said no … / nothing …\" taking up the claim before (X denies it)", 0.7),
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
        /** The sentence being read, and its tokens, content end and body start by their short names. */
        private SentenceReader read;
        private List<Token> t;
        private int n;
        private int bodyStart;
        private List<Speaker> sentenceSpeakers;
        /** Who spoke the last quotation: a sentence wholly in quotation marks after it continues their words. */
        private List<Speaker> quotationSpeakers = List.of();
        /** Words the article writes in lower case somewhere ("investigators"): opening a sentence, they name nobody. */
        private final Set<String> lowerCaseWords = new HashSet<>();

        Run(Article article, Lexicon lexicon, SpeakerResolver speakers) {
            this.article = article;
            this.text = article.text();
            this.lex = lexicon;
            this.speakers = speakers;
            for (String word : text.split("[^\\p{L}]+")) {
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                    lowerCaseWords.add(word);
                }
            }
        }

        List<Proposal> proposals() {
            return drafts.stream().filter(d -> !d.stances.isEmpty())
                    .map(d -> new Proposal(d.claimText, d.sentenceStart, d.sentenceEnd, List.copyOf(d.stances)))
                    .toList();
        }

        void sentence(Sentence sentence) {
            read = new SentenceReader(sentence, lex, text);
            t = read.t;
            n = read.n;
            bodyStart = read.bodyStart;
            sentenceSpeakers = List.of();
            int attributions = 0;
            int lastEnd = bodyStart;
            int asked = read.askedWhether();
            int k = asked > 0 ? asked + 1 : bodyStart; // the question is what the answer is about, nobody's claim
            int draftsBefore = drafts.size();
            while (k < n) {
                if (read.quoted(k)) {
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
            if (asked > 0 && attributions > 0) {
                answeredNo(asked, draftsBefore);
            }
            boolean hasQuotation = read.hasQuotation();
            if (attributions == 0 && read.whollyQuoted() && !quotationSpeakers.isEmpty()) {
                // "“We will not invade,” Zakharova said. “Russia has no such plans.”": the same speaker goes on
                int from = bodyStart + 1;
                addClauses(from, read.trimEnd(from, n), quotationSpeakers, Position.ASSERTS, Rule.SAID_AFTER,
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
                if (t.get(j).is(",") && t.get(j + 1).lower().equals("and") && read.clauseFollows(j + 2, n)) {
                    publisherStatements(j + 2);
                    return;
                }
            }
        }

        /**
         * "Asked whether Russian troops had crossed the border, Ushakov said: “Not a single soldier has crossed it.”":
         * an answer that opens with a negation denies what was asked; the answer stays its speaker's own claim too.
         * {@code comma} closes the question; the answer is the first claim proposed after it.
         */
        private void answeredNo(int comma, int draftsBefore) {
            if (sentenceSpeakers.isEmpty() || drafts.size() == draftsBefore) {
                return;
            }
            Quote answer = drafts.get(draftsBefore).stances.get(0).quote();
            String first = answer.exact().strip().split("[^\\p{L}']+", 2)[0].toLowerCase(Locale.ROOT);
            int from = bodyStart + 2;
            if (!lex.hasWord("negations", first) && !NEGATIVE_PRONOUNS.contains(first)
                    || !sharesAWord(read.words(from, comma), answer.exact())) {
                return; // "no decision had been taken" answers without denying
            }
            Draft question = draft(sentenceCase(read.words(from, comma)), from, comma);
            if (question == null) {
                return;
            }
            drafts.remove(question); // in document order: the question before its answer
            drafts.add(draftsBefore, question);
            for (Speaker speaker : sentenceSpeakers) {
                question.add(speaker, Position.DENIES, answer, article.publishedAt(), Rule.ANSWERED_NO, first);
            }
        }

        /**
         * "The posts claimed that the commission had printed 50,000 extra ballots. The commission said no extra ballots
         * had been printed.": a statement that opens with a negation and takes up two words of the claim another side
         * made before denies that claim; null when the clause at [from, to) contradicts nothing.
         */
        private Draft contradicted(int from, int to, List<Speaker> speakers) {
            String first = t.get(from).lower();
            if (!lex.hasWord("negations", first) && !NEGATIVE_PRONOUNS.contains(first) || drafts.isEmpty()) {
                return null;
            }
            Draft before = claimBefore(speakers);
            return before != null && before.stances.stream().noneMatch(s -> s.position() == Position.DENIES
                    && speakers.contains(s.speaker())) && sharedWords(before.claimText, read.words(from, to)) >= 2
                    ? before : null;
        }

        /** Whether the answer takes up a content word of the question ("crossed" / "crossed"; "attack" / "attacked"). */
        private boolean sharesAWord(String question, String answer) {
            return sharedWords(question, answer) > 0;
        }

        /** How many content words (by their first five letters, so "attack" is "attacked") two texts share. */
        private int sharedWords(String one, String other) {
            Set<String> stems = new HashSet<>();
            for (String word : one.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() > 3 && !lex.hasWord("function words", word)) {
                    stems.add(word.substring(0, Math.min(5, word.length())));
                }
            }
            Set<String> shared = new HashSet<>();
            for (String word : other.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() > 3 && stems.contains(word.substring(0, Math.min(5, word.length())))) {
                    shared.add(word.substring(0, Math.min(5, word.length())));
                }
            }
            return shared.size();
        }

        private static final Set<String> NEGATIVE_PRONOUNS = Set.of("nobody", "none", "nothing", "nowhere");

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
            if (k > 0 && t.get(k - 1).is(",") && (t.get(k).lower().equals("which") || SentenceReader.isArticle(t.get(k))
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
            if (k > bodyStart + 2 && (t.get(k).lower().equals("saying") || t.get(k).lower().equals("telling"))) {
                int end = withSaying(k);
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
            if (read.nounPosition(k)) {
                return k; // "Russia's claim that …", "the claims": a noun, no verb
            }
            int guilty = guilt(k);
            if (guilty > k) {
                return guilty;
            }
            int asserts = lex.match("asserts", t, k);
            int questions = lex.match("questions", t, k);
            if (asserts > 0 || questions > 0) {
                // the longer reading wins: "found no evidence" doubts, "found" states
                return questions > asserts ? said(k, questions, Position.QUESTIONS)
                        : said(k, asserts, Position.ASSERTS);
            }
            if ((length = lex.match("hedges", t, k)) > 0) {
                return hedged(k, length);
            }
            return k;
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
            // "according to results published by the commission on Monday": when, not who
            int nameEnd = read.beforeTimeWords(k + length, speakerEnd);
            List<Speaker> found = speakers.resolve(t, k + length, nameEnd);
            if (found.isEmpty() || t.subList(k + length, nameEnd).stream().noneMatch(w -> w.capitalized()
                    || lex.has("government words", w) || lex.has("organisation words", w)
                    || lex.has("documents", w) || lex.has("unnamed sources", w))) {
                // "according to police", "according to court documents", "according to two people briefed on …"
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
            to = read.trimEnd(from, to);
            // someone is on record for it, so it needs no name of its own ("according to a person familiar with the
            // investigation, the attackers got in through a supplier's account")
            Draft draft = claim(from, to, null, true);
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
            int[] speakerRange = read.speakerBefore(v);
            if (speakerRange == null) {
                return v;
            }
            int of = -1;
            // "accused Moscow of …", "charged BMW with inflating …", "blamed the rebels for …"
            String verb = t.get(v).lower();
            String preposition = verb.startsWith("charge") ? "with" : verb.startsWith("blame") ? "for" : "of";
            for (int j = v + length; j < Math.min(n, v + length + 8); j++) {
                if (t.get(j).lower().equals(preposition)) {
                    of = j;
                    break;
                }
                if (!t.get(j).word()) {
                    break;
                }
            }
            int accusedFrom = v + length;
            int accusedEnd = of < 0 ? -1 : read.beforeTimeWords(v + length, of); // "accused each other on Wednesday of …"
            List<Speaker> found;
            int relative = of == v + length ? read.antecedentStart(speakerRange) : -1;
            if (relative >= 0) {
                // "sanctions on 12 Chinese companies it accused of supplying Russia …": the sentence's subject accuses
                // the noun before "it"
                accusedFrom = relative;
                accusedEnd = speakerRange[1] - 1;
                found = sentenceSubject(relative);
                speakerRange = new int[] {relative, v};
            } else if (of < 0 || of == v + length || of + 1 >= n) {
                return v;
            } else {
                found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            }
            if (found.isEmpty() || of + 1 >= n) {
                return v;
            }
            int end = read.complementEnd(of + 1);
            String accusedOne = read.words(accusedFrom, accusedEnd);
            // "Moscow and Washington have accused each other of …": each accuses the other, one claim each
            boolean eachOther = found.size() == 2 && RECIPROCALS.contains(accusedOne.toLowerCase(Locale.ROOT));
            boolean plural = !eachOther && (t.subList(accusedFrom, accusedEnd).stream().anyMatch(w -> w.lower().equals("and"))
                    || !t.get(accusedEnd - 1).capitalized() && t.get(accusedEnd - 1).lower().endsWith("s"));
            // "accused Moscow of deliberately targeting civilians": the adverb stays with its verb
            boolean adverb = of + 2 < n && !t.get(of + 1).capitalized() && t.get(of + 1).lower().endsWith("ly")
                    && t.get(of + 2).lower().endsWith("ing");
            Token first = t.get(adverb ? of + 2 : of + 1);
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
            Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(end - 1).end());
            for (int i = 0; i < (eachOther ? 2 : 1); i++) {
                String accused = eachOther ? subjectName(found.get(1 - i)) : subjectForm(accusedOne);
                List<Speaker> accusers = eachOther ? List.of(found.get(i)) : found;
                String claimText = sentenceCase(accused + " " + rest + read.words(restFrom, end));
                Draft draft = draft(claimText, v + length, end, true); // the accuser is on record for it
                if (draft == null) {
                    return v;
                }
                for (Speaker speaker : accusers) {
                    draft.add(speaker, Position.ASSERTS, quote, statedAt(bodyStart, v), Rule.ACCUSED, t.get(v).text());
                }
                draft.add(article.publisher(), Position.REPORTS, quote, article.publishedAt(), Rule.ACCUSED,
                        "allegation relayed by the publisher");
            }
            sentenceSpeakers = found;
            return end;
        }

        private static final Set<String> RECIPROCALS = Set.of("each other", "one another");

        /**
         * A court's verdict: "X found Y guilty of Z" and "X convicted Y of Z" assert "Y is guilty of Z"; "found … not
         * guilty", "acquitted" and "cleared" deny it; the publisher REPORTS it. k when the verb at k is no verdict.
         */
        private int guilt(int k) {
            int verb = lex.match("convicts", t, k);
            Position position = Position.ASSERTS;
            if (verb == 0 && (verb = lex.match("acquits", t, k)) > 0) {
                position = Position.DENIES;
            }
            int of = -1;
            int accusedEnd = -1;
            if (verb == 0 && (t.get(k).lower().equals("found") || t.get(k).lower().equals("finds"))) {
                for (int g = k + 2; g < Math.min(n - 1, k + 9) && t.get(g).word(); g++) {
                    if (t.get(g).lower().equals("guilty") && t.get(g + 1).lower().equals("of")) {
                        boolean not = lex.has("negations", t.get(g - 1));
                        position = not ? Position.DENIES : Position.ASSERTS;
                        accusedEnd = not ? g - 1 : g;
                        of = g + 1;
                        verb = 1;
                        break;
                    }
                }
            } else if (verb > 0) {
                for (int j = k + verb + 1; j < Math.min(n - 1, k + verb + 8) && t.get(j).word(); j++) {
                    if (t.get(j).lower().equals("of")) {
                        accusedEnd = j;
                        of = j;
                        break;
                    }
                }
            }
            int[] speakerRange = of > 0 ? read.speakerBefore(k) : null;
            if (speakerRange == null || accusedEnd <= k + verb || of + 1 >= n) {
                return k;
            }
            List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            int end = read.complementEnd(of + 1);
            for (int j = of + 2; j + 1 < end; j++) {
                if (t.get(j).lower().equals("and") && read.verbLike(t.get(j + 1), j + 1)) {
                    end = read.trimEnd(of + 1, j); // "… and sentenced him to four years": what the court did next
                    break;
                }
            }
            Draft draft = found.isEmpty() ? null : draft(sentenceCase(read.words(k + verb, accusedEnd)
                    + " is guilty of " + read.words(of + 1, end)), k + verb, end, true);
            if (draft == null) {
                return k;
            }
            Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(end - 1).end());
            for (Speaker speaker : found) {
                draft.add(speaker, position, quote, statedAt(bodyStart, k), Rule.ACCUSED, t.get(k).text());
            }
            draft.add(article.publisher(), Position.REPORTS, quote, article.publishedAt(), Rule.ACCUSED,
                    "verdict relayed by the publisher");
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
                if (length == 0 && v < n && (position = read.calledAs(v)) != null) {
                    // ", a claim Moscow called “hysteria”": the judgement, closing quotation mark included, is part of
                    // the attribution
                    length = read.trimEnd(v, n) - v;
                }
                if (length > 0) {
                    int speakerEnd = read.skipAdverbsBack(v, speakerFrom);
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
            Draft target = claimBefore(List.of()); // before said() below proposes this sentence's own claim
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
            int passive = passive(v, length, Position.DENIES, Rule.DENIED);
            if (passive > v) {
                return passive;
            }
            int previous = onPrevious(v, length, Position.DENIES, Rule.DENIED);
            if (previous > v) {
                return previous;
            }
            int[] speakerRange = read.speakerBefore(v);
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
            boolean thatNoun = next.lower().equals("that") && after + 1 < n
                    && lex.has("allegation nouns", t.get(after + 1))
                    && (after + 2 >= n || !t.get(after + 2).word()); // "rejected that view."
            if ((lex.has("complementizers", next) || next.lower().equals("that")) && !thatNoun) {
                quoteFrom = after + 1;
                end = read.complementEnd(quoteFrom);
                Draft before = lastDraft();
                if (before != null && suchAt(quoteFrom, end)) {
                    // "denied that the hospital had received any such warning": the very last claim is what is denied
                    return onClaim(before, v, end - 1, speakerRange, found, Position.DENIES, Rule.DENIED);
                }
                draft = claim(quoteFrom, end, found.get(0));
            } else if (next.lower().equals("having") || next.lower().endsWith("ing") && !next.capitalized()
                    && !lex.has("wrongdoing nouns", next)) { // "denied wrongdoing" is no deed in -ing
                quoteFrom = speakerRange[0];
                int restFrom = next.lower().equals("having") ? after + 1 : after;
                end = read.complementEnd(restFrom);
                String subject = subjectName(found.get(0));
                String verb = next.lower().equals("having") ? "has " : "has been ";
                // the subject names the speaker's side, so the claim names someone even when its words do not
                draft = restFrom < end ? draft(sentenceCase(subject + " " + verb + read.words(restFrom, end)), restFrom, end,
                        true) : null;
            } else {
                int j = after;
                if (t.get(j).lower().equals("as") && j + 1 < n) {
                    // "rejected as “groundless” Western claims that …": the judgement before the object
                    j = t.get(j + 1).quoteMark() ? read.closingQuote(j + 1) + 1 : j + 2;
                }
                // "denied the claims", "denied Russian claims", "rejected Moscow's allegations"
                int objectFrom = j;
                j = read.skipDeterminers(j);
                j = read.afterDescribedOwner(j); // "rejected opposition leader Anna Berg’s claim that …"
                if (j + 1 < n && t.get(j).lower().equals("any") && (lex.has("intention nouns", t.get(j + 1))
                        || lex.has("wrongdoing nouns", t.get(j + 1)))) {
                    j++; // "denied any plans to …", "denied any interference"
                }
                for (int m = j; m < Math.min(n - 1, j + 2) && t.get(m).word() && !t.get(m).capitalized(); m++) {
                    if (lex.has("allegation nouns", t.get(m + 1)) && !lex.has("function words", t.get(m))) {
                        j = m + 1; // "rejected the fraud allegations", "denied the war crimes charges"
                        break;
                    }
                }
                // "denied wrongdoing": the accusation before; "The Kremlin denied any interference" with none made
                // by a rule: the claim before that names Russia (claimBefore)
                Draft accused = j < n && lex.has("wrongdoing nouns", t.get(j))
                        ? Optional.ofNullable(accusationBefore(found)).orElseGet(() -> claimBefore(found)) : null;
                if (j + 2 < n && lex.has("intention nouns", t.get(j)) && t.get(j + 1).lower().equals("to")) {
                    // "denied any plans to attack …": "Russia intends to attack …"
                    quoteFrom = speakerRange[0];
                    end = read.complementEnd(j + 2);
                    draft = draft(sentenceCase(subjectName(found.get(0)) + " intends to " + read.words(j + 2, end)), j + 2,
                            end, true);
                } else if (j + 2 < n && (lex.has("allegation nouns", t.get(j)) || lex.has("statement nouns", t.get(j))
                        && read.possessiveOwner(objectFrom, j) >= 0) && (t.get(j + 1).lower().equals("that")
                                || j + 3 < n && CLAIMING.contains(t.get(j + 1).lower())
                                        && t.get(j + 2).lower().equals("that"))) {
                    // "dismissed claims that Y (as "hysteria")", "dismissed Western media reports alleging that Y":
                    // Y is what X denies
                    quoteFrom = t.get(j + 1).lower().equals("that") ? j + 2 : j + 3;
                    end = read.dismissedAs(quoteFrom, read.complementEnd(quoteFrom));
                    draft = claim(quoteFrom, end, found.get(0));
                    int owner = read.possessiveOwner(objectFrom, j);
                    List<Speaker> claimants = owner < 0 ? List.of() : speakers.resolve(t, owner, j);
                    if (draft != null && !claimants.isEmpty() && !claimants.equals(found)) {
                        // "rejected Rahul Gandhi’s claim that …": Gandhi's claim, on record through the denial
                        Quote claimed = Quote.of(text, t.get(owner).start(), t.get(end - 1).end());
                        for (Speaker claimant : claimants) {
                            draft.add(claimant, Position.ASSERTS, claimed, statedAt(bodyStart, v), Rule.DENIED,
                                    read.words(owner, j + 1));
                        }
                    }
                } else if (accused != null) {
                    // "Dufresne denied wrongdoing": the accusation or verdict before, not the last claim
                    return onClaim(accused, v, j, speakerRange, found, Position.DENIES, Rule.DENIED);
                } else if (j < n && lex.has("allegation nouns", t.get(j)) && lastDraft() != null) {
                    return onNamedClaim(v, j, speakerRange, found, Position.DENIES, Rule.DENIED);
                } else if ((quoteFrom = read.complementStart(after, Position.DENIES)) > 0) {
                    // "Moscow denied it was planning an invasion": a clause without "that"
                    end = read.complementEnd(quoteFrom);
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
         * "The claim was denied by Moscow" (the claim just proposed), "Claims that 5G networks spread the coronavirus
         * have been debunked by scientists" (a claim of its own, which the publisher relays): X's position, in the
         * passive; v when the verb at v is not passive or its subject is no claim.
         */
        private int passive(int v, int length, Position position, Rule rule) {
            int by = v + length;
            if (by + 1 >= n || !t.get(by).lower().equals("by") || v - 1 <= bodyStart
                    || !PASSIVE_AUXILIARIES.contains(t.get(v - 1).lower())) {
                return v;
            }
            int speakerEnd = by + 1;
            while (speakerEnd < n && read.speakerWord(speakerEnd)) {
                speakerEnd++;
            }
            int aux = v - 1;
            while (aux - 1 > bodyStart && lex.has("finite", t.get(aux - 1))) {
                aux--; // "have been"
            }
            // the subject: "The claim", "Kyiv's allegation that …", "Claims that …"
            int noun = bodyStart;
            while (noun < aux && noun < bodyStart + 4 && !lex.has("allegation nouns", t.get(noun))
                    && (t.get(noun).word() || t.get(noun).is("'") || t.get(noun).is("’"))) {
                noun++;
            }
            List<Speaker> found = speakers.resolve(t, by + 1, speakerEnd);
            if (found.isEmpty() || noun >= aux || !lex.has("allegation nouns", t.get(noun))) {
                return v;
            }
            Draft target;
            if (read.complementizer(noun + 1) && noun + 2 < aux) {
                int end = read.trimEnd(noun + 2, aux);
                target = claim(noun + 2, end, null, true); // the one who rejects it is on record
                if (target == null) {
                    return v;
                }
                target.add(article.publisher(), Position.REPORTS, Quote.of(text, t.get(noun + 2).start(),
                        t.get(end - 1).end()), article.publishedAt(), rule, "the claims the publisher relays");
            } else if (noun + 1 == aux && lastDraft() != null) {
                target = claimBefore(found); // "The claim was denied by Moscow"
            } else {
                return v;
            }
            Quote quote = Quote.of(text, t.get(bodyStart).start(), t.get(speakerEnd - 1).end());
            for (Speaker speaker : found) {
                target.add(speaker, position, quote, statedAt(bodyStart, v), rule, t.get(v).text() + " by");
            }
            sentenceSpeakers = found;
            return speakerEnd;
        }

        private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "been", "be");

        /**
         * "X denied the allegation", "X disputed her characterisation": X's position on the claim just proposed, named
         * by the noun at {@code noun}; answers the index after it.
         */
        /** "any such warning", "no such plan" in tokens[from, to): words that point back to the claim before. */
        private boolean suchAt(int from, int to) {
            for (int j = from + 1; j < to; j++) {
                String before = t.get(j - 1).lower();
                if (t.get(j).lower().equals("such") && (before.equals("any") || before.equals("no"))) {
                    return true;
                }
            }
            return false;
        }

        private int onNamedClaim(int v, int noun, int[] speakerRange, List<Speaker> found, Position position,
                Rule rule) {
            return onClaim(claimBefore(found), v, noun, speakerRange, found, position, rule);
        }

        private int onClaim(Draft target, int v, int noun, int[] speakerRange, List<Speaker> found, Position position,
                Rule rule) {
            Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(noun).end());
            for (Speaker speaker : found) {
                target.add(speaker, position, quote, statedAt(bodyStart, v), rule,
                        t.get(v).text() + " " + t.get(noun).text());
            }
            sentenceSpeakers = found;
            return noun + 1;
        }

        /**
         * "Moscow denied it.", "Western officials disputed that, …", "The Pentagon confirmed this.": the speaker's
         * position on the claim just proposed; v when the verb has no such object or nobody speaks.
         */
        private int onPrevious(int v, int length, Position position, Rule rule) {
            int object = v + length;
            Draft target = lastDraft();
            if (target == null || object >= n || !SentenceReader.ANAPHORA.contains(t.get(object).lower())
                    || object + 1 < n && !t.get(object + 1).is(",") && !t.get(object + 1).is(";")) {
                return v;
            }
            int[] speakerRange = read.speakerBefore(v);
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
            int end = read.complementEnd(v + length);
            Position judged = read.judgement(v + length, end, false);
            int and = read.first("and", v + length, end);
            if (judged == null && and > v + length) {
                end = and; // "called the allegations fake and aimed at delegitimizing his win"
                judged = read.judgement(v + length, end, false);
            }
            int[] speakerRange = judged == null ? null : read.speakerBefore(v);
            if (speakerRange == null) {
                return v;
            }
            List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            return found.isEmpty() ? v : onLastClaim(v, speakerRange, found, judged, end);
        }

        /**
         * The speaker's judgement of the claim just proposed ({@code position}; null: none that can be read, so nothing
         * is proposed: "the reports were exaggerated" names no claim of its own). Answers the index after the sentence
         * part it read.
         */
        private int onLastClaim(int v, int[] speakerRange, List<Speaker> found, Position position, int end) {
            Draft target = claimBefore(found);
            if (position != null && target != null) {
                Quote quote = Quote.of(text, t.get(speakerRange[0]).start(), t.get(end - 1).end());
                for (Speaker speaker : found) {
                    target.add(speaker, position, quote, statedAt(bodyStart, v), Rule.JUDGED, read.words(v, end));
                }
            }
            sentenceSpeakers = found;
            return Math.max(end, v + 1);
        }

        /**
         * "“This is a lie,” X said of reports that Y": X denies Y, or confirms it ("“That is true,” …"), as the quoted
         * words before judge it; when they hold no judgement ("“We are looking into it,” …") only the publisher, who
         * relays the reports, is on record for Y.
         */
        private int judgedReport(int v, int[] speakerRange, int from) {
            Position position = null;
            for (int j = bodyStart; j < speakerRange[0] && position != Position.DENIES; j++) {
                position = read.verdict(t.get(j)) != null ? read.verdict(t.get(j)) : position; // a dismissal outweighs
            }
            List<Speaker> found = position == null ? List.of() : speakers.resolve(t, speakerRange[0], speakerRange[1]);
            int end = read.complementEnd(from);
            Draft draft = claim(from, end, null);
            if (draft == null) {
                return v;
            }
            Quote quote = Quote.of(text, t.get(from).start(), t.get(end - 1).end());
            for (Speaker speaker : found) {
                draft.add(speaker, position, quote, statedAt(bodyStart, v), Rule.JUDGED, read.words(v, from - 1));
            }
            draft.add(article.publisher(), Position.REPORTS, quote, article.publishedAt(), Rule.JUDGED,
                    "the reports the publisher relays");
            sentenceSpeakers = found;
            return end;
        }

        /** ", noting that …": the sentence's speaker makes a further claim. */
        private int participle(int k, int length) {
            if (sentenceSpeakers.isEmpty()) {
                sentenceSpeakers = sentenceSubject(k);
            }
            if (sentenceSpeakers.isEmpty() || k + length >= n) {
                return k;
            }
            // ", saying that …" or ", saying more than 150,000 troops were …"
            int from = lex.has("complementizers", t.get(k + length)) ? k + length + 1
                    : read.complementStart(k + length, Position.ASSERTS);
            if (from < 0) {
                return k;
            }
            List<Speaker> speakersHere = sentenceSpeakers;
            int end = read.complementEnd(from);
            addClauses(from, end, speakersHere, Position.ASSERTS, Rule.PARTICIPLE, t.get(k).text(), k);
            return Math.max(end, k + 1);
        }

        /**
         * "Saudi Arabia's energy minister rejected calls to …, saying …": who does what the sentence opens with, when
         * no rule read a speaker before the participle at {@code before}.
         */
        private List<Speaker> sentenceSubject(int before) {
            for (int v = bodyStart + 1; v < before; v++) {
                if (read.verbLike(t.get(v), v)) {
                    int[] subject = read.speakerBefore(v);
                    return subject == null ? List.of() : speakers.resolve(t, subject[0], subject[1]);
                }
            }
            return List.of();
        }

        private int said(int v, int length, Position position) {
            if (read.hedgeBefore(v)) {
                return v;
            }
            int passive = passive(v, length, position, Rule.SAID_THAT);
            if (passive > v) {
                return passive;
            }
            int previous = onPrevious(v, length, position, Rule.SAID_THAT);
            if (previous > v) {
                return previous;
            }
            int after = v + length;
            int[] speakerRange = read.speakerBefore(v);
            if (speakerRange != null && after + 2 < n && t.get(v).lower().startsWith("claim")
                    && t.get(after).lower().equals("to") && CLAIMED_VERBS.containsKey(t.get(after + 1).lower())) {
                return claimsToHave(v, after, speakerRange, position);
            }
            int noun = read.skipDeterminers(after);
            if (speakerRange != null && position == Position.QUESTIONS && noun < n
                    && lex.has("allegation nouns", t.get(noun)) && !read.complementizer(noun + 1)
                    && lastDraft() != null) {
                // "The company has disputed her characterisation": a doubt about the claim just proposed
                List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
                return found.isEmpty() ? v : onNamedClaim(v, noun, speakerRange, found, position, Rule.SAID_THAT);
            }
            if (speakerRange != null && position == Position.ASSERTS && read.saidOf(after) > 0) {
                return judgedReport(v, speakerRange, read.saidOf(after));
            }
            if (speakerRange != null) {
                int from = read.complementStart(after, position);
                int doubted = from > 0 ? read.doubtWithin(from) : -1;
                int doubtedThing = from > 0 && doubted < 0 ? read.doubtOfWithin(from) : -1;
                if (doubtedThing > 0 && lastDraft() != null) {
                    // "The sheriff's office said it had found no evidence of arson", after posts claimed the fire was
                    // set by arsonists: a doubt of the claim just made that names the thing
                    int end = read.complementEnd(doubtedThing);
                    List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
                    if (!found.isEmpty() && sharesAWord(lastDraft().claimText, read.words(doubtedThing, end))) {
                        return onClaim(lastDraft(), v, end - 1, speakerRange, found, Position.QUESTIONS,
                                Rule.SAID_THAT);
                    }
                }
                if (doubted > 0) {
                    from = doubted; // "said it had seen no evidence that Russian troops were withdrawing"
                    position = Position.QUESTIONS;
                }
                if (from > 0) {
                    List<Speaker> found = itsOwnWords(speakers.resolve(t, speakerRange[0], speakerRange[1]), from);
                    if (found.isEmpty()) {
                        return v;
                    }
                    sentenceSpeakers = found;
                    int end = read.quotedEnd(from);
                    if (end < 0) {
                        end = read.complementEnd(from);
                    }
                    int because = read.first("because", from, end);
                    Position judged = position != Position.ASSERTS ? null
                            : read.judgementOfReports(from, because > from ? because : end);
                    int andThat = judged == null && position == Position.ASSERTS ? read.andThat(from, end) : -1;
                    Position judgedFirst = andThat > from ? read.judgementOfReports(from, read.trimEnd(from, andThat)) : null;
                    if (judgedFirst != null) {
                        // "said the allegation was “just ridiculous” and that the department was considering …": a
                        // judgement of the claim before, then a claim of the speaker's own
                        onLastClaim(v, speakerRange, found, judgedFirst, read.trimEnd(from, andThat));
                        addClauses(andThat + 2, end, found, position, Rule.SAID_THAT, t.get(v).text(), v);
                        return end;
                    }
                    if (judged != null || read.reportsOnly(from, end)) {
                        if (judged == null || because <= from || because + 1 >= end) {
                            return onLastClaim(v, speakerRange, found, judged, end);
                        }
                        // "said the figures were misleading because they left out …": the judgement, then the reason
                        // as the speaker's own claim, whose "they" is the figures
                        onLastClaim(v, speakerRange, found, judged, because);
                        int reason = because + 1;
                        int reasonEnd = read.trimEnd(reason, end);
                        boolean pronoun = lex.has("pronouns", t.get(reason)) && reason + 1 < reasonEnd;
                        Draft draft = !pronoun ? claim(reason, reasonEnd, found.get(0))
                                : draft(sentenceCase(read.words(from, read.reportsNamed(from, because)) + " "
                                        + read.words(reason + 1, reasonEnd)), reason, reasonEnd, true);
                        if (draft != null) {
                            Quote quote = Quote.of(text, t.get(reason).start(), t.get(reasonEnd - 1).end());
                            for (Speaker speaker : found) {
                                draft.add(speaker, Position.ASSERTS, quote, statedAt(bodyStart, v), Rule.SAID_THAT,
                                        t.get(v).text());
                            }
                        }
                        return end;
                    }
                    int draftsBefore = drafts.size();
                    addClauses(from, end, found, position, Rule.SAID_THAT, t.get(v).text(), v);
                    publisherAdverb(v, draftsBefore);
                    return Math.max(end, after);
                }
                if (read.onlyTimeWordsUntilEnd(read.addresseeEnd(v, after))) {
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
                    speakerWords &= read.speakerWord(j);
                }
                if (speakerWords && (read.onlyTimeWordsUntilEnd(speakerEnd) || read.trailingDescription(speakerEnd))) {
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
            int[] speakerRange = passive ? read.speakerBefore(quoted) : new int[] {quoted + 1, k - 1};
            List<Speaker> found = speakerRange == null || speakerRange[0] >= speakerRange[1] ? List.of()
                    : speakers.resolve(t, speakerRange[0], speakerRange[1]);
            int from = found.isEmpty() ? -1 : read.complementStart(k + 1, Position.ASSERTS);
            if (from < 0 && !found.isEmpty() && !passive && k + 1 >= n) {
                // "…, PTI quoted the minister as saying.": the words before the comma are the minister's
                int[] reporter = read.speakerBefore(quoted);
                return reporter == null ? k : saidAfter(k, n, reporter[0], found, Position.ASSERTS);
            }
            if (from < 0) {
                return k;
            }
            int end = read.quotedEnd(from);
            if (end < 0) {
                end = read.complementEnd(from);
            }
            sentenceSpeakers = found;
            addClauses(from, end, found, Position.ASSERTS, Rule.SAID_THAT, "quoted as saying", k);
            return Math.max(end, k + 1);
        }

        private static final Set<String> HAVE = Set.of("has", "have", "had");

        /** "reports alleging that …", "posts claiming that …": a report named by what it says. */
        private static final Set<String> CLAIMING = Set.of("alleging", "claiming", "saying", "suggesting", "asserting");

        /**
         * "…, with general counsel Carlos G. Ortiz telling BeverageDaily.com: “…”", "…, with Ortiz saying that …": the
         * one named after "with" says it; k is the participle.
         */
        private int withSaying(int k) {
            int start = k;
            while (start > bodyStart && start > k - 9 && (t.get(start - 1).word() || t.get(start - 1).is(".")
                    && start - 2 > bodyStart && t.get(start - 2).initial())
                    && !t.get(start - 1).lower().equals("with")) {
                start--; // "VP and general counsel Carlos G. Ortiz": an initial's full stop stays in the name
            }
            if (start <= bodyStart || start == k || !t.get(start - 1).lower().equals("with")
                    || t.subList(start, k).stream().noneMatch(Token::capitalized)) {
                return k;
            }
            int after = t.get(k).lower().equals("telling") ? read.addresseeEnd(k, k + 1) : k + 1;
            int from = after < n ? read.complementStart(after, Position.ASSERTS) : -1;
            List<Speaker> named = from < 0 ? List.of() : speakers.resolve(t, start, k);
            // "VP and general counsel Carlos G. Ortiz" is one person with two titles
            List<Speaker> people = named.stream().filter(sp -> "PERSON".equals(sp.kind())).toList();
            List<Speaker> found = people.isEmpty() ? named : people.subList(people.size() - 1, people.size());
            if (found.isEmpty()) {
                return k;
            }
            int end = read.quotedEnd(from);
            if (end < 0) {
                end = read.complementEnd(from);
            }
            sentenceSpeakers = found;
            addClauses(from, end, found, Position.ASSERTS, Rule.SAID_THAT, t.get(k).text(), k);
            return Math.max(end, k + 1);
        }

        /** "claims to have", "claims to show": the verb as the claim states it of one subject. */
        private static final Map<String, String> CLAIMED_VERBS = Map.of("have", "has", "be", "is", "show", "shows",
                "prove", "proves", "depict", "depicts", "reveal", "reveals");

        /** "the rebels", "posts shared on Facebook": a group named by a plural noun; one video, one person: singular. */
        private boolean plural(List<Speaker> found) {
            if (found.size() > 1) {
                return true;
            }
            Speaker one = found.get(0);
            return "GROUP".equals(one.kind()) && Arrays.stream(one.mention().split("\\s+"))
                    .map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(w -> w.endsWith("s") && !w.endsWith("ss") && (lex.hasWord("group nouns", w)
                            || lex.hasWord("non-state groups", w) || lex.hasWord("online sources", w)));
        }

        /** "Ukraine claims to have shot down 30 aircraft": "Ukraine has shot down 30 aircraft", in its own name. */
        private int claimsToHave(int v, int after, int[] speakerRange, Position position) {
            List<Speaker> found = speakers.resolve(t, speakerRange[0], speakerRange[1]);
            int restFrom = after + 2;
            int end = read.complementEnd(restFrom);
            if (found.isEmpty() || restFrom >= end) {
                return v;
            }
            // "The rebels claimed to have …" → "The rebels have …", "A viral video claims to show …" → "… shows …"
            String base = t.get(after + 1).lower();
            String verb = " " + (plural(found) ? base.equals("be") ? "are" : base : CLAIMED_VERBS.get(base)) + " ";
            String claimText = sentenceCase(subjectName(found.get(0)) + verb + read.words(restFrom, end));
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

        /**
         * How a claim names the speaker it is about: a government by its party, a common noun or a name the sentence
         * gives with its article ("the company said it …" → "the company"), anyone else by name.
         */
        /** A government body of its own ("Food and Drug Administration", "foreign ministry"), not a government. */
        private boolean body(Speaker speaker) {
            return "GOVERNMENT".equals(speaker.kind()) && Arrays.stream(speaker.name().split("\\s+"))
                    .anyMatch(w -> !w.equalsIgnoreCase("government") && lex.namesABody(w.toLowerCase(Locale.ROOT)));
        }

        /** "the Food and Drug Administration"; a name with an owner ("Russia's foreign ministry") as it is. */
        private static String theName(Speaker speaker) {
            String name = speaker.name();
            return name.contains("'s ") || name.contains("’s ") || name.startsWith("The ") ? name : "the " + name;
        }

        private String subjectName(Speaker speaker) {
            if (speaker.party() != null && ("GOVERNMENT".equals(speaker.kind()) || "GROUP".equals(speaker.kind()))) {
                return speaker.party(); // "Russia's foreign ministry said its troops …": Russia's troops
            }
            boolean commonNoun = !speaker.known() && Character.isLowerCase(speaker.mention().charAt(0))
                    && speaker.name().equalsIgnoreCase(speaker.mention());
            if (commonNoun) {
                return "the " + speaker.mention();
            }
            // "The Justice Department said it was …" → "the Justice Department was …"
            return !"PERSON".equals(speaker.kind()) && read.theBefore(speaker.mention().split("\\s+")[0])
                    ? "the " + speaker.name() : speaker.name();
        }

        /** "…, X said." — the claim is what comes before the comma. */
        private int saidAfter(int v, int end, int speakerStart, List<Speaker> found, Position position) {
            int comma = speakerStart - 1;
            while (comma > bodyStart && t.get(comma).quoteMark()) {
                comma--;
            }
            int described = read.descriptionStart(comma);
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
            while (to > from && (t.get(to - 1).quoteMark() || !read.content(to - 1))) {
                to--;
            }
            to = read.closingBracket(from, to, comma);
            sentenceSpeakers = found;
            int[] named = position == Position.ASSERTS ? read.claimJudged(from, to) : null;
            if (named != null) {
                return judgedClaim(named, to, found, v, end);
            }
            Position judged = position == Position.ASSERTS ? read.judgementWithin(from, to) : null;
            if (judged != null) {
                // "“There is no truth to these reports,” a spokesperson said": a judgement of the claim just proposed,
                // and no claim of its own
                Quote quote = Quote.of(text, t.get(from).start(), t.get(to - 1).end());
                int[] of = read.claimsOf(from, to);
                // "“The claims of voter fraud in Virginia … are unfounded,” Cortés said": what the claims are of
                Draft target = of != null ? draft(sentenceCase("There was " + read.words(of[0], of[1])), of[0], of[1], true)
                        : claimBefore(found);
                for (Speaker speaker : target == null ? List.<Speaker>of() : found) {
                    target.add(speaker, judged, quote, statedAt(bodyStart, v), Rule.JUDGED, read.words(from, to));
                }
                return Math.max(end, v + 1);
            }
            addClauses(from, to, found, position, Rule.SAID_AFTER, t.get(v).text(), v);
            return Math.max(end, v + 1);
        }

        /**
         * "Russia's claim that X is not true, Biden said": the speaker judges X ({@code named}: X's start and end, and
         * the possessor's words when there is one, who ASSERTS X).
         */
        private int judgedClaim(int[] named, int to, List<Speaker> found, int v, int end) {
            List<Speaker> owners = named[2] < named[3] ? speakers.resolve(t, named[2], named[3]) : List.of();
            Draft draft = claim(named[0], named[1], owners.isEmpty() ? null : owners.get(0)); // "it" is the owner
            if (draft != null) {
                Quote quote = Quote.of(text, t.get(named[0]).start(), t.get(named[1] - 1).end());
                for (Speaker owner : owners) {
                    draft.add(owner, Position.ASSERTS, quote, statedAt(bodyStart, v), Rule.SAID_AFTER,
                            read.words(named[2], named[0]));
                }
                Quote judgement = Quote.of(text, t.get(bodyStart).start(), t.get(to - 1).end());
                for (Speaker speaker : found) {
                    draft.add(speaker, read.judgedBy(named[1], to), judgement, statedAt(bodyStart, v), Rule.JUDGED,
                            read.words(named[1], to));
                }
            }
            return Math.max(end, v + 1);
        }

        private int hedged(int k, int length) {
            int from = bodyStart;
            int end = read.firstClauseEnd(k + length, read.complementEnd(k + length));
            if (k <= from || end <= k + length) {
                return k;
            }
            String phrase = read.words(k, k + length).toLowerCase(Locale.ROOT);
            String claimText;
            if (length == 1) { // "reportedly": the clause without the adverb
                claimText = read.words(from, k) + " " + read.words(k + 1, end);
            } else if (t.get(k + length).lower().equals("have") && phrase.endsWith(" to")) {
                boolean plural = phrase.startsWith("are") || phrase.startsWith("were");
                claimText = read.words(from, k) + (plural ? " have " : " has ") + read.words(k + length + 1, end);
            } else {
                claimText = read.words(from, end);
            }
            Draft draft = draft(sentenceCase(claimText), from, end);
            if (draft == null) {
                return k;
            }
            draft.add(article.publisher(), Position.REPORTS, Quote.of(text, t.get(from).start(), t.get(end - 1).end()),
                    article.publishedAt(), Rule.HEDGED, read.words(k, k + length));
            return end;
        }

        /** A sentence with no attribution: what the publisher states itself, clause by clause. */
        private void publisherStatements(int from) {
            if (from >= n || article.publisher() == null || read.speechAttributed()) {
                return; // "“…,” he said in …" that no rule could read is still not the publisher's
            }
            if (from == bodyStart && publisherJudges()) {
                return;
            }
            if (from == bodyStart && (read.whollyQuoted() || read.quotedJudgement())) {
                return; // somebody's words (whose speaker no sentence names, or who judged): never the publisher's
            }
            int end = read.beforeRemark(from, read.trimEnd(from, n));
            addClauses(from, end, List.of(article.publisher()), Position.ASSERTS, Rule.PUBLISHER, null, -1);
        }

        /**
         * A fact-check's own words about a claim: "Claim: …" (relayed), "Verdict: False." and "This is false." (its
         * position on the claim before), "The claim that X is misleading." (its position on X). True when the sentence
         * was one of them.
         */
        private boolean publisherJudges() {
            Speaker publisher = article.publisher();
            boolean labelled = bodyStart + 2 < n && t.get(bodyStart + 1).is(":");
            if (labelled && lex.has("claim labels", t.get(bodyStart))) {
                int from = bodyStart + 2;
                int end = read.trimEnd(from, n);
                Draft draft = claim(from, end, null);
                if (draft != null) {
                    draft.add(publisher, Position.REPORTS, Quote.of(text, t.get(from).start(), t.get(end - 1).end()),
                            article.publishedAt(), Rule.HEDGED, read.words(bodyStart, from));
                }
                return true;
            }
            Position judged = labelled && lex.has("verdict labels", t.get(bodyStart)) ? read.judgedBy(bodyStart + 2, n)
                    : read.judgementOfThis();
            if (judged != null || labelled && lex.has("verdict labels", t.get(bodyStart))) {
                if (judged != null && lastDraft() != null) {
                    lastDraft().add(publisher, judged, Quote.of(text, t.get(bodyStart).start(), t.get(n - 1).end()),
                            article.publishedAt(), Rule.JUDGED, read.words(bodyStart, n));
                }
                return true;
            }
            int[] named = read.claimJudged(bodyStart, n);
            if (named == null) {
                return false;
            }
            // "The claim that 5,000 people died after receiving the vaccine is misleading."
            Draft draft = claim(named[0], named[1], null);
            if (draft != null) {
                draft.add(publisher, read.judgedBy(named[1], n), Quote.of(text, t.get(bodyStart).start(),
                        t.get(n - 1).end()), article.publishedAt(), Rule.JUDGED, read.words(named[1], n));
            }
            return true;
        }

        /** "Twitter users falsely claimed that …": the publisher's own adverb denies what the drafts since claim. */
        private void publisherAdverb(int v, int draftsBefore) {
            for (int j = Math.max(bodyStart, v - 2); j < v; j++) {
                if (lex.has("publisher dismissals", t.get(j)) && article.publisher() != null) {
                    Quote quote = Quote.of(text, t.get(j).start(), t.get(v).end());
                    for (Draft draft : drafts.subList(draftsBefore, drafts.size())) {
                        draft.add(article.publisher(), Position.DENIES, quote, article.publishedAt(), Rule.JUDGED,
                                t.get(j).text());
                    }
                    return;
                }
            }
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
                boolean sentenceEnd = j < to && (t.get(j).is(".") || t.get(j).is("!") || t.get(j).is("?"))
                        && !(j + 1 < to && t.get(j + 1).numeric()) // "No. 10 Downing Street" goes on
                        && !(j + 1 < to && t.get(j + 1).word() && !t.get(j + 1).capitalized()) // "… INC. is being …"
                        && !(j > start && t.get(j - 1).initial()); // "Carlos G. Ortiz"
                // "said an invasion remained possible and that Russia had …"
                boolean andThat = j > start && j + 2 < to && !t.get(j - 1).is(",") && t.get(j).lower().equals("and")
                        && t.get(j + 1).lower().equals("that");
                boolean split = j == to || sentenceEnd || andThat || j + 2 < to && t.get(j).is(",")
                        && t.get(j + 1).lower().equals("and") && read.clauseFollows(j + 2, to);
                if (!split) {
                    continue;
                }
                int clauseEnd = read.trimEnd(start, j);
                int clauseStart = start;
                while (clauseStart < clauseEnd && (!t.get(clauseStart).word()
                        || clauseStart > from && lex.has("complementizers", t.get(clauseStart)))) {
                    clauseStart++; // ", and that …": the second clause's own words
                }
                if (clauseStart > start && clauseStart < clauseEnd) {
                    clauseEnd = read.trimEnd(clauseStart, j); // "and that “all targets were hit”": without its marks
                }
                Position judged = clauseStart > from && clauseStart < clauseEnd && rule != Rule.PUBLISHER
                        && position == Position.ASSERTS ? read.judgementOfReports(clauseStart, clauseEnd) : null;
                Draft judgedClaim = judged == null ? null : claimBefore(found);
                if (judgedClaim != null) {
                    // "said Russia had nothing to do with the vote and that the accusations were “unfounded”": a
                    // judgement of the accusations, no claim of its own
                    Quote quote = Quote.of(text, t.get(clauseStart).start(), t.get(clauseEnd - 1).end());
                    for (Speaker speaker : found) {
                        judgedClaim.add(speaker, judged, quote, statedAtAround(clauseStart, clauseEnd), Rule.JUDGED, cue);
                    }
                } else if (clauseStart < clauseEnd && !(rule == Rule.PUBLISHER && read.noFactStated(clauseStart, clauseEnd))) {
                    // the publisher's own "it" names nobody: pronouns are resolved for attributed speakers only
                    Draft contradicted = rule != Rule.PUBLISHER && position == Position.ASSERTS
                            ? contradicted(clauseStart, clauseEnd, found) : null;
                    Draft draft = claim(clauseStart, clauseEnd, rule == Rule.PUBLISHER ? null : found.get(0));
                    if (draft != null) {
                        Quote quote = Quote.of(text, t.get(clauseStart).start(), t.get(clauseEnd - 1).end());
                        for (Speaker speaker : found) {
                            draft.add(speaker, position, quote, rule == Rule.PUBLISHER ? article.publishedAt()
                                    : statedAtAround(clauseStart, clauseEnd), rule, cue);
                            if (contradicted != null) {
                                contradicted.add(speaker, Position.DENIES, quote, statedAtAround(clauseStart, clauseEnd),
                                        Rule.CONTRADICTED, t.get(clauseStart).text());
                            }
                        }
                    }
                }
                start = sentenceEnd || andThat ? j + 1 : j + 2;
            }
        }

        /** The claim for tokens[from, to) in the speaker's words, or null when it is not checkable. */
        private Draft claim(int from, int to, Speaker speaker) {
            return claim(from, to, speaker, speaker != null);
        }

        /**
         * As {@link #claim(int, int, Speaker)}; {@code onRecord}: someone is on record for it even when {@code speaker}
         * (whose "it" and "we" the claim text names) is null — "Claims that … were rejected by the ministry".
         */
        private Draft claim(int from, int to, Speaker speaker, boolean onRecord) {
            if (from >= to || read.questionAt(to)) {
                return null; // "Did Russia plan to invade Ukraine?" asserts nothing
            }
            StringBuilder claimText = new StringBuilder();
            // said by someone on record, the claim is theirs to check even without a name in it ("some units were
            // returning to their bases", said by a defence ministry), unless its subject points back ("this is …");
            // the publisher's own sentences need a name or a number
            boolean named = onRecord && !read.pointsBack(from);
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
                // in a quotation only the speaker's first person is the speaker: "“He gives it a squeeze,” she wrote"
                boolean ownWords = read.quoted(j);
                if (speaker != null && j == from && !ownWords && lex.has("pronouns", token)) {
                    boolean person = "PERSON".equals(speaker.kind());
                    boolean personal = token.lower().equals("he") || token.lower().equals("she");
                    // "they" is a group's own plural ("officials said they had …"); a company's or a ministry's
                    // "they" means what was just spoken of ("rejected the findings, saying they relied on …")
                    boolean plural = token.lower().equals("they");
                    if (person == personal && (!plural || "GROUP".equals(speaker.kind()))) {
                        // "The Food and Drug Administration said it was reviewing …": the agency, not its country
                        word = body(speaker) ? theName(speaker) : subjectName(speaker);
                        named = true;
                    }
                }
                if (speaker != null && j == from && SentenceReader.POSSESSIVES.contains(token.lower())
                        && !(ownWords && THIRD_PERSON_POSSESSIVES.contains(token.lower()))) {
                    // "its forces" said by Ukraine: Ukraine's forces; "our troops" said for Russia: Russia's troops
                    boolean person = "PERSON".equals(speaker.kind());
                    String owner = switch (token.lower()) {
                        case "his", "her" -> person ? speaker.name() : null;
                        // "their clients" said by "Lawyers for two of the defendants" stays theirs: a phrase with a
                        // preposition makes no possessive
                        case "its", "their" -> person || subjectName(speaker).matches(".* (of|for|in|at) .*") ? null
                                : subjectName(speaker);
                        default -> speaker.party(); // our
                    };
                    if (owner != null) {
                        appendToken(claimText, j, from, owner + (owner.endsWith("s") ? "'" : "'s")); // "Oil producers'"
                        named = true;
                        continue;
                    }
                }
                if (speaker != null && j == from && token.text().equals("I") && "PERSON".equals(speaker.kind())) {
                    // "“I have never had such a conversation,” Hollý said": Hollý has never had …
                    appendToken(claimText, j, from, speaker.name());
                    named = true;
                    if (j + 1 < to && FIRST_PERSON_FORMS.containsKey(t.get(j + 1).lower())) {
                        j++;
                        appendToken(claimText, j, from, FIRST_PERSON_FORMS.get(t.get(j).lower()));
                    }
                    continue;
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
                if (word.equals("any") && j > from && HAVE.contains(t.get(j - 1).lower())) {
                    continue; // "denies it has any plans to attack": Russia has plans to attack
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
                                && !lex.has("clause subjects", token)
                                // "Investigators have not yet named a cause." where the article also writes
                                // "investigators": capitalised only because it opens the sentence
                                && !(j == bodyStart && lowerCaseWords.contains(token.lower())))) {
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
         * The claim "the charges", "the allegation", "these reports" name when {@code judges} speak of it: the last one
         * somebody else made, passing over the publisher's own statements ("Prosecutors allege that Smith paid bribes.
         * Smith has pleaded not guilty. His lawyer said the charges were baseless.") and the claims of the judges' own
         * side ("Russia denied X, saying Y. Peskov said the accusations were absurd": X again, not Y); the last draft
         * when there is no such claim.
         */
        /** The last accusation or verdict of another side than {@code deniers}' ("denied wrongdoing"), or null. */
        private Draft accusationBefore(List<Speaker> deniers) {
            Set<String> sides = deniers.stream().map(Speaker::side).collect(Collectors.toSet());
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft draft = drafts.get(i);
                if (draft.accusation && draft.stances.stream().noneMatch(s -> s.position() == Position.ASSERTS
                        && sides.contains(s.speaker().side()))) {
                    return draft;
                }
            }
            return null;
        }

        private static String withoutSpeakers(Draft draft) {
            String claimText = draft.claimText;
            for (ProposedStance stance : draft.stances) {
                for (String name : stance.position() != Position.ASSERTS ? new String[0]
                        : new String[] {stance.speaker().name(), stance.speaker().party()}) {
                    claimText = name == null ? claimText : claimText.replace(name, " ");
                }
            }
            return claimText;
        }

        private Draft claimBefore(List<Speaker> judges) {
            Set<String> sides = judges.stream().map(Speaker::side).collect(Collectors.toSet());
            Draft latest = null;
            for (int i = drafts.size() - 1; i >= 0; i--) {
                List<ProposedStance> stances = drafts.get(i).stances;
                boolean somebodys = stances.stream().anyMatch(s -> s.position() != Position.ASSERTS
                        || !s.speaker().equals(article.publisher()));
                if (somebodys && stances.stream().noneMatch(s -> s.position() == Position.ASSERTS
                        && sides.contains(s.speaker().side()))) {
                    latest = latest == null ? drafts.get(i) : latest;
                    // "Peskov said the accusations were unfounded": the accusations name Russia ("a Russian special
                    // operation"), whatever other side spoke last
                    // in other words than its speakers' names ("Georgian opposition will not …" accuses nobody)
                    String claimText = withoutSpeakers(drafts.get(i));
                    if (sides.stream().anyMatch(side -> lex.namesCountry(claimText, side))) {
                        return drafts.get(i);
                    }
                }
            }
            return latest != null ? latest : lastDraft();
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

        private static final Map<String, String> SINGULAR_FORMS = Map.of("are", "is", "were", "was", "have", "has",
                "do", "does");

        /** Whose owner a quotation does not tell: the speaker's own is "my" or "our". */
        private static final Set<String> THIRD_PERSON_POSSESSIVES = Set.of("its", "his", "her", "their");
        private static final Map<String, String> FIRST_PERSON_FORMS = Map.of("am", "is", "have", "has", "do", "does");

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
            String first = trimmed.split(" ", 2)[0];
            if (first.substring(1).chars().noneMatch(Character::isUpperCase)) { // "mRNA vaccines", "iPhone sales" stay
                trimmed = trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
            }
            // "… than he does.”" ends where its quotation does
            String unquoted = trimmed.replaceFirst("[\"”’»]+$", "");
            char last = unquoted.isEmpty() ? ' ' : unquoted.charAt(unquoted.length() - 1);
            return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
        }
    }

    /** A claim being assembled; it becomes a proposal once it has a stance. */
    private static final class Draft {
        final String claimText;
        final int sentenceStart;
        final int sentenceEnd;
        final List<ProposedStance> stances = new ArrayList<>();
        /** Made by an accusation or a verdict: what "denied wrongdoing" answers. */
        boolean accusation;

        Draft(String claimText, int sentenceStart, int sentenceEnd) {
            this.claimText = claimText;
            this.sentenceStart = sentenceStart;
            this.sentenceEnd = sentenceEnd;
        }

        void add(Speaker speaker, Position position, Quote quote, Instant statedAt, Rule rule, String cue) {
            if (speaker == null) {
                return;
            }
            accusation |= rule == Rule.ACCUSED;
            double confidence = rule.confidence * (speaker.known() ? 1.0 : 0.8);
            String reason = rule.pattern + (cue == null ? "" : " — cue \"" + cue + "\"");
            stances.add(new ProposedStance(speaker, position, quote, statedAt, reason,
                    Math.round(confidence * 100) / 100.0));
        }
    }
}
