package org.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which query tokens find the candidates of a similar-claims search. */
class SimilarClaimsTest {

    @Test
    void theRarestTokensAreUsedWhileTheirPostingsFitTheBudget() {
        Map<String, Long> df = Map.of("0012345", 1L, "105", 103L, "troops", 4_000L, "border", 5_001L, "week", 5_001L);
        assertEquals(List.of("0012345", "105", "troops"),
                SimilarClaims.candidateTokens(List.of("week", "troops", "105", "border", "0012345"), df));
    }

    @Test
    void theRarestTokenIsUsedEvenWhenItAloneIsOverTheBudget() {
        Map<String, Long> df = Map.of("border", 5_001L, "week", 5_002L);
        assertEquals(List.of("border"), SimilarClaims.candidateTokens(List.of("week", "border", "absent"), df));
    }

    @Test
    void atMostSixTokensAndNoneThatNoClaimHolds() {
        Map<String, Long> df = Map.of("a1", 1L, "a2", 2L, "a3", 3L, "a4", 4L, "a5", 5L, "a6", 6L, "a7", 7L);
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6"),
                SimilarClaims.candidateTokens(List.of("a7", "a6", "a5", "a4", "a3", "a2", "a1", "zz"), df));
    }
}
