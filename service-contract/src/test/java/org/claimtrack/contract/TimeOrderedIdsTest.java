package org.claimtrack.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7UniqueAndInCreationOrderAsBytes() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertEquals(20_000, new HashSet<>(ids).size());
        for (int i = 1; i < ids.size(); i++) {
            UUID a = ids.get(i - 1), b = ids.get(i);
            assertEquals(7, b.version());
            assertEquals(2, b.variant());
            // PostgreSQL and H2 order uuids as unsigned bytes: most significant half first
            int order = a.getMostSignificantBits() == b.getMostSignificantBits()
                    ? Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits())
                    : Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            assertTrue(order < 0, "id " + i + " sorts before the one created ahead of it: " + a + " " + b);
        }
    }
}
