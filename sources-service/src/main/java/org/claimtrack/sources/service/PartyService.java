package org.claimtrack.sources.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.Timestamps;
import org.claimtrack.contract.Versions;
import org.claimtrack.sources.api.PartyInput;
import org.claimtrack.sources.api.PartyView;
import org.claimtrack.contract.ProblemDocument.PartyCandidate;
import org.claimtrack.sources.domain.Party;
import org.claimtrack.sources.domain.PartyAlias;
import org.claimtrack.sources.domain.Source;

/** Parties: names and aliases that name one party each, parent chains without cycles, merges, and affiliations. */
@ApplicationScoped
public class PartyService {

    /** The list filters; null = no filter. */
    public record Filter(String q, String country, UUID parentId) {
    }

    public Party get(UUID id) {
        return Party.<Party>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Party", id));
    }

    public PartyView view(Party party) {
        return PartyView.of(party, aliases(List.of(party.id)).getOrDefault(party.id, List.of()));
    }

    @Transactional
    public Party create(PartyInput input) {
        Party party = new Party();
        party.initAsNew();
        check(party.id, input);
        apply(party, input);
        party.persist();
        replaceAliases(party, input.aliasesOrNone());
        Party.flush();
        return party;
    }

    @Transactional
    public Party update(UUID id, String ifMatch, PartyInput input) {
        Party party = get(id);
        Versions.check(ifMatch, party.version);
        check(id, input);
        List<String> before = aliases(List.of(id)).getOrDefault(id, List.of());
        boolean changed = apply(party, input);
        boolean aliasesChanged = !before.equals(sortedAliases(party, input.aliasesOrNone()));
        if (changed || aliasesChanged) {
            party.updatedAt = Timestamps.now(); // also what makes an alias-only change a new version
        }
        if (aliasesChanged) {
            replaceAliases(party, input.aliasesOrNone());
        }
        Party.flush();
        return party;
    }

    /**
     * Merges party {@code id} into {@code into}: its name and aliases become aliases of {@code into}, its sources
     * and sub-parties move there, and it is deleted. Returns the party merged into.
     */
    @Transactional
    public Party merge(UUID id, UUID into) {
        Party merged = get(id);
        if (into.equals(id)) {
            throw Problems.unprocessable("into", "a party cannot be merged into itself");
        }
        Party target = Party.findById(into);
        if (target == null) {
            throw Problems.unprocessable("into", "party " + into + " does not exist");
        }
        if (MembershipChain.wouldCycle(id, into, this::parentOf)) {
            throw Problems.unprocessable("into", "party \"" + target.name + "\" is a sub-party of \"" + merged.name
                    + "\": merge the other way round, or change its parent first");
        }
        List<String> names = new ArrayList<>(aliases(List.of(id)).getOrDefault(id, List.of()));
        names.add(merged.name);
        names.addAll(aliases(List.of(into)).getOrDefault(into, List.of()));
        // the moved records show another party from now on: each gets a new version (its ETag changes)
        var now = Timestamps.now();
        deleteAliases(id);
        Source.update("partyId = ?1, version = version + 1, updatedAt = ?2 where partyId = ?3", into, now, id);
        Party.update("parentId = ?1, version = version + 1, updatedAt = ?2 where parentId = ?3", into, now, id);
        Party.flush();
        merged.delete();
        Party.flush();
        target.updatedAt = now;
        replaceAliases(target, names);
        Party.flush();
        return target;
    }

    public PartyView.Page list(Filter filter, int page, int size) {
        Where where = new Where()
                .given(filter.q(), "(nameKey like :q escape '\\' or id in (select a.partyId from PartyAlias a "
                        + "where a.aliasKey like :q escape '\\'))", "q", q -> Pages.contains(Party.key(q)))
                .given(filter.country(), "country = :country", "country")
                .given(filter.parentId(), "parentId = :parent", "parent");
        var query = Party.<Party>find(where.query(), Sort.by("nameKey").and("id"), where.params());
        List<Party> parties = Pages.slice(query, page, size);
        Map<UUID, List<String>> aliases = aliases(parties.stream().map(p -> p.id).toList());
        List<PartyView> items = parties.stream().map(p -> PartyView.of(p, aliases.getOrDefault(p.id, List.of()))).toList();
        return new PartyView.Page(items, page, size, query.count());
    }

    /** What an affiliation resolved to: the party (null = none), or why not. */
    record Resolution(Party party, List<FieldError> errors, List<PartyCandidate> candidates) {
    }

    /**
     * The party a source's affiliation names: by id, or by name or alias; a name nobody uses creates the party,
     * unless it is close to known ones and the client did not confirm: then 409 with the candidates.
     */
    Party forSource(PartyNames names, UUID partyId, String affiliation, boolean confirmed) {
        Resolution r = resolve(names, partyId, affiliation, confirmed);
        if (!r.candidates().isEmpty()) {
            throw typo(affiliation, r.candidates());
        }
        if (!r.errors().isEmpty()) {
            throw Problems.unprocessable(r.errors().get(0).field(), r.errors().get(0).message());
        }
        return r.party();
    }

    /** As above without throwing, for a batch item (a typo is one more error). Creates the party only on success. */
    Resolution resolve(PartyNames names, UUID partyId, String affiliation, boolean confirmed) {
        boolean named = affiliation != null && !affiliation.isBlank();
        Party byName = named ? names.exact(affiliation) : null;
        if (partyId != null) {
            Party party = Party.findById(partyId);
            if (party == null) {
                return failed(new FieldError("partyId", "party " + partyId + " does not exist"), List.of());
            }
            if (named && byName != party) {
                return failed(new FieldError("affiliation", "\"" + affiliation + "\" does not name party \"" + party.name
                        + "\" (partyId): send one of them, or the party's name or an alias"), List.of());
            }
            return new Resolution(party, List.of(), List.of());
        }
        if (!named || byName != null) {
            return new Resolution(byName, List.of(), List.of());
        }
        if (!confirmed) {
            List<PartyCandidate> candidates = names.closeTo(affiliation);
            if (!candidates.isEmpty()) {
                return failed(new FieldError("affiliation", "close to existing parties: " + describe(candidates)
                        + "; send partyId to choose one, or newParty: true to create it"), candidates);
            }
        }
        Party party = new Party();
        party.initAsNew();
        party.setName(affiliation);
        party.persist();
        names.created(party);
        return new Resolution(party, List.of(), List.of());
    }

    private static Resolution failed(FieldError error, List<PartyCandidate> candidates) {
        return new Resolution(null, List.of(error), candidates);
    }

    private static String describe(List<PartyCandidate> candidates) {
        return candidates.stream()
                .map(c -> "\"" + c.name() + "\"" + (c.matchedAlias() == null ? "" : " (alias \"" + c.matchedAlias() + "\")"))
                .collect(Collectors.joining(", "));
    }

    static HttpProblem typo(String affiliation, List<PartyCandidate> candidates) {
        String list = describe(candidates);
        return HttpProblem.builder().withStatus(Status.CONFLICT).withTitle(Status.CONFLICT.getReasonPhrase())
                .withDetail("No party is named \"" + affiliation + "\", but it is close to " + list
                        + ". Send partyId to choose one, or newParty: true to create \"" + affiliation + "\".")
                .with("errors", List.of(new FieldError("affiliation", "close to existing parties: " + list)))
                .with("candidates", candidates).build();
    }

    /** 409 when the name or an alias already names another party; 422 for a missing parent or a cycle. */
    private void check(UUID self, PartyInput input) {
        List<String> texts = new ArrayList<>(input.aliasesOrNone());
        texts.add(0, input.name);
        PartyNames names = new PartyNames();
        for (int i = 0; i < texts.size(); i++) {
            Party other = names.exact(texts.get(i));
            if (other != null && !other.id.equals(self)) {
                String field = i == 0 ? "name" : "aliases[" + (i - 1) + "]";
                throw Problems.duplicate("\"" + texts.get(i) + "\" already names the party \"" + other.name + "\"", field,
                        other.id);
            }
        }
        if (input.externalId != null) {
            Party other = Party.find("externalId", input.externalId).firstResult();
            if (other != null && !other.id.equals(self)) {
                throw Problems.duplicate("The party \"" + other.name + "\" already has external id " + input.externalId,
                        "externalId", other.id);
            }
        }
        if (input.parentId != null) {
            if (Party.findById(input.parentId) == null) {
                throw Problems.unprocessable("parentId", "party " + input.parentId + " does not exist");
            }
            if (MembershipChain.wouldCycle(self, input.parentId, this::parentOf)) {
                throw Problems.unprocessable("parentId", "party " + input.parentId
                        + " is this party or one of its sub-parties: parent parties cannot form a cycle");
            }
        }
    }

    private UUID parentOf(UUID id) {
        return Party.<Party>findByIdOptional(id).map(p -> p.parentId).orElse(null);
    }

    private static boolean apply(Party party, PartyInput input) {
        boolean changed = !Objects.equals(party.name, input.name) || !Objects.equals(party.country, input.country)
                || !Objects.equals(party.externalId, input.externalId) || !Objects.equals(party.parentId, input.parentId);
        party.setName(input.name);
        party.country = input.country;
        party.externalId = input.externalId;
        party.parentId = input.parentId;
        return changed;
    }

    /** Aliases as stored: folded duplicates and the party's own name dropped, sorted by key. */
    private static List<String> sortedAliases(Party party, List<String> aliases) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String alias : aliases) {
            String key = Party.key(alias);
            if (!key.equals(party.nameKey)) {
                byKey.putIfAbsent(key, alias);
            }
        }
        return byKey.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    private static void replaceAliases(Party party, List<String> aliases) {
        deleteAliases(party.id);
        PartyAlias.flush(); // the deletes first: a kept alias is inserted again under the same key
        sortedAliases(party, aliases).forEach(a -> new PartyAlias(party.id, a).persist());
    }

    /** Entity by entity, not a bulk delete: the persistence context must forget them before the same keys return. */
    private static void deleteAliases(UUID partyId) {
        PartyAlias.<PartyAlias>list("partyId", partyId).forEach(PartyAlias::delete);
    }

    /** Aliases per party, one query, each list sorted by folded form. */
    private static Map<UUID, List<String>> aliases(List<UUID> partyIds) {
        Map<UUID, List<String>> byParty = new HashMap<>();
        if (!partyIds.isEmpty()) {
            PartyAlias.getEntityManager().createQuery("select a.partyId, a.alias from PartyAlias a where a.partyId in :ids"
                            + " order by a.aliasKey", Object[].class).setParameter("ids", partyIds).getResultList()
                    .forEach(row -> byParty.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        return byParty;
    }
}
