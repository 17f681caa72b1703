package org.claimtrack.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the attribution rules look for, per language, read from data files beside this class
 * ({@code <language>.lexicon}: sections of words and phrases; {@code <language>.demonyms}: adjective → country).
 * Keeping them as data means a second language is a file plus tests, not new rules.
 */
public final class Lexicon {

    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, List<List<String>>> sections;
    /** section → first word → its phrases, longest first: a look-up per token instead of a scan of the section */
    private final Map<String, Map<String, List<List<String>>>> byFirstWord = new HashMap<>();
    /** Demonym phrases (lower case, split in words) → country name, longest phrase first. */
    private final List<Map.Entry<List<String>, String>> demonyms;

    private Lexicon(String language, Map<String, List<List<String>>> sections,
            List<Map.Entry<List<String>, String>> demonyms) {
        this.language = language;
        this.sections = sections;
        this.demonyms = demonyms;
        sections.forEach((name, phrases) -> {
            Map<String, List<List<String>>> index = new HashMap<>();
            phrases.forEach(phrase -> index.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase));
            byFirstWord.put(name, index);
        });
    }

    /** The lexicon of a language ("en"), or empty when there is none for it. */
    public static java.util.Optional<Lexicon> forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return java.util.Optional.empty();
        }
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!primary.matches("[a-z]{2,3}")
                || Lexicon.class.getResource(primary + ".lexicon") == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LOADED.computeIfAbsent(primary, Lexicon::load));
    }

    /** Languages with a lexicon on the class path (checked by name). */
    public static boolean supports(String language) {
        return forLanguage(language).isPresent();
    }

    public String language() {
        return language;
    }

    private static Lexicon load(String language) {
        Map<String, List<List<String>>> sections = new HashMap<>();
        List<List<String>> current = null;
        for (String line : lines(language + ".lexicon")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(words(line));
            }
        }
        sections.values().forEach(list -> list.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed()));
        List<Map.Entry<List<String>, String>> demonyms = new ArrayList<>();
        if (Lexicon.class.getResource(language + ".demonyms") != null) {
            for (String line : lines(language + ".demonyms")) {
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    demonyms.add(Map.entry(words(parts[0]), parts[1].strip()));
                }
            }
        }
        demonyms.sort(Comparator.comparingInt((Map.Entry<List<String>, String> e) -> e.getKey().size()).reversed());
        return new Lexicon(language, Map.copyOf(sections), List.copyOf(demonyms));
    }

    private static List<String> words(String phrase) {
        return Arrays.stream(phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null;) {
                    int comment = line.indexOf('#');
                    String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
                    if (!content.isEmpty()) {
                        lines.add(content);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many tokens, from {@code at}, a phrase of the section covers (the longest one), 0 when none matches.
     * Tokens are compared in lower case; punctuation tokens never match.
     */
    public int match(String section, List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size() || !tokens.get(at).word()) {
            return 0;
        }
        Map<String, List<List<String>>> index = byFirstWord.getOrDefault(section, Map.of());
        for (List<String> phrase : index.getOrDefault(tokens.get(at).lower(), List.of())) {
            if (matches(phrase, tokens, at)) {
                return phrase.size();
            }
        }
        return 0;
    }

    public boolean has(String section, Token token) {
        return token.word() && hasWord(section, token.lower());
    }

    public boolean hasWord(String section, String word) {
        return byFirstWord.getOrDefault(section, Map.of()).getOrDefault(word.toLowerCase(Locale.ROOT), List.of())
                .contains(List.of(word.toLowerCase(Locale.ROOT)));
    }

    /** The country a demonym starting at {@code at} names, with the number of tokens it covers. */
    public java.util.Optional<Map.Entry<String, Integer>> demonym(List<Token> tokens, int at) {
        for (Map.Entry<List<String>, String> entry : demonyms) {
            if (matches(entry.getKey(), tokens, at)) {
                return java.util.Optional.of(Map.entry(entry.getValue(), entry.getKey().size()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A word that makes a speaker a body rather than a person: a government, an organisation, a group ("the health
     * ministry", "the central bank", "officials", "rebels").
     */
    public boolean namesABody(Token token) {
        return token.word() && namesABody(token.lower());
    }

    public boolean namesABody(String word) {
        return hasWord("government words", word) || hasWord("organisation words", word) || hasWord("group nouns", word)
                || hasWord("non-state groups", word);
    }

    /** Whether the text names this country, by its name or an adjective ("a Russian special operation": Russia). */
    public boolean namesCountry(String text, String country) {
        String words = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        String name = country.toLowerCase(Locale.ROOT);
        return words.contains(" " + name + " ") || demonyms.stream().filter(d -> d.getValue().equalsIgnoreCase(country))
                .anyMatch(d -> words.contains(" " + String.join(" ", d.getKey()) + " "));
    }

    /** The country of that name as the demonym list writes it ("lithuania" → "Lithuania"), if it lists one. */
    public java.util.Optional<String> country(String name) {
        return demonyms.stream().map(Map.Entry::getValue).filter(country -> country.equalsIgnoreCase(name)).findFirst();
    }

    private static boolean matches(List<String> phrase, List<Token> tokens, int at) {
        if (at < 0 || at + phrase.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            Token token = tokens.get(at + i);
            if (!token.word() || !token.lower().equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
