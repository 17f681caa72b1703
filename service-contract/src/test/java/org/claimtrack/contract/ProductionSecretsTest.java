package org.claimtrack.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductionSecretsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "''                                       | is not set",
            "'   '                                    | is not set",
            "CHANGE_ME                                | holds a placeholder",
            "CHANGE_ME_TO_32_OR_MORE_RANDOM_CHARACTERS | holds a placeholder",
            "test-token                               | holds a placeholder",
            "0123456789abcdef                         | is shorter than 32 characters",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | is not random (too few distinct characters)",
            "3f1c9a0e5b7d42a8c6e1f0b9d3a7c5e2        | none",
            "5f0a7c3e-1b2d-4e6f-8a9b-0c1d2e3f4a5b     | none"})
    void aSecretIsUsableOnlyWhenNobodyElseCanKnowIt(String value, String problem) {
        assertEquals(Optional.ofNullable(problem), ProductionSecrets.problem(value));
    }

    @org.junit.jupiter.api.Test
    void theRefusalNamesTheVariable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ProductionSecrets.require("CLAIMTRACK_SERVICE_TOKEN", Optional.of("CHANGE_ME")));
        assertTrue(refused.getMessage().startsWith("CLAIMTRACK_SERVICE_TOKEN holds a placeholder"), refused.getMessage());
    }
}
