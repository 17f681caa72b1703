package org.claimtrack.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns the words naming a speaker into a {@link Speaker}, for one document: the registry decides parties and known
 * sources (aliases such as "Moscow" are the registry's), the lexicon tells titles, roles and demonyms apart, and the
 * document itself resolves later short mentions ("Zakharova", "the Russian President", "he") to the full names it
 * gave elsewhere.
 */
final class SpeakerResolver {

    private final Lexicon lexicon;
    private final Registry registry;
    private final String text;
    /** surname (lower case) → full name as the document wrote it */
    private final Map<String, String> surnames = new HashMap<>();
    /** first word (lower case) → full name, for organisations called by it later ("Nexora" for "Nexora Semiconductor") */
    private final Map<String, String> firstWords = new HashMap<>();
    /** "russian president" → "Vladimir Putin", from "Russian President Vladimir Putin" anywhere in the document */
    private final Map<String, String> descriptions = new HashMap<>();
    /** "energy ministry" → "Ukraine", from "Ukraine's energy ministry": a later "the energy ministry" is Ukraine's */
    private final Map<String, String> bodies = new HashMap<>();
    /** names of organisations the document gives ("Bank of England"): a later "the bank" may be one of them */
    private final List<String> organisations = new ArrayList<>();
    /** "election commission" from "the election commission": lower-case body names, found later by their head word */
    private final Set<String> commonBodies = new LinkedHashSet<>();
    /** "Volodymyr Zelensky" → "Ukraine", from "Ukraine's President Volodymyr Zelensky": a later "Zelensky" keeps it */
    private final Map<String, String> parties = new HashMap<>();
    private Speaker lastPerson;
    /** The last unnamed source ("a person familiar with the investigation"), whom "the person" names again. */
    private Speaker lastUnnamed;
    private Speaker lastOther;
    /** The first registered organisation that spoke: what a later "the company" is in a business story. */
    private Speaker firstOrganisation;
    /** names in document order, with where each stands: "he" with no speaker before it is one of them */
    private final List<Mention> mentions = new ArrayList<>();

    /** Where each sentence starts, in order. */
    private final List<Integer> sentenceStarts = new ArrayList<>();
    /**
     * A person who opens a sentence and acts in it ("Transport Minister Volker Wissing urged both sides …"), by the
     * sentence's start: a "he" opening the next sentence is them, not the last person who spoke.
     */
    private final Map<Integer, String> actingSubjects = new HashMap<>();

    /** A name as the document wrote it, at {@code offset}, in the sentence starting at {@code sentenceStart}. */
    private record Mention(int sentenceStart, int offset, String name) {
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "you");

    SpeakerResolver(Lexicon lexicon, Registry registry, String text) {
        this.lexicon = lexicon;
        this.registry = registry;
        this.text = text;
    }

    /** Reads the document's full names once, before any sentence is resolved. */
    void learn(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            sentenceStarts.add(sentence.start());
            learnBodies(tokens);
            learnOrganisations(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                int title = lexicon.match("titles", tokens, i);
                if (title > 1) {
                    i += title - 1; // "Secretary of State Brad Raffensperger": "State" starts no name
                    continue;
                }
                int end = i;
                while (end < tokens.size() && end - i < 4 && nameLike(tokens, end)) {
                    end++;
                }
                if (end - i >= 2 && (i == 0 || !nameLike(tokens, i - 1))) {
                    String full = span(tokens.get(i), tokens.get(end - 1));
                    surnames.putIfAbsent(tokens.get(end - 1).lower(), full);
                    firstWords.putIfAbsent(tokens.get(i).lower(), full);
                    mentions.add(new Mention(sentence.start(), tokens.get(i).start(), full));
                    if (i <= 3 && end < tokens.size() && pastVerb(tokens.get(end))
                            && lexicon.match("asserts", tokens, end) == 0
                            && tokens.subList(0, i).stream().allMatch(Token::capitalized)) {
                        actingSubjects.putIfAbsent(sentence.start(), full);
                    }
                    String description = descriptionBefore(tokens, i);
                    if (description != null) {
                        descriptions.putIfAbsent(description, full);
                    }
                    List<Token> before = tokens.subList(Math.max(0, i - 4), i);
                    boolean titled = false;
                    for (int b = 0; b < before.size(); b++) {
                        titled |= lexicon.match("titles", before, b) > 0;
                    }
                    String party = titled ? partyIn(before) : null;
                    if (party != null) {
                        parties.putIfAbsent(full, party);
                    }
                } else if (i == 0 && end == 1 && tokens.size() > 1 && pastVerb(tokens.get(1))
                        && lexicon.country(tokens.get(0).text()).isEmpty()) {
                    // "Zelensky thanked Biden …": a lone name as the sentence's subject, which a later "he" may mean
                    mentions.add(new Mention(sentence.start(), tokens.get(0).start(), tokens.get(0).text()));
                }
            }
        }
    }

    /** "the Bank of England", "the World Health Organization": capitalised names holding a body's word. */
    private void learnOrganisations(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && (tokens.get(end).capitalized() && tokens.get(end).word()
                    || end > i && end + 1 < tokens.size() && tokens.get(end).lower().equals("of")
                            && tokens.get(end + 1).capitalized())) {
                end++;
            }
            int start = i < end && lexicon.has("function words", tokens.get(i)) ? i + 1 : i; // "The Bank of …"
            if (end - start >= 2 && tokens.subList(start, end).stream().anyMatch(lexicon::namesABody)) {
                organisations.add(span(tokens.get(start), tokens.get(end - 1)));
            } else if (end - start == 1 && end < tokens.size() && !tokens.get(end).capitalized()
                    && lexicon.namesABody(tokens.get(end))) {
                organisations.add(span(tokens.get(start), tokens.get(end))); // "a Paris court", "the Kyiv city council"
            } else if (end == i && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).lower().equals("the")
                    && tokens.get(i).word() && !lexicon.has("function words", tokens.get(i))
                    && !lexicon.namesABody(tokens.get(i)) && lexicon.namesABody(tokens.get(i + 1))) {
                commonBodies.add(key(tokens.subList(i, i + 2))); // "the election commission"
            }
            i = Math.max(end, i + 1);
        }
    }

    /** "Ukraine's energy ministry": a possessive party, then up to three lower-case words ending in a government word. */
    private void learnBodies(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String owner = tokens.get(i).text().replaceFirst("['’]s$", "");
            if (!tokens.get(i).capitalized() || owner.equals(tokens.get(i).text())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4) && tokens.get(j).word()
                    && !tokens.get(j).capitalized(); j++) {
                if (lexicon.has("government words", tokens.get(j))) {
                    String party = registry.party(owner).map(Registry.KnownParty::name)
                            .or(() -> lexicon.country(owner)).orElse(null);
                    if (party != null) {
                        bodies.putIfAbsent(key(tokens.subList(i + 1, j + 1)), party);
                    }
                    break;
                }
            }
        }
    }

    /**
     * The party of a government body the document named with its country: "the energy ministry" after "Ukraine's
     * energy ministry", or "the ministry" when the document named only one ministry so; else null.
     */
    private String bodyParty(List<Token> words) {
        String exact = bodies.get(key(words));
        if (exact != null || words.size() != 1) {
            return exact;
        }
        String head = " " + words.get(0).lower();
        List<String> parties = bodies.entrySet().stream().filter(e -> (" " + e.getKey()).endsWith(head))
                .map(Map.Entry::getValue).distinct().toList();
        return parties.size() == 1 ? parties.get(0) : null;
    }

    /**
     * The source on record these words name: as written, with "the" ("The Financial Courier"), without a lower-case
     * description before the name ("the opposition Labour Party") or after it ("… children's agency UNICEF").
     */
    private Optional<Registry.KnownSource> registered(String mention, List<Token> words) {
        return Stream.of(mention, "the " + mention, namePart(words), trailingName(words)).filter(n -> !n.isEmpty())
                .distinct().map(registry::source).flatMap(Optional::stream).findFirst();
    }

    /**
     * "the Justice Department" → "United States Department of Justice", "a Paris court" → "Paris criminal court",
     * "the governor's office" → "Office of the Governor of Georgia": a body the registry names in more words or
     * another order, when exactly one registered name holds every word. Never a single common noun ("the court" could
     * be any court; a capitalised government word alone, "the Treasury", may name a government body) nor a mention
     * that names no body (a person's name inside a foundation's).
     */
    private Optional<Registry.KnownSource> registeredByWords(String name) {
        List<String> words = new ArrayList<>(InMemoryRegistry.words(name));
        if (words.isEmpty() || !lexicon.namesABody(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        words.removeIf(w -> w.length() == 1 || lexicon.hasWord("function words", w)); // "s" of "governor's", "U.S."
        String stripped = name.strip();
        if (words.size() == 1 && Character.isUpperCase(stripped.charAt(0)) && !stripped.equals(stripped.toUpperCase(
                Locale.ROOT)) && lexicon.hasWord("government words", words.get(0))) {
            // "the Treasury", "the U.S. Treasury": a government's one body of that name ("United States Department of
            // the Treasury"), never a common noun ("the court")
            return registry.sourceWithWords(Set.copyOf(words)).filter(s -> "GOVERNMENT".equals(s.kind()));
        }
        return words.size() < 2 ? Optional.empty() : registry.sourceWithWords(Set.copyOf(words));
    }

    /** "opposition Labour Party" → "Labour Party": the capitalised name after lower-case descriptive words, or "". */
    private String namePart(List<Token> words) {
        int first = 0;
        while (first < words.size() && !words.get(first).capitalized()) {
            first++;
        }
        boolean allNamed = first > 0 && first < words.size()
                && words.subList(first, words.size()).stream().allMatch(w -> w.capitalized()
                        || lexicon.has("function words", w));
        return allNamed ? span(words.get(first), words.get(words.size() - 1)) : "";
    }

    /** "the United Nations children's agency UNICEF" → "UNICEF": the name after the last lower-case word, or "". */
    private String trailingName(List<Token> words) {
        int last = words.size();
        while (last > 0 && words.get(last - 1).capitalized()) {
            last--;
        }
        return last > 0 && last < words.size() ? span(words.get(last), words.get(words.size() - 1)) : "";
    }

    /**
     * "bank" → "Bank of England" when the document named exactly one organisation holding that word ("The Bank of
     * England raised rates … The bank said …"), or exactly one the registry holds; null otherwise.
     */
    private String organisationNamedBefore(List<Token> words) {
        if (words.size() != 1 || words.get(0).capitalized() || !lexicon.namesABody(words.get(0))) {
            return null;
        }
        String word = words.get(0).lower();
        List<String> named = organisations.stream()
                .filter(o -> List.of(o.toLowerCase(Locale.ROOT).split("\\s+")).contains(word)).distinct().toList();
        if (named.size() > 1) {
            // "from English hospital" in a headline, then "Harrowgate General Hospital": the one the registry holds
            named = named.stream().filter(o -> registry.source(o).isPresent()).toList();
        }
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * "the commission" after "the election commission": the registered body holding the words the document gave it
     * in lower case ("Slovak election commission"), when the document gave exactly one such name with that word.
     */
    private Optional<Registry.KnownSource> registeredCommonBody(List<Token> words) {
        if (words.size() != 1 || words.get(0).capitalized() || !lexicon.namesABody(words.get(0))) {
            return Optional.empty();
        }
        String word = words.get(0).lower();
        List<String> named = commonBodies.stream().filter(b -> b.endsWith(" " + word)).toList();
        return named.size() == 1 ? registeredByWords(named.get(0)) : Optional.empty();
    }

    /** "thanked", "met", "was": a verb in the past, right after a subject. */
    private boolean pastVerb(Token token) {
        return token.word() && !token.capitalized() && (token.lower().endsWith("ed")
                || lexicon.has("irregular past", token) || lexicon.has("finite", token));
    }

    /** "Russian President" before a name → "russian president"; null when a demonym and title do not both precede. */
    private String descriptionBefore(List<Token> tokens, int nameStart) {
        int titleStart = -1;
        for (int t = nameStart - 1; t >= Math.max(0, nameStart - 4); t--) {
            if (lexicon.match("titles", tokens, t) == nameStart - t) {
                titleStart = t;
            }
        }
        if (titleStart < 1) {
            return null;
        }
        for (int d = titleStart - 1; d >= Math.max(0, titleStart - 2); d--) {
            Optional<Map.Entry<String, Integer>> demonym = lexicon.demonym(tokens, d);
            if (demonym.isPresent() && d + demonym.get().getValue() == titleStart) {
                return key(tokens.subList(d, nameStart));
            }
        }
        return null;
    }

    private boolean nameLike(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.capitalized() && !token.numeric() && token.text().length() > 1
                && !lexicon.has("function words", token) && !lexicon.has("government words", token)
                && lexicon.match("titles", tokens, i) == 0 && lexicon.demonym(tokens, i).isEmpty()
                && !lexicon.has("time words", token) && !lexicon.has("discourse openers", token)
                && !token.allCapitals();
    }

    /**
     * The speakers named by tokens[from, to): one, several for "Kiev and Western countries", none when the words
     * name nobody the rules can stand behind.
     */
    List<Speaker> resolve(List<Token> all, int from, int to) {
        List<Token> words = trim(all.subList(from, to));
        if (words.isEmpty()) {
            return List.of();
        }
        Speaker whole = resolveOne(words);
        if (whole != null && whole.known()) {
            return remember(List.of(whole));
        }
        List<List<Token>> parts = splitOnAnd(words);
        if (parts.size() > 1) {
            List<Speaker> speakers = new ArrayList<>();
            for (List<Token> part : parts) {
                Speaker speaker = resolveOne(trim(part));
                // "Biden and Scholz": two people, even with no party known for either
                if (speaker == null
                        || speaker.party() == null && !speaker.known() && !"PERSON".equals(speaker.kind())) {
                    speakers = null;
                    break;
                }
                speakers.add(speaker);
            }
            if (speakers != null) {
                return remember(speakers);
            }
        }
        return whole == null ? List.of() : remember(List.of(whole));
    }

    private List<Speaker> remember(List<Speaker> speakers) {
        for (Speaker speaker : speakers) {
            if ("PERSON".equals(speaker.kind())) {
                lastPerson = speaker;
            } else {
                lastOther = speaker;
            }
            if (firstOrganisation == null && "ORGANIZATION".equals(speaker.kind()) && speaker.known()) {
                firstOrganisation = speaker;
            }
        }
        return speakers;
    }

    private List<Token> trim(List<Token> words) {
        int a = 0;
        int b = words.size();
        while (a < b && (!words.get(a).word()
                || lexicon.has("function words", words.get(a)) && !words.get(a).allCapitals()
                || lexicon.match("discourse openers", words, a) > 0 && !words.get(a).lower().equals("the"))) {
            a += Math.max(1, lexicon.match("discourse openers", words, a));
        }
        while (b > a && (!words.get(b - 1).word()
                || lexicon.has("function words", words.get(b - 1)) && !words.get(b - 1).allCapitals())) { // "the WHO"
            b--;
        }
        if (a >= b) {
            return List.of();
        }
        Token last = words.get(b - 1);
        if (last.text().endsWith("'s") || last.text().endsWith("’s")) {
            // "Russia's claim that …": the owner of the claim is Russia
            List<Token> owner = new ArrayList<>(words.subList(a, b - 1));
            String name = last.text().substring(0, last.text().length() - 2);
            owner.add(new Token(name, last.start(), last.end() - 2, true));
            return owner;
        }
        return words.subList(Math.max(0, a), b);
    }

    private List<List<Token>> splitOnAnd(List<Token> words) {
        List<List<Token>> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).lower().equals("and") && !insideATitledName(words, i)) {
                parts.add(words.subList(start, i));
                start = i + 1;
            }
        }
        parts.add(words.subList(start, words.size()));
        return parts;
    }

    /**
     * "Ukrainian National Security and Defense Council Secretary Alexey Danilov": an "and" between capitalised words of
     * a body's name, a title later (not first) in what follows — one speaker, not two.
     */
    private boolean insideATitledName(List<Token> words, int and) {
        if (and == 0 || and + 1 >= words.size() || !words.get(and - 1).capitalized()
                || !words.get(and + 1).capitalized() || lexicon.match("titles", words, and + 1) > 0) {
            return false;
        }
        for (int i = and + 2; i < words.size(); i++) {
            if (words.get(i).lower().equals("and")) {
                return false;
            }
            if (lexicon.match("titles", words, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private Speaker resolveOne(List<Token> words) {
        if (words.isEmpty()) {
            return null;
        }
        String mention = span(words.get(0), words.get(words.size() - 1));
        if (words.size() == 1 && FIRST_PERSON.contains(words.get(0).lower())) {
            return null; // "we have said it", inside or outside quotation marks, names nobody
        }
        if (words.size() == 1 && lastUnnamed != null && "PERSON".equals(lastUnnamed.kind())
                && List.of("person", "source").contains(words.get(0).text())) {
            // "The person, who was not authorised to speak publicly, said …": the unnamed source named before
            return lastUnnamed;
        }
        if (lastUnnamed != null && mention.equalsIgnoreCase("one of them")) {
            // "According to two people briefed on the investigation, … One of them said …": one of those sources
            return lastUnnamed;
        }
        if (words.size() == 1 && lexicon.has("pronouns", words.get(0))) {
            String pronoun = words.get(0).lower();
            boolean personal = pronoun.equals("he") || pronoun.equals("she");
            Speaker earlier = personal ? lastPerson : lastOther;
            String actor = personal ? actorBefore(words.get(0).start()) : null;
            if (actor != null && (earlier == null || !actor.equals(earlier.name()))) {
                earlier = person(actor, List.of(), List.of(), actor, null);
            }
            if (earlier == null && personal) {
                earlier = personMentionedBefore(words.get(0).start());
            }
            return earlier == null ? null
                    : new Speaker(mention, earlier.sourceId(), earlier.name(), earlier.kind(), earlier.party());
        }
        Optional<Registry.KnownSource> known = registered(mention, words);
        if (known.isPresent()) {
            return existing(mention, known.get()); // "the opposition Labour Party": the Labour Party on record
        }
        Optional<Registry.KnownSource> byWords = registeredByWords(mention);
        if (byWords.isPresent()) {
            return existing(mention, byWords.get()); // "the Justice Department": the department on record
        }
        Optional<Registry.KnownSource> commonBody = registeredCommonBody(words);
        if (commonBody.isPresent()) {
            return existing(mention, commonBody.get()); // "The commission said …" after "the election commission"
        }
        String namedBefore = organisationNamedBefore(words);
        if (namedBefore != null) {
            // "The bank said …" after "The Bank of England raised …": the organisation the document named
            Optional<Registry.KnownSource> organisation = registry.source(namedBefore)
                    .or(() -> registeredByWords(namedBefore));
            return organisation.map(o -> existing(mention, o))
                    .orElseGet(() -> new Speaker(mention, null, namedBefore, "ORGANIZATION", null));
        }
        if (words.size() == 1 && lexicon.has("company nouns", words.get(0)) && firstOrganisation != null) {
            // "a charge the company denies" after "Norvane Energy said …"
            return new Speaker(mention, firstOrganisation.sourceId(), firstOrganisation.name(), firstOrganisation.kind(),
                    firstOrganisation.party());
        }
        List<Token> head = words.subList(0, Math.min(3, words.size()));
        if (head.stream().anyMatch(w -> lexicon.has("online sources", w))) {
            // "posts shared on Facebook", "a viral video": whoever posted them, named by the words, of no side
            return new Speaker(mention, null, capitalize(mention), "GROUP", null);
        }
        int place = placeAfter(words, w -> lexicon.has("group nouns", w) || lexicon.has("government words", w));
        if (place > 0) {
            // "officials in Kyiv" speak for the government the place stands for; "officials in Tokyo", whose place
            // names no government here, are a group of their own (not a person called Tokyo)
            Speaker where = resolveOne(words.subList(place, words.size()));
            if (where != null && "GOVERNMENT".equals(where.kind())) {
                return new Speaker(mention, where.sourceId(), where.name(), where.kind(), where.party());
            }
        }
        int employer = placeAfter(words, lexicon::namesABody);
        if (employer > 0) {
            // "analysts at Brightwater Capital": a registered organisation speaks through its people
            Optional<Registry.KnownSource> organisation = registry.source(span(words.get(employer),
                    words.get(words.size() - 1)));
            if (organisation.isPresent() && !"GOVERNMENT".equals(organisation.get().kind())) {
                return existing(mention, organisation.get());
            }
        }
        if (words.stream().anyMatch(w -> w.lower().equals("close") || w.lower().equals("familiar")
                || w.lower().equals("briefed"))
                && (lexicon.has("unnamed sources", words.get(0)) || words.size() > 1
                        && lexicon.has("number words", words.get(0)) && lexicon.has("unnamed sources", words.get(1)))) {
            // "two people briefed on the investigation": how many does not change who they are
            // "a source close to the Kremlin" is nobody the registry holds, and speaks for no side on the record
            boolean one = words.get(0).lower().equals("source") || words.get(0).lower().equals("person");
            lastUnnamed = new Speaker(mention, null, capitalize(mention), one ? "PERSON" : "GROUP", null);
            return lastUnnamed;
        }
        // "a White House announcement", "a Kremlin spokesman": the registered speaker behind the words
        if (words.size() > 1 && lexicon.has("communication nouns", words.get(words.size() - 1))) {
            List<Token> without = words.subList(0, words.size() - 1);
            String shorter = span(without.get(0), without.get(without.size() - 1));
            if (registry.source(shorter).isPresent() || registry.party(shorter).isPresent()
                    || registry.party("the " + shorter).isPresent()) {
                Speaker behind = resolveOne(without);
                return new Speaker(mention, behind.sourceId(), behind.name(), behind.kind(), behind.party());
            }
            if (without.size() == 1 && lexicon.has("company nouns", without.get(0)) && firstOrganisation != null) {
                // "a company spokeswoman" after "Deutsche Bahn said …": the company the story is about
                return new Speaker(mention, firstOrganisation.sourceId(), firstOrganisation.name(),
                        firstOrganisation.kind(), firstOrganisation.party());
            }
            if (without.size() == 1 && !without.get(0).capitalized()) {
                // "a hospital spokesperson" after "Harrowgate General Hospital": the body the document named so
                Speaker behind = resolveOne(without);
                if (behind != null && behind.sourceId() != null) {
                    return new Speaker(mention, behind.sourceId(), behind.name(), behind.kind(), behind.party());
                }
            }
            boolean plural = words.get(words.size() - 1).lower().endsWith("s"); // "EU officials" are a group
            if (!plural && without.stream().allMatch(Token::capitalized) && lexicon.demonym(without, 0).isEmpty()
                    && lexicon.country(shorter).isEmpty() && lexicon.match("titles", without, 0) == 0
                    && partyIn(without) == null) {
                // "a Facebook spokesperson", "Facebook's spokesperson": the organisation speaks
                return new Speaker(mention, null, shorter.replaceFirst("['’]s$", ""), "ORGANIZATION", null);
            }
            if (shorter.endsWith("'s") || shorter.endsWith("’s")) {
                Speaker behind = resolveOne(trim(without)); // "the ministry's figures": the ministry
                if (behind != null) {
                    return new Speaker(mention, behind.sourceId(), behind.name(), behind.kind(), behind.party());
                }
            }
        }
        // "a statement from the ministry", "data compiled by LSEG": whoever issued it
        // ("final results published by the commission": one word may qualify the document)
        int document = lexicon.has("communication nouns", words.get(0)) ? 0
                : words.size() > 3 && lexicon.has("communication nouns", words.get(1)) ? 1 : -1;
        int issuer = document >= 0 && words.size() > document + 2
                ? issuerAt(words.subList(document, words.size())) + document : -1;
        if (issuer > document) {
            int issuerEnd = issuer + 1;
            while (issuerEnd < words.size() && !words.get(issuerEnd).lower().equals("on")) {
                issuerEnd++; // "figures published by the hospital on its website": where, not who
            }
            Speaker behind = resolveOne(trim(words.subList(issuer, issuerEnd)));
            return behind == null ? null
                    : new Speaker(mention, behind.sourceId(), behind.name(), behind.kind(), behind.party());
        }
        if (head.stream().anyMatch(w -> lexicon.has("documents", w))) {
            // "the indictment", "a lawsuit filed in Texas": the document speaks for whoever issued it, to be named
            return new Speaker(mention, null, capitalize(mention), "ORGANIZATION", null);
        }
        // "a spokesman for the US National Security Council" speaks for the council
        if (words.size() > 2 && lexicon.has("spokesperson roles", words.get(0))
                && List.of("for", "of", "at").contains(words.get(1).lower())) {
            Speaker organisation = resolveOne(trim(words.subList(2, words.size())));
            return organisation == null ? null : new Speaker(mention, organisation.sourceId(), organisation.name(),
                    organisation.kind(), organisation.party());
        }
        Optional<Registry.KnownParty> party = registry.party(mention).or(() -> registry.party("the " + mention))
                .or(() -> shortForm(words)); // "the U.S. said": the country its short form names
        if (party.isPresent()) {
            Optional<Registry.KnownSource> government = registry.government(party.get());
            if (government.isPresent()) {
                return existing(mention, government.get());
            }
            boolean group = groupNamed(words);
            return new Speaker(mention, null, group ? capitalize(mention) : "Government of " + party.get().name(),
                    group ? "GROUP" : "GOVERNMENT", party.get().name());
        }
        Optional<String> country = lexicon.country(mention);
        if (country.isPresent()) {
            // "Lithuania said": a country the registry does not hold yet is still a government, never a person
            return new Speaker(mention, null, "Government of " + country.get(), "GOVERNMENT", country.get());
        }
        Token last = words.get(words.size() - 1);
        if (words.size() > 1 && last.capitalized() && lexicon.has("media words", last)
                && words.stream().allMatch(w -> w.capitalized() || lexicon.has("name particles", w))) {
            // "The Wall Street Journal reports that …", "Belarusian Television": an outlet, not a person
            return new Speaker(mention, null, capitalize(mention), "MEDIA_OUTLET", null);
        }
        int titleEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            int n = lexicon.match("titles", words, i);
            if (n > 0) {
                titleEnd = i + n;
                i += n - 1;
            }
        }
        titleEnd = officeOf(words, titleEnd);
        int nameStart = titleEnd < 0 ? 0 : titleEnd;
        boolean nameFollows = nameStart < words.size()
                && words.subList(nameStart, words.size()).stream().allMatch(w -> (w.capitalized()
                        || lexicon.has("name particles", w)) && !w.numeric()
                        && (!w.text().equals(w.text().toUpperCase(Locale.ROOT)) // "OSCE", "NATO" are no people,
                                || w.initial())) // but "S K Saini" is
                && words.subList(nameStart, words.size()).size() <= 4
                && words.subList(nameStart, words.size()).stream().noneMatch(lexicon::namesABody)
                && (titleEnd >= 0 || lexicon.demonym(words, 0).isEmpty());
        if (nameFollows) {
            return person(mention, words.subList(nameStart, words.size()), words.subList(0, nameStart));
        }
        String partyName = partyIn(words);
        if (titleEnd == words.size()) {
            String named = descriptions.get(key(words));
            if (named != null) {
                return person(mention, List.of(), List.of(), named, partyName);
            }
            if (partyName == null && titleStart(words) > 0) {
                // "a NATO official", "an OSCE envoy": unnamed, speaking for the organisation named before the title
                Speaker organisation = organisation(words.subList(0, titleStart(words)));
                if (organisation != null) {
                    return new Speaker(mention, organisation.sourceId(), organisation.name(), organisation.kind(),
                            organisation.party());
                }
            }
            // "the Ukrainian president", "the mayor": a person the document does not name, suggested by the
            // description (the reviewer names or matches them)
            return new Speaker(mention, null, capitalize(span(words.get(0), words.get(words.size() - 1))), "PERSON",
                    partyName);
        }
        if (words.stream().noneMatch(Token::capitalized) && words.stream().noneMatch(lexicon::namesABody)) {
            return null; // "the health ministry", "the central bank" name an institution; "the decision" nobody
        }
        boolean government = words.stream().anyMatch(w -> lexicon.has("government words", w))
                || lexicon.match("government words", words, 0) > 0;
        if (government && partyName == null) {
            // "Israel's foreign ministry": a country the registry does not hold yet is the party it suggests; "the
            // energy ministry" after "Ukraine's energy ministry" is Ukraine's
            partyName = words.stream().filter(Token::capitalized)
                    .map(w -> lexicon.country(w.text().replaceFirst("['’]s$", ""))).flatMap(Optional::stream)
                    .findFirst().orElse(bodyParty(words));
        }
        boolean group = groupNamed(words);
        return new Speaker(mention, null, capitalize(mention),
                group ? "GROUP" : government && partyName != null ? "GOVERNMENT" : "ORGANIZATION", partyName);
    }

    /**
     * "Minister of Defence Nirmala Sitharaman", "Secretary of State for Foreign Affairs Liz Truss": a title's own "of"
     * phrase names the office (a word, perhaps with a second one such as "Affairs", linked by "of", "for" or "and"),
     * and the two to four capitalised words after it the person; else {@code titleEnd} as it was.
     */
    private int officeOf(List<Token> words, int titleEnd) {
        int i = titleEnd;
        while (i > 0 && i + 1 < words.size() && OFFICE_LINKS.contains(words.get(i).lower())
                && words.get(i + 1).capitalized()) {
            i += 2;
            if (i < words.size() && OFFICE_SECOND_WORDS.contains(words.get(i).lower())) {
                i++;
            }
        }
        int name = words.size() - i;
        boolean person = i > titleEnd && name >= 2 && name <= 4
                && words.subList(i, words.size()).stream().allMatch(w -> w.capitalized() && !w.numeric());
        return person ? i : titleEnd;
    }

    private static final Set<String> OFFICE_LINKS = Set.of("of", "for", "and");

    /** The second word of a two-word office: "Home Affairs", "Public Health", "Foreign Trade". */
    private static final Set<String> OFFICE_SECOND_WORDS = Set.of("affairs", "security", "health", "trade", "development",
            "relations", "education", "services", "resources", "justice");

    /** The party a country's short form or adjective names when it is all the words ("U.S.", "UK"). */
    private Optional<Registry.KnownParty> shortForm(List<Token> words) {
        return lexicon.demonym(words, 0).filter(d -> d.getValue() == words.size())
                .flatMap(d -> registry.party(d.getKey()));
    }

    /** "Ukrainian officials", "rebels in Donetsk": a group noun last, or before where the group is. */
    private boolean groupNamed(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1 || words.get(i + 1).lower().equals("in")
                    || words.get(i + 1).lower().equals("at");
            if (last && (lexicon.has("group nouns", words.get(i)) || lexicon.has("non-state groups", words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** After "statement from", "data compiled by": where the issuer's words start, or -1. */
    private static int issuerAt(List<Token> words) {
        int by = words.get(1).lower().endsWith("ed") ? 2 : 1;
        String word = words.get(by).lower();
        return by + 1 < words.size() && (word.equals("from") || word.equals("by") || word.equals("of")) ? by + 1 : -1;
    }

    /**
     * "officials in Kyiv", "analysts at Brightwater Capital": where the words after "in"/"at" (and "the") start when the
     * word before them is {@code body}, or -1.
     */
    private static int placeAfter(List<Token> words, Predicate<Token> body) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String word = words.get(i).lower();
            if ((word.equals("in") || word.equals("at") || word.equals("from")) && body.test(words.get(i - 1))) {
                int place = words.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
                return place < words.size() ? place : -1;
            }
        }
        return -1;
    }

    /** Where the first title of a description starts ("NATO official": 1), or -1. */
    private int titleStart(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            if (lexicon.match("titles", words, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** A registered source or party named by these words, or an acronym ("NATO", "OSCE") as an organisation; else null. */
    private Speaker organisation(List<Token> words) {
        String name = span(words.get(0), words.get(words.size() - 1));
        Optional<Registry.KnownSource> known = registry.source(name);
        if (known.isPresent()) {
            return existing(name, known.get());
        }
        return words.size() == 1 && words.get(0).allCapitals() ? new Speaker(name, null, name, "ORGANIZATION", null) : null;
    }

    /**
     * "Dmitry Peskov spoke to reporters. “…,” he said.": a person named before {@code offset} — of the last sentence
     * that names one, the first (its subject: "President Joe Biden spoke with President Volodymyr Zelensky. He said …"
     * is Biden) — that names no party and no registered organisation; null when there is none.
     */
    /** The person acting at the start of the sentence before the one a pronoun opens at {@code offset}, or null. */
    private String actorBefore(int offset) {
        int sentence = -1;
        for (int i = 0; i < sentenceStarts.size() && sentenceStarts.get(i) <= offset; i++) {
            sentence = i;
        }
        if (sentence < 1 || offset - sentenceStarts.get(sentence) > 2) {
            return null;
        }
        String actor = actingSubjects.get(sentenceStarts.get(sentence - 1));
        return actor != null && isPerson(actor) ? actor : null;
    }

    private Speaker personMentionedBefore(int offset) {
        Mention chosen = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (chosen != null && mention.sentenceStart() != chosen.sentenceStart()) {
                break;
            }
            if (mention.offset() < offset && isPerson(mention.name())) {
                chosen = mention;
            }
        }
        return chosen == null ? null : person(chosen.name(), List.of(), List.of(), chosen.name(), null);
    }

    private boolean isPerson(String name) {
        if (registry.party(name).isPresent() || lexicon.country(name).isPresent()) {
            return false; // "the United States" is no "he", registered or not
        }
        Optional<Registry.KnownSource> known = registry.source(name);
        return known.isEmpty() || "PERSON".equals(known.get().kind());
    }

    private Speaker person(String mention, List<Token> name, List<Token> description) {
        String full = span(name.get(0), name.get(name.size() - 1));
        return person(mention, name, description, full, partyIn(description));
    }

    private Speaker person(String mention, List<Token> name, List<Token> description, String full, String party) {
        Optional<Registry.KnownSource> known = registry.source(full);
        if (known.isEmpty() && !full.contains(" ")) {
            String fromDocument = surnames.get(full.toLowerCase(Locale.ROOT));
            if (fromDocument != null) {
                full = fromDocument;
                known = registry.source(full);
            } else if (firstWords.containsKey(full.toLowerCase(Locale.ROOT))) {
                // "Nexora said" after "Nexora Semiconductor": the registered organisation of that full name
                Optional<Registry.KnownSource> named = registry.source(firstWords.get(full.toLowerCase(Locale.ROOT)));
                if (named.isPresent() && !"PERSON".equals(named.get().kind())) {
                    return existing(mention, named.get());
                }
            }
        }
        if (known.isEmpty()) {
            String surname = full.substring(full.lastIndexOf(' ') + 1);
            known = registry.personBySurname(surname);
            if (known.isPresent() && full.contains(" ")
                    && !firstNamesClose(full, known.get().name())) {
                known = Optional.empty();
            }
        }
        if (known.isPresent()) {
            return existing(mention, known.get());
        }
        return new Speaker(mention, null, full, "PERSON", party != null ? party : parties.get(full));
    }

    /** "Anthony Blinken" is the registry's "Antony Blinken": same initial, same surname. */
    private static boolean firstNamesClose(String written, String registered) {
        return Character.toLowerCase(written.charAt(0)) == Character.toLowerCase(registered.charAt(0));
    }

    private static Speaker existing(String mention, Registry.KnownSource source) {
        return new Speaker(mention, source.id(), source.name(), source.kind(), source.partyName());
    }

    /** The party a description names, by demonym ("Russian") or by a party name or alias in it ("of Ukraine"). */
    private String partyIn(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            Optional<Map.Entry<String, Integer>> demonym = lexicon.demonym(words, i);
            if (demonym.isPresent()) {
                Optional<Registry.KnownParty> party = registry.party(demonym.get().getKey());
                if (party.isPresent()) {
                    return party.get().name();
                }
            }
        }
        for (int length = Math.min(3, words.size()); length >= 1; length--) {
            for (int i = 0; i + length <= words.size(); i++) {
                if (words.get(i).capitalized()) {
                    // "Ukraine's" names Ukraine
                    String name = span(words.get(i), words.get(i + length - 1)).replaceFirst("['’]s$", "");
                    Optional<Registry.KnownParty> party = registry.party(name).or(() -> registry.party("the " + name));
                    if (party.isPresent()) {
                        return party.get().name();
                    }
                }
            }
        }
        return null;
    }

    private String span(Token first, Token last) {
        return text.substring(first.start(), last.end()).replaceAll("\\s+", " ");
    }

    private String key(List<Token> words) {
        return span(words.get(0), words.get(words.size() - 1)).toLowerCase(Locale.ROOT);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
