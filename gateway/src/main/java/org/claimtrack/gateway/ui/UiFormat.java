package org.claimtrack.gateway.ui;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Rating;
import org.claimtrack.gateway.model.Reliability;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.model.WorkStatus;

/**
 * How values read on the pages, in the page's language (Qute's {@code locale} attribute, set by
 * {@link UiLocaleInitializer}): words for enums, the Admiralty meanings, dates in UTC written the language's way
 * ({@link UiMessages#datePattern()}). Only wording lives here; what a status is comes from the services.
 */
@TemplateExtension
public final class UiFormat {

    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private UiFormat() {
    }

    /** "SINGLE_PARTY" → "Single party"; the badge shows it in capitals. */
    static String words(Enum<?> value) {
        return words(value.name());
    }

    /** The same for a constant the gateway passes on as text (a history action such as "STATUS_CHANGED"). */
    static String words(String constant) {
        String name = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String label(ClaimStatus status, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        return switch (status) {
            case UNSOURCED -> m.status_UNSOURCED();
            case SINGLE_PARTY -> m.status_SINGLE_PARTY();
            case CORROBORATED -> m.status_CORROBORATED();
            case DISPUTED -> m.status_DISPUTED();
            case DENIED -> m.status_DENIED();
            case VERIFIED -> m.status_VERIFIED();
            case MISLEADING -> m.status_MISLEADING();
            case FALSE -> m.status_FALSE();
            case UNVERIFIABLE -> m.status_UNVERIFIABLE();
        };
    }

    static String label(StanceType stance, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        return switch (stance) {
            case ASSERTS -> m.stance_ASSERTS();
            case DENIES -> m.stance_DENIES();
            case QUESTIONS -> m.stance_QUESTIONS();
            case REPORTS -> m.stance_REPORTS();
        };
    }

    static String label(SourceKind kind, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        return switch (kind) {
            case PERSON -> m.kind_PERSON();
            case GOVERNMENT -> m.kind_GOVERNMENT();
            case ORGANIZATION -> m.kind_ORGANIZATION();
            case MEDIA_OUTLET -> m.kind_MEDIA_OUTLET();
            case INTERGOVERNMENTAL -> m.kind_INTERGOVERNMENTAL();
            case GROUP -> m.kind_GROUP();
        };
    }

    static String label(WorkStatus status, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        return switch (status) {
            case NEW -> m.work_NEW();
            case IN_PROGRESS -> m.work_IN_PROGRESS();
            case IN_REVIEW -> m.work_IN_REVIEW();
            case PUBLISHED -> m.work_PUBLISHED();
            case ARCHIVED -> m.work_ARCHIVED();
        };
    }

    static String label(Rating rating, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        return switch (rating) {
            case TRUE -> m.rating_TRUE();
            case MOSTLY_TRUE -> m.rating_MOSTLY_TRUE();
            case MIXED -> m.rating_MIXED();
            case MOSTLY_FALSE -> m.rating_MOSTLY_FALSE();
            case FALSE -> m.rating_FALSE();
            case UNVERIFIABLE -> m.rating_UNVERIFIABLE();
        };
    }

    /** The unreachable services a degraded page names, in one phrase ("claims-service, sources-service"). */
    static String serviceNames(List<Downstream> services, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        return services.stream().map(d -> switch (d) {
            case CLAIMS -> m.service_CLAIMS();
            case SOURCES -> m.service_SOURCES();
            case SIMILAR -> m.service_SIMILAR();
        }).collect(Collectors.joining(", "));
    }

    /** Admiralty source reliability, as fact-checkers read it. */
    static String meaning(Reliability reliability, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        return switch (reliability) {
            case A -> m.reliability_A();
            case B -> m.reliability_B();
            case C -> m.reliability_C();
            case D -> m.reliability_D();
            case E -> m.reliability_E();
            case F -> m.reliability_F();
        };
    }

    /** Admiralty information credibility 1–6. */
    static String credibilityMeaning(Integer credibility, @TemplateAttribute("locale") Object locale) {
        UiMessages m = UiText.messages(locale);
        if (credibility == null) {
            return m.credibility_unknown();
        }
        return switch (credibility) {
            case 1 -> m.credibility_1();
            case 2 -> m.credibility_2();
            case 3 -> m.credibility_3();
            case 4 -> m.credibility_4();
            case 5 -> m.credibility_5();
            default -> m.credibility_6();
        };
    }

    /** A link target only when it is a web address: a stored {@code javascript:} URL must never become a link. */
    static String safeUrl(String url) {
        return url != null && url.regionMatches(true, 0, "https://", 0, 8) || url != null && url.regionMatches(true, 0, "http://", 0, 7)
                ? url : null;
    }

    /** A text as one query-parameter value (a link to the parties page searching for a name). */
    static String urlEncoded(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Opening and closing quotation marks that may enclose a pasted quote: straight, curly, low-high, guillemets. */
    private static final String[][] QUOTE_PAIRS = {{"\"", "\""}, {"\u201c", "\u201d"}, {"\u201e", "\u201c"},
            {"\u201e", "\u201d"}, {"\u00ab", "\u00bb"}, {"\u00bb", "\u00ab"}, {"'", "'"}, {"\u2018", "\u2019"},
            {"\u2039", "\u203a"}};

    /**
     * A quote without the quotation marks it was pasted with: the page sets every quote in its own “ ”, so
     * {@code "Russia has…"} would show as “"Russia has…"”. Only one enclosing pair is removed, and only when the
     * marks inside do not pair with them ({@code "a" and "b"} stays as it is).
     */
    static String bareQuote(String quote) {
        if (quote == null) {
            return null;
        }
        String text = quote.strip();
        for (String[] pair : QUOTE_PAIRS) {
            if (text.length() > 2 && text.startsWith(pair[0]) && text.endsWith(pair[1])) {
                String inner = text.substring(1, text.length() - 1);
                if (!inner.contains(pair[0]) && !inner.contains(pair[1])) {
                    return inner.strip();
                }
            }
        }
        return text;
    }

    /** A long text cut at a word boundary for titles, with an ellipsis. */
    static String abbreviate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** 0.87 → "87%". */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /** A day, the page language's way: "30 Dec 2021", "30 dic 2021". */
    static String day(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : formatter(locale, true).format(instant);
    }

    /** A day and time of day in UTC: "30 Dec 2021, 06:00 UTC". */
    static String dayTime(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : formatter(locale, false).format(instant);
    }

    private static DateTimeFormatter formatter(Object localeAttribute, boolean dayOnly) {
        Locale locale = UiText.locale(localeAttribute);
        return FORMATTERS.computeIfAbsent(locale.toLanguageTag() + (dayOnly ? "/day" : "/time"), key -> {
            UiMessages m = UiText.messages(locale);
            return DateTimeFormatter.ofPattern(dayOnly ? m.datePattern() : m.dateTimePattern(), locale)
                    .withZone(ZoneOffset.UTC);
        });
    }

    /** The value an {@code <input type="date">} expects. */
    static String isoDay(Instant instant) {
        return instant == null ? "" : ISO_DAY.format(instant);
    }
}
