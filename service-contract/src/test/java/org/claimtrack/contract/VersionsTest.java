package org.claimtrack.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {

    @ParameterizedTest(name = "If-Match {0} against version 3 → {1}")
    @CsvSource(delimiter = '|', value = {
            "\"3\"         | true",
            "\" 3\"        | false",
            "  \"3\"       | true",
            "\"2\", \"3\"  | true",
            "*             | true",
            "W/\"3\"       | false",
            "3             | false",
            "\"4\"         | false"})
    void strongComparison(String ifMatch, boolean matches) {
        assertEquals(matches, Versions.matches(ifMatch, 3));
    }
}
