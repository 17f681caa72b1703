package org.claimtrack.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registry held in memory: for the evaluation command (built from a seed bundle) and for tests. Names are folded
 * as the sources-service folds them (NFD without marks, lower case, whitespace runs as one space).
 */
public final class InMemoryRegistry implements Registry {

    /** A source as registered: kind, party and whether it is a member of another source. */
    public record Entry(KnownSource source, boolean memberOfAnother) {
    }

    private final Map<String, KnownParty> parties = new HashMap<>();
    private final List<Entry> sources = new ArrayList<>();

    public InMemoryRegistry party(String id, String name, List<String> aliases) {
        KnownParty party = new KnownParty(id, name);
        parties.put(fold(name), party);
        aliases.forEach(alias -> parties.put(fold(alias), party));
        return this;
    }

    public InMemoryRegistry source(String id, String name, String kind, String partyName, boolean memberOfAnother) {
        String canonical = partyName == null || partyName.isBlank() ? null
                : party(partyName).map(KnownParty::name).orElse(partyName);
        sources.add(new Entry(new KnownSource(id, name, kind, canonical), memberOfAnother));
        return this;
    }

    /** How the sources-service compares names: NFD without marks, lower case, whitespace runs as one space. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** A name's words as compared by {@link Registry#sourceWithWords}: folded, split at every non-letter, non-digit. */
    public static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(fold(name).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }

    @Override
    public Optional<KnownParty> party(String nameOrAlias) {
        return Optional.ofNullable(parties.get(fold(nameOrAlias)));
    }

    @Override
    public Optional<KnownSource> source(String name) {
        String key = fold(name);
        return sources.stream().map(Entry::source).filter(s -> fold(s.name()).equals(key)).findFirst();
    }

    @Override
    public Optional<KnownSource> sourceWithWords(Set<String> wanted) {
        List<KnownSource> found = sources.stream().map(Entry::source).filter(s -> words(s.name()).containsAll(wanted))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public Optional<KnownSource> personBySurname(String surname) {
        String key = " " + fold(surname);
        List<KnownSource> found = sources.stream().map(Entry::source)
                .filter(s -> "PERSON".equals(s.kind()) && (" " + fold(s.name())).endsWith(key)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public Optional<KnownSource> government(KnownParty party) {
        List<KnownSource> found = sources.stream()
                .filter(e -> !e.memberOfAnother() && "GOVERNMENT".equals(e.source().kind())
                        && party.name().equals(e.source().partyName()))
                .map(Entry::source).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
