package org.claimtrack.contract;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A production process refuses to start on a secret someone else may know: missing, shorter than
 * {@value #MIN_LENGTH} characters, or a placeholder from a template or a test. Otherwise whoever read the shipped
 * manifests could write to the services. Dev and test modes use their own fixed tokens and are not checked.
 */
@ApplicationScoped
public class ProductionSecrets {

    public static final int MIN_LENGTH = 32;

    private static final List<String> PLACEHOLDERS =
            List.of("change_me", "changeme", "change-me", "placeholder", "dev-token", "test-token", "example");

    /** The service token every process shares (the internal services check it; the gateway sends it). */
    void checkServiceToken(@Observes StartupEvent start,
            @ConfigProperty(name = "claimtrack.service-token") Optional<String> token) {
        if (!LaunchMode.current().isDevOrTest()) {
            require("CLAIMTRACK_SERVICE_TOKEN", token);
        }
    }

    /** Throws, naming the variable, unless the value is a usable secret shared by every service. */
    public static void require(String variable, Optional<String> value) {
        require(variable, value, "the same value for every service");
    }

    /** Throws, naming the variable and what it is for, unless the value is a usable secret. */
    public static void require(String variable, Optional<String> value, String purpose) {
        problem(value.orElse("")).ifPresent(problem -> {
            throw new IllegalStateException(variable + " " + problem + ": set it to at least " + MIN_LENGTH
                    + " random characters (e.g. openssl rand -hex 32), " + purpose);
        });
    }

    /** What is wrong with a secret, if anything. */
    static Optional<String> problem(String value) {
        String secret = value.strip();
        String folded = secret.toLowerCase(Locale.ROOT);
        if (secret.isEmpty()) {
            return Optional.of("is not set");
        }
        if (PLACEHOLDERS.stream().anyMatch(folded::contains)) {
            return Optional.of("holds a placeholder");
        }
        if (secret.length() < MIN_LENGTH) {
            return Optional.of("is shorter than " + MIN_LENGTH + " characters");
        }
        if (secret.chars().distinct().count() < 8) {
            return Optional.of("is not random (too few distinct characters)");
        }
        return Optional.empty();
    }
}
