package org.claimtrack.sources.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.sources.api.PartyRef;
import org.claimtrack.sources.api.SourceView;
import org.claimtrack.sources.domain.Party;
import org.claimtrack.sources.domain.Source;

/**
 * Which party a source speaks for in the end. A source's root party is the party of the highest source in its
 * memberOf chain that has one (the press service of a government speaks for the government's party, whatever its
 * own affiliation says), followed up the parent parties to the top. No party anywhere in the chain: the source is
 * its own party (the rules then key it by its id). Look-ups go through the persistence context, so a page of
 * sources sharing parties loads each party once.
 */
public final class PartyTree {

    private static final int CHUNK = 1000;

    private PartyTree() {
    }

    public static SourceView view(Source source) {
        Party own = source.partyId == null ? null : Party.findById(source.partyId);
        return SourceView.of(source, PartyRef.of(own), PartyRef.of(rootOf(source)));
    }

    /** Null when no source of the memberOf chain has a party. Stops on a stored cycle rather than looping. */
    public static Party rootOf(Source source) {
        UUID highest = null;
        Set<UUID> seen = new HashSet<>();
        for (Source s = source; s != null && seen.add(s.id); s = s.memberOfId == null ? null : Source.findById(s.memberOfId)) {
            if (s.partyId != null) {
                highest = s.partyId;
            }
        }
        return highest == null ? null : rootParty(highest);
    }

    public static Party rootParty(UUID partyId) {
        Party party = Party.findById(partyId);
        Set<UUID> seen = new HashSet<>();
        while (party != null && party.parentId != null && seen.add(party.id)) {
            party = Party.findById(party.parentId);
        }
        return party;
    }

    /**
     * Every source whose root party may change when these parties or sources change: the sources of the parties
     * and of their sub-parties, the given sources, and all their members, transitively. Sorted by id.
     */
    public static List<UUID> dependents(Collection<UUID> partyIds, Collection<UUID> sourceIds) {
        Set<UUID> parties = new LinkedHashSet<>(partyIds);
        for (List<UUID> frontier = List.copyOf(parties); !frontier.isEmpty(); ) {
            frontier = idsWhereIn("select id from Party where parentId in ?1", frontier).stream().filter(parties::add).toList();
        }
        Set<UUID> sources = new HashSet<>(sourceIds);
        if (!parties.isEmpty()) {
            sources.addAll(idsWhereIn("select id from Source where partyId in ?1", List.copyOf(parties)));
        }
        for (List<UUID> frontier = List.copyOf(sources); !frontier.isEmpty(); ) {
            frontier = idsWhereIn("select id from Source where memberOfId in ?1", frontier).stream().filter(sources::add)
                    .toList();
        }
        List<UUID> sorted = new ArrayList<>(sources);
        sorted.sort(null);
        return sorted;
    }

    /** In chunks: PostgreSQL takes at most 32,767 parameters per statement, and a party may have more sources. */
    private static List<UUID> idsWhereIn(String query, List<UUID> ids) {
        List<UUID> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(Source.getEntityManager().createQuery(query, UUID.class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList());
        }
        return found;
    }
}
