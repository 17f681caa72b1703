package org.claimtrack.gateway.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message of the UI's bundles has its Spanish: a key missing from a language file would silently show the
 * English on a Spanish page (Quarkus falls back to the default), so this fails instead. Also keeps each bundle under
 * the size Quarkus 3.33 can load.
 */
class UiMessagesTest {

    private static final List<String> LANGUAGES = List.of("es");

    @ParameterizedTest
    @ValueSource(classes = {UiMessages.class, FormMessages.class, HistoryMessages.class, TokenMessages.class, PartyMessages.class, WebhookMessages.class})
    void everyMessageHasATranslationInEveryLanguage(Class<?> bundle) throws IOException {
        Set<String> keys = keys(bundle);
        assertTrue(keys.size() > 10, "the bundle's messages are found: " + keys.size());
        for (String language : LANGUAGES) {
            String file = "messages/" + name(bundle) + "_" + language + ".properties";
            Set<String> translated = translations(file);
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(translated);
            assertEquals(Set.of(), missing, "keys of " + bundle.getSimpleName() + " with no line in " + file);
            Set<String> empty = translations(file, true);
            assertEquals(Set.of(), empty, "keys of " + file + " with an empty text");
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {UiMessages.class, FormMessages.class, HistoryMessages.class, TokenMessages.class, PartyMessages.class, WebhookMessages.class})
    void eachBundleStaysUnderTheSizeQuarkusCanLoad(Class<?> bundle) {
        // over 300 messages, Quarkus 3.33 splits the generated resolver and the class fails to verify at startup
        assertTrue(keys(bundle).size() < 300, bundle.getSimpleName() + " has " + keys(bundle).size() + " messages");
    }

    private static String name(Class<?> bundle) {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        return MessageBundle.DEFAULTED_NAME.equals(name) ? MessageBundle.DEFAULT_NAME : name;
    }

    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(java.lang.reflect.Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> translations(String file) throws IOException {
        return translations(file, false);
    }

    private static Set<String> translations(String file, boolean onlyEmpty) throws IOException {
        try (InputStream in = UiMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError(file + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames().stream()
                    .filter(k -> !onlyEmpty || properties.getProperty(k).isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
