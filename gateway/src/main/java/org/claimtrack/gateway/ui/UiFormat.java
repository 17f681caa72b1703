package org.claimtrack.gateway.ui;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Reliability;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.model.StanceType;

/**
 * How values read on the pages: words for enums, the Admiralty meanings, dates in UTC.
 * Only wording lives here; what a status is comes from the services.
 */
@TemplateExtension
public final class UiFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

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

    static String label(ClaimStatus status) {
        return words(status);
    }

    static String label(StanceType stance) {
        return words(stance);
    }

    static String label(SourceKind kind) {
        return kind == SourceKind.MEDIA_OUTLET ? "Media outlet" : words(kind);
    }

    /** Admiralty source reliability, as fact-checkers read it. */
    static String meaning(Reliability reliability) {
        return switch (reliability) {
            case A -> "Completely reliable";
            case B -> "Usually reliable";
            case C -> "Fairly reliable";
            case D -> "Not usually reliable";
            case E -> "Unreliable";
            case F -> "Reliability cannot be judged";
        };
    }

    /** Admiralty information credibility 1–6. */
    static String credibilityMeaning(Integer credibility) {
        if (credibility == null) {
            return "Not known";
        }
        return switch (credibility) {
            case 1 -> "Confirmed by other sources";
            case 2 -> "Probably true";
            case 3 -> "Possibly true";
            case 4 -> "Doubtful";
            case 5 -> "Improbable";
            default -> "Truth cannot be judged";
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

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }

    /** The value an {@code <input type="date">} expects. */
    static String isoDay(Instant instant) {
        return instant == null ? "" : ISO_DAY.format(instant);
    }
}
