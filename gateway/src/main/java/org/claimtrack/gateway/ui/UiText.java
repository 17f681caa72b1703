package org.claimtrack.gateway.ui;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The UI's words ({@link UiMessages}) in a page's language, for the Java side of the pages ({@link UiFormat}). */
final class UiText {

    private static final Map<String, UiMessages> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, FormMessages> FORM_BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, HistoryMessages> HISTORY_BUNDLES = new ConcurrentHashMap<>();

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
        return bundle(UiMessages.class, BUNDLES, locale(localeAttribute));
    }

    private static <T> T bundle(Class<T> type, Map<String, T> cache, Locale locale) {
        return cache.computeIfAbsent(locale.toLanguageTag(), tag -> {
            try {
                return MessageBundles.get(type, Localized.Literal.of(tag));
            } catch (RuntimeException noSuchLanguage) {
                return MessageBundles.get(type);
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

    /** The forms' words ({@link FormMessages}) in the language of the page being served. */
    static FormMessages forms() {
        return bundle(FormMessages.class, FORM_BUNDLES, currentLocale());
    }

    /** A count the way the page's language writes it: 1,048,576 in English, 1.048.576 in Spanish. */
    static String number(long value) {
        return NumberFormat.getIntegerInstance(currentLocale()).format(value);
    }

    /** The history's sentences ({@link HistoryMessages}) in that locale. */
    static HistoryMessages history(Locale locale) {
        return bundle(HistoryMessages.class, HISTORY_BUNDLES, locale);
    }
}
