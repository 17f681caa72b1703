package org.claimtrack.gateway.ui;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The UI's words ({@link UiMessages}) in a page's language, for the Java side of the pages ({@link UiFormat}). */
final class UiText {

    private static final Map<String, UiMessages> BUNDLES = new ConcurrentHashMap<>();

    private UiText() {
    }

    /** The page's locale from Qute's {@code locale} attribute (a {@link Locale} or a tag); English without one. */
    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    /** The UI's words in that locale: the default bundle (English) for a language without a file of its own. */
    static UiMessages messages(Object localeAttribute) {
        String tag = locale(localeAttribute).toLanguageTag();
        return BUNDLES.computeIfAbsent(tag, t -> {
            try {
                return MessageBundles.get(UiMessages.class, Localized.Literal.of(t));
            } catch (RuntimeException noSuchLanguage) {
                return MessageBundles.get(UiMessages.class);
            }
        });
    }

    /** The locale of the page being served ({@link UiLocale}); the default outside a request. */
    static Locale currentLocale() {
        return Arc.container().requestContext().isActive()
                ? Arc.container().instance(UiLocale.class).get().getLocale() : Locale.ENGLISH;
    }

    /** The UI's words in the language of the page being served, for the texts a page gets from Java. */
    static UiMessages current() {
        return messages(currentLocale());
    }
}
