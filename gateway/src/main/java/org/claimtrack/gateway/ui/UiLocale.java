package org.claimtrack.gateway.ui;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language a page is written in: the {@code lang} cookie set by the header's switch when it names a language the
 * UI has, else the best of the browser's {@code Accept-Language} the UI has, else the default (English). The
 * languages are {@code quarkus.locales}; each has a message bundle file ({@link UiMessages}). Templates read it as
 * {@code {inject:uiLocale.tag}} ({@code <html lang>}) and the switch's links; {@link UiLocaleInitializer} gives it to
 * every template instance, which the message bundles and {@link UiFormat}'s dates follow.
 */
@Named("uiLocale")
@RequestScoped
public class UiLocale {

    /** The cookie the language switch sets ({@link LanguageUi}). */
    static final String COOKIE = "lang";

    /** One language of the switch, named in its own language. */
    public record Choice(String tag, String name, boolean current) {
    }

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "quarkus.locales")
    List<Locale> supported;

    @ConfigProperty(name = "quarkus.default-locale")
    Locale fallback;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen == null) {
            chosen = fromCookie().or(this::fromAcceptLanguage).orElse(fallback);
        }
        return chosen;
    }

    /** The BCP 47 tag of the page's language, for {@code <html lang>}. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    /** The switch: every language the UI has, the current one marked. */
    public List<Choice> getChoices() {
        return supported.stream()
                .map(l -> new Choice(l.toLanguageTag(), capitalised(l.getDisplayLanguage(l), l),
                        l.getLanguage().equals(getLocale().getLanguage())))
                .toList();
    }

    /**
     * Where the switch brings the reader back to: this page. A page answering a form (a POST) is reloaded by its
     * address alone, which shows the same form afresh.
     */
    public String getHere() {
        return request.method() == HttpMethod.GET ? request.uri() : request.path();
    }

    /** A language the UI has, matched by its language ({@code es-MX} is Spanish), or nothing. */
    Optional<Locale> supportedLocale(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return supported.stream().filter(l -> !language.isEmpty() && l.getLanguage().equals(language)).findFirst();
    }

    private Optional<Locale> fromCookie() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? Optional.empty() : supportedLocale(cookie.getValue());
    }

    private Optional<Locale> fromAcceptLanguage() {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), supported));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
