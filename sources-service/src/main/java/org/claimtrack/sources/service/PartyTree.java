package org.claimtrack.sources.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.sources.api.PartyChain;
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

    /** Null when no source of the memberOf chain has a party. */
    static Party rootOf(Source source) {
        return decide(source).root();
    }

    /** How the source's root party is decided, step by step: the same walk as {@link #rootOf}. */
    public static PartyChain chain(Source source) {
        Decision decision = decide(source);
        List<PartyChain.Step> steps = new ArrayList<>();
        for (int i = 0; i < decision.sources().size(); i++) {
            Source s = decision.sources().get(i);
            steps.add(new PartyChain.Step(i == 0 ? PartyChain.Link.SOURCE : PartyChain.Link.MEMBER_OF, s.id, s.name));
        }
        for (int i = 0; i < decision.parties().size(); i++) {
            Party p = decision.parties().get(i);
            steps.add(new PartyChain.Step(i == 0 ? PartyChain.Link.PARTY : PartyChain.Link.PARENT, p.id, p.name));
        }
        return new PartyChain(source.id, steps, PartyRef.of(decision.root()));
    }

    /**
     * The sources walked up the memberOf chain to the highest one that has a party (all of them when none has), and
     * that party followed up its parents; stops on a stored cycle rather than looping.
     */
    private record Decision(List<Source> sources, List<Party> parties) {
        Party root() {
            return parties.isEmpty() ? null : parties.get(parties.size() - 1);
        }
    }

    private static Decision decide(Source source) {
        List<Source> walked = new ArrayList<>();
        int highest = -1;
        Set<UUID> seen = new HashSet<>();
        for (Source s = source; s != null && seen.add(s.id); s = s.memberOfId == null ? null : Source.findById(s.memberOfId)) {
            walked.add(s);
            if (s.partyId != null) {
                highest = walked.size() - 1;
            }
        }
        if (highest < 0) {
            return new Decision(walked, List.of());
        }
        return new Decision(walked.subList(0, highest + 1), partyPath(walked.get(highest).partyId));
    }

    /** The party and its parents, up to the top; stops on a stored cycle. */
    private static List<Party> partyPath(UUID partyId) {
        List<Party> path = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Party p = Party.findById(partyId); p != null && seen.add(p.id); p = p.parentId == null ? null : Party.findById(p.parentId)) {
            path.add(p);
        }
        return path;
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
