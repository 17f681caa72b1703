package org.claimtrack.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

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

    @Test
    void anOptionalIfMatchIsCheckedOnlyWhenGiven() {
        Versions.checkIfGiven(null, 3);
        Versions.checkIfGiven(" ", 3);
        Versions.checkIfGiven("\"3\"", 3);
        assertEquals(412, assertThrows(HttpProblem.class, () -> Versions.checkIfGiven("\"2\"", 3)).getStatusCode());
    }
}
