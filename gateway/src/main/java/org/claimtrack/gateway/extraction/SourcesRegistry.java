package org.claimtrack.gateway.extraction;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrack.extraction.InMemoryRegistry;
import org.claimtrack.extraction.Registry;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Party;
import org.claimtrack.gateway.model.PartyRef;
import org.claimtrack.gateway.model.Source;

/**
 * The extraction's view of the sources-service for one run: every party with its aliases (read once; parties are
 * few), sources looked up by name as the rules ask (the source registry may be large), each answer remembered for the
 * run. Blocking: the extraction runs on a worker thread.
 */
final class SourcesRegistry implements Registry {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int PAGE = 200;
    /** Parties read at most (a registry of parties is a few hundred; this bounds a runaway). */
    private static final int MAX_PARTY_PAGES = 50;

    private final SourcesReads reads;
    private final InMemoryRegistry parties = new InMemoryRegistry();
    private final Map<String, Optional<KnownSource>> byName = new HashMap<>();
    private final Map<String, Optional<KnownSource>> byWords = new HashMap<>();
    private final Map<String, Optional<KnownSource>> bySurname = new HashMap<>();
    private final Map<String, Optional<KnownSource>> governments = new HashMap<>();

    SourcesRegistry(SourcesReads reads) {
        this.reads = reads;
        for (int page = 0; page < MAX_PARTY_PAGES; page++) {
            Page<Party> found = reads.parties(query("page", String.valueOf(page), "size", String.valueOf(PAGE)))
                    .await().atMost(WAIT);
            found.items().forEach(p -> parties.party(p.id(), p.name(), p.aliases() == null ? List.of() : p.aliases()));
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
    }

    @Override
    public Optional<KnownParty> party(String nameOrAlias) {
        return parties.party(nameOrAlias);
    }

    @Override
    public Optional<KnownSource> source(String name) {
        String key = InMemoryRegistry.fold(name);
        return byName.computeIfAbsent(key, k -> search(name, null).stream()
                .filter(s -> InMemoryRegistry.fold(s.name()).equals(key)).findFirst().map(SourcesRegistry::known));
    }

    @Override
    public Optional<KnownSource> sourceWithWords(Set<String> words) {
        // the search finds names holding the longest (rarest) word; the rest are checked here, in any order
        String rarest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        return byWords.computeIfAbsent(String.join(" ", new TreeSet<>(words)), k -> {
            Page<Source> found = reads.sources(query("q", rarest, "size", String.valueOf(PAGE))).await().atMost(WAIT);
            List<Source> holding = found.items().stream()
                    .filter(s -> InMemoryRegistry.words(s.name()).containsAll(words)).toList();
            boolean allSeen = found.total() <= found.items().size();
            return allSeen && holding.size() == 1 ? Optional.of(known(holding.get(0))) : Optional.empty();
        });
    }

    @Override
    public Optional<KnownSource> personBySurname(String surname) {
        String key = " " + InMemoryRegistry.fold(surname);
        return bySurname.computeIfAbsent(key, k -> {
            List<Source> found = search(surname, "PERSON").stream()
                    .filter(s -> (" " + InMemoryRegistry.fold(s.name())).endsWith(key)).toList();
            return found.size() == 1 ? Optional.of(known(found.get(0))) : Optional.empty();
        });
    }

    @Override
    public Optional<KnownSource> government(KnownParty party) {
        return governments.computeIfAbsent(party.id(), id -> {
            List<Source> found = reads.sources(query("partyId", id, "kind", "GOVERNMENT", "size", String.valueOf(PAGE)))
                    .await().atMost(WAIT).items().stream().filter(s -> s.memberOfId() == null).toList();
            return found.size() == 1 ? Optional.of(known(found.get(0))) : Optional.empty();
        });
    }

    private List<Source> search(String text, String kind) {
        MultivaluedMap<String, String> query = query("q", text.length() > 200 ? text.substring(0, 200) : text,
                "size", String.valueOf(PAGE));
        if (kind != null) {
            query.add("kind", kind);
        }
        return reads.sources(query).await().atMost(WAIT).items();
    }

    /** The party that counts for the source: its root party (what independence is decided on). */
    static KnownSource known(Source source) {
        PartyRef party = source.rootParty() != null ? source.rootParty() : source.party();
        return new KnownSource(source.id(), source.name(), source.kind().name(), party == null ? null : party.name());
    }

    private static MultivaluedMap<String, String> query(String... pairs) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }
}
