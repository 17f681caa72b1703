package org.claimtrack.extraction;

import java.util.Optional;
import java.util.Set;

/**
 * What the extraction may ask of the party and source registry: it never decides itself that "Moscow" is Russia, the
 * registry's aliases do. The gateway answers from the sources-service, the evaluation from the seed bundle.
 */
public interface Registry {

    /** A party whose name or alias is this text (compared folded), if any. */
    Optional<KnownParty> party(String nameOrAlias);

    /** A source with exactly this name (compared folded), if any. */
    Optional<KnownSource> source(String name);

    /**
     * The one source whose name holds every one of these words (folded, see {@link InMemoryRegistry#words}) in any
     * order, if exactly one does: "Justice Department" → "United States Department of Justice".
     */
    Optional<KnownSource> sourceWithWords(Set<String> words);

    /** The one PERSON source whose name ends with this surname, if exactly one does. */
    Optional<KnownSource> personBySurname(String surname);

    /**
     * The government that speaks when a party is named by its capital ("Moscow said"): the one GOVERNMENT source of
     * the party that is a member of no other source, if exactly one is.
     */
    Optional<KnownSource> government(KnownParty party);

    record KnownParty(String id, String name) {
    }

    record KnownSource(String id, String name, String kind, String partyName) {
    }
}
