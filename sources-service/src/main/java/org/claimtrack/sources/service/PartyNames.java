package org.claimtrack.sources.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.claimtrack.contract.ProblemDocument.PartyCandidate;
import org.claimtrack.sources.domain.Party;
import org.claimtrack.sources.domain.PartyAlias;

/**
 * Resolves the text of an affiliation to a party, for one request or one batch. Exact: the folded text
 * ({@link Party#key}) is a party's name or alias. Close: within a small edit distance of a name or alias, which
 * is what a typo looks like ("Rusia", "Ukrane"); such text is asked about, never silently made a new party.
 */
final class PartyNames {

    private static final int MAX_CANDIDATES = 10;

    /** A name or alias as compared: its folded key, the party it names, and the alias text (null for the name). */
    private record Known(String key, UUID partyId, String partyName, String alias) {
    }

    private final Map<String, Party> exact = new HashMap<>();
    private List<Known> known;

    /** The party whose name or alias folds to the same key, or null. */
    Party exact(String text) {
        String key = Party.key(text);
        if (exact.containsKey(key)) {
            return exact.get(key);
        }
        Party party = Party.find("nameKey", key).firstResult();
        if (party == null) {
            PartyAlias alias = PartyAlias.findById(key);
            party = alias == null ? null : Party.findById(alias.partyId);
        }
        exact.put(key, party);
        return party;
    }

    /** Parties whose name or an alias is close to the text (no exact match assumed), closest first. */
    List<PartyCandidate> closeTo(String text) {
        String key = Party.key(text);
        int threshold = typoThreshold(key);
        if (threshold == 0) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        Map<UUID, PartyCandidate> byParty = new LinkedHashMap<>();
        Map<UUID, Integer> best = new HashMap<>();
        for (Known k : known()) {
            int d = distance.apply(key, k.key());
            if (d < 0 || !digits(key).equals(digits(k.key()))) {
                continue; // too far, or different numbers ("Brigade 3" is not a typo of "Brigade 4")
            }
            if (!best.containsKey(k.partyId()) || d < best.get(k.partyId())) {
                best.put(k.partyId(), d);
                byParty.put(k.partyId(), new PartyCandidate(k.partyId(), k.partyName(), k.alias()));
            }
        }
        return byParty.values().stream()
                .sorted(Comparator.comparing((PartyCandidate c) -> best.get(c.id())).thenComparing(c -> Party.key(c.name())))
                .limit(MAX_CANDIDATES).toList();
    }

    /** A party created while this resolver is in use (a batch creating parties item by item). */
    void created(Party party) {
        exact.put(party.nameKey, party);
        if (known != null) {
            known.add(new Known(party.nameKey, party.id, party.name, null));
        }
    }

    /**
     * Edits tolerated as a typo, by length of the folded text: none under 5 characters ("EU" and "US" are two
     * parties), one up to 9, two from 10 on.
     */
    static int typoThreshold(String key) {
        int length = key.codePointCount(0, key.length());
        return length < 5 ? 0 : length < 10 ? 1 : 2;
    }

    private static String digits(String text) {
        return text.replaceAll("\\D+", "");
    }

    /** Every name and alias, loaded once per resolver: parties number in the thousands at most. */
    private List<Known> known() {
        if (known == null) {
            known = new ArrayList<>();
            Map<UUID, String> names = new HashMap<>();
            for (Object[] row : Party.getEntityManager()
                    .createQuery("select p.id, p.name, p.nameKey from Party p", Object[].class).getResultList()) {
                names.put((UUID) row[0], (String) row[1]);
                known.add(new Known((String) row[2], (UUID) row[0], (String) row[1], null));
            }
            for (PartyAlias a : PartyAlias.<PartyAlias>listAll()) {
                known.add(new Known(a.aliasKey, a.partyId, names.get(a.partyId), a.alias));
            }
        }
        return known;
    }
}
