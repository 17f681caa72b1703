package org.claimtrack.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.claimtrack.contract.StrictJson;

/**
 * The public API reads JSON by the same rules as the services behind it (service-contract's {@link StrictJson}: a
 * number or true is not a string, a key given twice or text after the body is a 400, no NUL). Without them the gateway
 * turned {@code "text": 123456789012345} into a claim's text and kept the last of two {@code text} keys, where a
 * service would have refused. The gateway does not index the contract's jar (its other beans are the internal
 * services'), so it applies the customizer itself.
 */
@Singleton
public class StrictJsonReading implements ObjectMapperCustomizer {

    private final StrictJson rules = new StrictJson();

    @Override
    public int priority() {
        return rules.priority();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        rules.customize(mapper);
    }
}
