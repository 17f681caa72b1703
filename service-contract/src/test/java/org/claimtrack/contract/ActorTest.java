package org.claimtrack.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void absentOrBlankIsTheSystem() {
        assertEquals("system", Actor.of(null));
        assertEquals("system", Actor.of(" \t"));
    }

    @Test
    void whitespaceIsFoldedAndTheNameCut() {
        assertEquals("Ana Lima", Actor.of("  Ana \t Lima "));
        assertEquals(200, Actor.of("x".repeat(300)).length());
    }
}
