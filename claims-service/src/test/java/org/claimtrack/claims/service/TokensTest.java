package org.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TokensTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Up to 100,000 soldiers | up,to,100000,soldiers",
        "100.000 Soldaten | 100000,soldaten",
        "100000 | 100000",
        "'1,500,000 and 2021, 100' | 1500000,and,2021,100",
        "Kiev’s TROOPS, Ukraine's border | kiev,s,troops,ukraine,s,border",
        "Zelensky Зеленський café | zelensky,зеленськии,cafe"})
    void normalisesCaseAccentsAndNumbers(String text, String expected) {
        assertEquals(List.of(expected.split(",")), Tokens.split(text));
    }

    @Test
    void countsTokensAndFoldsTheNaturalKey() {
        assertEquals(Map.of("the", 2, "talks", 1, "end", 1), Tokens.count("The talks, the end"));
        assertEquals(Tokens.textKey("Russia  deployed\ttroops "), Tokens.textKey(" russia deployed TROOPS"));
        assertTrue(Tokens.isStopword("s") && Tokens.isStopword("the") && !Tokens.isStopword("100000"));
    }
}
