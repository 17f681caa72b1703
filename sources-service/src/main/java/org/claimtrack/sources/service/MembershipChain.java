package org.claimtrack.sources.service;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The member-of links between sources form a forest: no source may end up inside itself. */
public final class MembershipChain {

    private MembershipChain() {
    }

    /**
     * Whether making {@code source} a member of {@code parent} closes a cycle, given each source's
     * current parent ({@code parentOf} returns null at the top). Stops on a cycle already stored.
     */
    public static boolean wouldCycle(UUID source, UUID parent, UnaryOperator<UUID> parentOf) {
        Set<UUID> seen = new HashSet<>();
        for (UUID current = parent; current != null; current = parentOf.apply(current)) {
            if (current.equals(source) || !seen.add(current)) {
                return true;
            }
        }
        return false;
    }
}
