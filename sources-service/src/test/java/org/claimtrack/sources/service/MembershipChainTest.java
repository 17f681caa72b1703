package org.claimtrack.sources.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipChainTest {

    // ministry ← department ← spokeswoman; agency stands alone; loop1 ↔ loop2 is a stored cycle
    static final UUID MINISTRY = UUID.randomUUID();
    static final UUID DEPARTMENT = UUID.randomUUID();
    static final UUID SPOKESWOMAN = UUID.randomUUID();
    static final UUID AGENCY = UUID.randomUUID();
    static final UUID NEW = UUID.randomUUID();
    static final UUID LOOP1 = UUID.randomUUID();
    static final UUID LOOP2 = UUID.randomUUID();
    static final Map<UUID, UUID> PARENT = new HashMap<>(Map.of(DEPARTMENT, MINISTRY, SPOKESWOMAN, DEPARTMENT,
            LOOP1, LOOP2, LOOP2, LOOP1));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("new source joins a chain", NEW, SPOKESWOMAN, false),
                Arguments.of("member moves to another top", SPOKESWOMAN, AGENCY, false),
                Arguments.of("stays where it is", SPOKESWOMAN, DEPARTMENT, false),
                Arguments.of("member of itself", AGENCY, AGENCY, true),
                Arguments.of("top joins its own member", MINISTRY, DEPARTMENT, true),
                Arguments.of("top joins its member's member", MINISTRY, SPOKESWOMAN, true),
                Arguments.of("stored cycle does not hang", NEW, LOOP1, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void detectsCycles(String name, UUID source, UUID parent, boolean cycle) {
        assertEquals(cycle, MembershipChain.wouldCycle(source, parent, PARENT::get));
    }
}
