package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimtrack.gateway.model.Rating;

/**
 * Maps one schema.org ClaimReview (as {@link JsonLdFeed} found it) to bundle items: {@code claimReviewed} → claim,
 * {@code itemReviewed.author} → source with an ASSERTS <em>attribution</em> reported by the review's author
 * ({@code claimReviewed} is the fact-checker's paraphrase, never the claimant's quote), its
 * {@code firstAppearance}/{@code appearance} → the document it refers to, {@code reviewRating} → verdict by
 * {@code author}, published at {@code datePublished}, with the review's {@code url}. What cannot be mapped is
 * reported with a pointer, never guessed. Pure: the same review always maps the same way (pass one counts
 * with it, pass two writes with it).
 */
final class ClaimReviewMapper {

    /**
     * Rating words as fact-checkers publish them in {@code alternateName}, compared lower-case with dashes,
     * underscores and trailing punctuation folded to spaces. Anything else is reported as unmappable.
     */
    static final Map<String, Rating> RATING_WORDS = Map.ofEntries(
            Map.entry("true", Rating.TRUE), Map.entry("correct", Rating.TRUE), Map.entry("accurate", Rating.TRUE),
            Map.entry("mostly true", Rating.MOSTLY_TRUE), Map.entry("mostly correct", Rating.MOSTLY_TRUE),
            Map.entry("largely accurate", Rating.MOSTLY_TRUE),
            Map.entry("half true", Rating.MIXED), Map.entry("mixed", Rating.MIXED), Map.entry("mixture", Rating.MIXED),
            Map.entry("misleading", Rating.MIXED), Map.entry("partly true", Rating.MIXED),
            Map.entry("mostly false", Rating.MOSTLY_FALSE), Map.entry("partly false", Rating.MOSTLY_FALSE),
            Map.entry("largely false", Rating.MOSTLY_FALSE),
            Map.entry("false", Rating.FALSE), Map.entry("incorrect", Rating.FALSE), Map.entry("inaccurate", Rating.FALSE),
            Map.entry("fake", Rating.FALSE), Map.entry("pants on fire", Rating.FALSE),
            Map.entry("unverifiable", Rating.UNVERIFIABLE), Map.entry("unproven", Rating.UNVERIFIABLE),
            Map.entry("unverified", Rating.UNVERIFIABLE));

    /** Five levels, worst to best, for a rating value placed on the feed's own worst..best scale. */
    private static final Rating[] SCALE = {Rating.FALSE, Rating.MOSTLY_FALSE, Rating.MIXED, Rating.MOSTLY_TRUE, Rating.TRUE};

    /** One review's items (claim always present unless the whole review was unmappable) and its problems. */
    record Mapped(ObjectNode source, List<Pending> documents, ClaimItem claim, List<BundleSchema.Violation> problems) {

        /** Items this review contributes to a job's total: each written item or reported problem counts once. */
        int itemCount() {
            int count = problems.size() + (source == null ? 0 : 1) + documents.size();
            return claim == null ? count : count + 1 + claim.stances().size() + claim.verdicts().size();
        }
    }

    private ClaimReviewMapper() {
    }

    static Mapped map(String pointer, JsonNode element) {
        JsonNode review = element.has("item") && element.get("item").isObject() ? element.get("item") : element;
        List<BundleSchema.Violation> problems = new ArrayList<>();
        if (!review.isObject()) {
            problems.add(new BundleSchema.Violation(pointer, "must be a ClaimReview object"));
            return new Mapped(null, List.of(), null, problems);
        }
        String at = review == element ? pointer : pointer + "/item";
        String text = text(review.get("claimReviewed")).orElse(null);
        if (text == null || text.length() < 10 || text.length() > 1000) {
            problems.add(new BundleSchema.Violation(at + "/claimReviewed",
                    "claimReviewed must be the reviewed claim's text, 10 to 1,000 characters"));
            return new Mapped(null, List.of(), null, problems);
        }
        ObjectNode claim = JsonNodeFactory.instance.objectNode().put("text", text);
        text(review.get("inLanguage")).ifPresent(language -> claim.put("language", language));

        ObjectNode source = null;
        List<Pending> documents = new ArrayList<>();
        List<Pending> stances = new ArrayList<>();
        JsonNode itemReviewed = review.path("itemReviewed");
        Optional<JsonNode> claimAuthor = first(itemReviewed.get("author"));
        Optional<String> authorName = claimAuthor.flatMap(author -> text(author.isObject() ? author.get("name") : author));
        Optional<String> reportedBy = organization(review);
        if (authorName.isPresent()) {
            source = JsonNodeFactory.instance.objectNode().put("name", authorName.get())
                    .put("kind", kind(claimAuthor.get().path("@type").asText("")));
            Optional<String> statedAt = instant(itemReviewed.get("datePublished"))
                    .or(() -> first(itemReviewed.get("firstAppearance")).flatMap(a -> instant(a.get("datePublished"))))
                    .or(() -> first(itemReviewed.get("appearance")).flatMap(a -> instant(a.get("datePublished"))))
                    .or(() -> instant(review.get("datePublished")));
            if (statedAt.isEmpty()) {
                problems.add(new BundleSchema.Violation(at + "/itemReviewed/datePublished",
                        "no date for the claim (itemReviewed.datePublished, its appearance or the review's datePublished): the stance is not recorded"));
            } else if (reportedBy.isEmpty()) {
                problems.add(new BundleSchema.Violation(at + "/author",
                        "no reviewer (author.name) to attribute the claim to " + authorName.get() + ": the stance is not recorded"));
            } else {
                // claimReviewed is the reviewer's paraphrase: an attribution by the reviewer, never a quote
                ObjectNode stance = JsonNodeFactory.instance.objectNode().put("source", authorName.get())
                        .put("stance", "ASSERTS").put("kind", "ATTRIBUTION").put("reportedBy", reportedBy.get())
                        .put("statedAt", statedAt.get());
                appearance(itemReviewed, at + "/itemReviewed", problems).ifPresent(document -> {
                    documents.add(document);
                    stance.put("document", document.body().get("url").asText());
                });
                stances.add(new Pending(at + "/itemReviewed", stance));
            }
        }

        List<Pending> verdicts = new ArrayList<>();
        verdict(review, at, problems).ifPresent(verdict -> verdicts.add(new Pending(at + "/reviewRating", verdict)));
        return new Mapped(source, documents, new ClaimItem(new Pending(at, claim), stances, verdicts), problems);
    }

    private static Optional<String> reviewer(JsonNode review) {
        return first(review.get("author")).flatMap(a -> text(a.isObject() ? a.get("name") : a));
    }

    /**
     * The reviewing organisation: the author, unless the author is a Person writing for the review's
     * {@code publisher} (then the publisher; the person stays the verdict's reviewer).
     */
    private static Optional<String> organization(JsonNode review) {
        Optional<JsonNode> author = first(review.get("author"));
        boolean person = author.map(a -> a.path("@type").asText("")).orElse("").equals("Person");
        Optional<String> publisher = first(review.get("publisher")).flatMap(p -> text(p.isObject() ? p.get("name") : p));
        return person && publisher.isPresent() ? publisher : reviewer(review);
    }

    /**
     * Where the claim was made: {@code firstAppearance}, else the first {@code appearance} (a CreativeWork with a
     * {@code url}, or the URL itself), as a document known by its URL: its title when the feed gives one, else the
     * URL; no archived text (we do not have it). A URL that is not absolute http(s) is reported.
     */
    private static Optional<Pending> appearance(JsonNode itemReviewed, String at, List<BundleSchema.Violation> problems) {
        for (String field : List.of("firstAppearance", "appearance")) {
            Optional<JsonNode> appearance = first(itemReviewed.get(field));
            if (appearance.isEmpty()) {
                continue;
            }
            JsonNode work = appearance.get();
            Optional<String> url = work.isObject() && !work.has("@value") ? text(work.get("url")).or(() -> text(work.get("@id")))
                    : text(work);
            String pointer = at + "/" + field;
            if (url.isEmpty() || !isHttpUrl(url.get())) {
                problems.add(new BundleSchema.Violation(pointer, "the appearance has no absolute http(s) url: the "
                        + "attribution is recorded without its document"));
                return Optional.empty();
            }
            String title = work.isObject() ? text(work.get("headline")).or(() -> text(work.get("name"))).orElse(url.get())
                    : url.get();
            ObjectNode document = JsonNodeFactory.instance.objectNode().put("url", url.get())
                    .put("title", title.length() > 500 ? title.substring(0, 500) : title);
            instant(work.isObject() ? work.get("datePublished") : null).ifPresent(date -> document.put("publishedAt", date));
            return Optional.of(new Pending(pointer, document));
        }
        return Optional.empty();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null && url.length() <= 2000
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    private static Optional<ObjectNode> verdict(JsonNode review, String at, List<BundleSchema.Violation> problems) {
        JsonNode rating = review.get("reviewRating");
        if (rating == null || !rating.isObject()) {
            problems.add(new BundleSchema.Violation(at + "/reviewRating", "no reviewRating: no verdict recorded"));
            return Optional.empty();
        }
        Optional<String> reviewer = reviewer(review);
        if (reviewer.isEmpty()) {
            problems.add(new BundleSchema.Violation(at + "/author", "no reviewer (author.name): no verdict recorded"));
            return Optional.empty();
        }
        Optional<Rating> mapped;
        try {
            mapped = rating(rating);
        } catch (IllegalArgumentException unmappable) {
            problems.add(new BundleSchema.Violation(at + "/reviewRating", unmappable.getMessage()));
            return Optional.empty();
        }
        if (mapped.isEmpty()) {
            problems.add(new BundleSchema.Violation(at + "/reviewRating",
                    "rating " + describe(rating) + " cannot be mapped: give a number on the best/worst scale or a known alternateName"));
            return Optional.empty();
        }
        String explanation = text(review.get("reviewBody")).or(() -> text(review.get("headline")))
                .or(() -> text(review.get("name"))).orElse("Rated " + describe(rating) + " by " + reviewer.get() + ".");
        // the review keeps its author (the reviewing organisation), its date and its url: it is theirs, not ours
        ObjectNode verdict = JsonNodeFactory.instance.objectNode().put("rating", mapped.get().name())
                .put("explanation", explanation).put("reviewer", reviewer.get())
                .put("organization", organization(review).orElse(reviewer.get()));
        JsonNode published = review.get("datePublished");
        Optional<String> publishedAt = instant(published);
        if (publishedAt.isPresent()) {
            verdict.put("publishedAt", publishedAt.get());
        } else if (published != null && !published.isNull()) {
            problems.add(new BundleSchema.Violation(at + "/datePublished", "datePublished " + published
                    + " is not a date: the verdict counts from when it is imported"));
        }
        Optional<String> url = text(review.get("url")).or(() -> text(review.get("@id")));
        url.filter(ClaimReviewMapper::isHttpUrl).ifPresent(u -> verdict.put("url", u));
        return Optional.of(verdict);
    }

    /**
     * A number (also given as a string) placed on the feed's worst..best scale (schema.org defaults 1..5) and
     * rounded to the nearest of five levels; without a number, the alternateName words. When both are given and
     * they disagree (5 of 5 labelled "False"), the rating is refused: which one the fact-checker meant is theirs
     * to say, not ours to guess.
     */
    static Optional<Rating> rating(JsonNode rating) {
        Optional<Rating> byNumber = numeric(rating);
        Optional<Rating> byLabel = words(rating.get("alternateName"));
        if (byNumber.isPresent() && byLabel.isPresent() && byNumber.get() != byLabel.get()) {
            throw new IllegalArgumentException("rating conflict: ratingValue " + value(rating.get("ratingValue"))
                    + " on the scale " + scale(rating) + " means " + byNumber.get() + " but alternateName \""
                    + text(rating.get("alternateName")).orElse("") + "\" means " + byLabel.get()
                    + ": no verdict recorded (make them agree in the feed)");
        }
        return byNumber.isPresent() ? byNumber : fallbackWords(rating);
    }

    private static String value(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static String scale(JsonNode rating) {
        return numberOr(rating, "worstRating", BigDecimal.ONE).toPlainString() + ".."
                + numberOr(rating, "bestRating", BigDecimal.valueOf(5)).toPlainString();
    }

    /** Without a number: a word in ratingValue, else alternateName. */
    private static Optional<Rating> fallbackWords(JsonNode rating) {
        if (text(rating.get("ratingValue")).isPresent()) {
            Optional<Rating> byWords = words(rating.get("ratingValue"));
            if (byWords.isPresent()) {
                return byWords;
            }
        }
        return words(rating.get("alternateName"));
    }

    private static Optional<Rating> numeric(JsonNode rating) {
        Optional<BigDecimal> value = number(rating.get("ratingValue"));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal best = numberOr(rating, "bestRating", BigDecimal.valueOf(5));
        BigDecimal worst = numberOr(rating, "worstRating", BigDecimal.ONE);
        if (best.compareTo(worst) == 0) {
            throw new IllegalArgumentException("bestRating and worstRating are equal: the scale has no direction");
        }
        BigDecimal position = value.get().subtract(worst).divide(best.subtract(worst), 6, RoundingMode.HALF_UP);
        if (position.signum() < 0 || position.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ratingValue " + value.get().toPlainString() + " lies outside the scale "
                    + worst.toPlainString() + ".." + best.toPlainString());
        }
        int level = position.multiply(BigDecimal.valueOf(SCALE.length - 1)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Optional.of(SCALE[level]);
    }

    private static BigDecimal numberOr(JsonNode rating, String field, BigDecimal fallback) {
        JsonNode node = rating.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        return number(node).orElseThrow(() -> new IllegalArgumentException(field + " must be a number"));
    }

    private static Optional<Rating> words(JsonNode node) {
        return text(node).map(ClaimReviewMapper::fold).map(RATING_WORDS::get);
    }

    static String fold(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[-_]", " ").replaceAll("[.!?]+$", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static Optional<BigDecimal> number(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject() && node.has("@value")) {
            return number(node.get("@value"));
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(new BigDecimal(node.asText().strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String describe(JsonNode rating) {
        return text(rating.get("alternateName")).map(name -> "\"" + name + "\"")
                .or(() -> Optional.ofNullable(rating.get("ratingValue")).map(JsonNode::toString))
                .orElse("(empty)");
    }

    private static String kind(String type) {
        return switch (type) {
            case "Person" -> "PERSON";
            case "GovernmentOrganization" -> "GOVERNMENT";
            case "NewsMediaOrganization" -> "MEDIA_OUTLET";
            default -> "ORGANIZATION";
        };
    }

    /** A date or date-time as an ISO instant (a bare date is taken as midnight UTC). */
    private static Optional<String> instant(JsonNode node) {
        return text(node).flatMap(value -> {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant().toString());
            } catch (DateTimeParseException notDateTime) {
                try {
                    return Optional.of(Instant.parse(value).toString());
                } catch (DateTimeParseException notInstant) {
                    try {
                        return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
                    } catch (DateTimeParseException notDate) {
                        return Optional.empty();
                    }
                }
            }
        });
    }

    private static Optional<JsonNode> first(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return node.isArray() ? Optional.ofNullable(node.get(0)) : Optional.of(node);
    }

    /** A non-blank string; also a JSON-LD value object's {@code @value} or a node reference's {@code @id}. */
    private static Optional<String> text(JsonNode node) {
        if (node != null && node.isObject()) {
            return text(node.has("@value") ? node.get("@value") : node.size() == 1 ? node.get("@id") : null);
        }
        return node != null && node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }
}
