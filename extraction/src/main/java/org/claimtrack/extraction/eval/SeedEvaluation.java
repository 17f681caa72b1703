package org.claimtrack.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrack.extraction.Article;
import org.claimtrack.extraction.Extractor;
import org.claimtrack.extraction.InMemoryRegistry;
import org.claimtrack.extraction.Position;
import org.claimtrack.extraction.Proposal;
import org.claimtrack.extraction.ProposedStance;
import org.claimtrack.extraction.Quote;
import org.claimtrack.extraction.Speaker;

/**
 * The evaluation command behind {@code bench/extract-eval.sh}: extracts from a seed bundle's document with the
 * bundle's parties and sources as the registry (what a deployment holds after the seeds were loaded), and scores
 * the proposals against the bundle's hand-written claims and stances.
 *
 * <p>Scored: every ASSERTS and DENIES stance as (claim, side, position), the side being the source's party or the
 * source itself when it has none (as the status rules count). A proposal matches a hand-written stance with the same
 * side and position when its claim covers at least {@value #THRESHOLD} of the hand-written claim's content words
 * ({@link ClaimSimilarity}); each proposal and each hand-written stance is matched at most once, and the matching
 * is the largest such one.
 */
public final class SeedEvaluation {

    static final double THRESHOLD = 0.5;

    /** A stance as scored; {@code newSource}: proposed for a source the registry does not hold. */
    record Triple(String claim, String side, Position position, boolean newSource) {
    }

    /**
     * The same side, or a new unnamed source the reviewer would link to the one the annotation registered: "Two people
     * familiar with the matter" is "People familiar with the matter" (every word of the proposal's name but numbers,
     * two or more, in the registered name). Only the evaluation links them: the extraction never merges an unnamed
     * source into a registered one, as the same words in two stories are two different people.
     */
    static boolean sameSide(Triple proposed, Triple expected) {
        if (proposed.side().equals(expected.side())) {
            return true;
        }
        Set<String> words = nameWords(proposed.side());
        return proposed.newSource() && words.size() >= 2 && nameWords(expected.side()).containsAll(words);
    }

    private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six", "several", "some");

    /** The registry's words of a name (folded as it folds them), without counts and short words. */
    private static Set<String> nameWords(String name) {
        Set<String> words = InMemoryRegistry.words(name);
        words.removeIf(word -> word.length() <= 2 || COUNTS.contains(word) || word.equals("the"));
        return words;
    }

    record Pair(int proposed, int expected, double coverage) {
    }

    private static boolean augment(int p, List<Pair> pairs, int[] expectedTo, boolean[] seen) {
        for (Pair pair : pairs) {
            if (pair.proposed() != p || seen[pair.expected()]) {
                continue;
            }
            seen[pair.expected()] = true;
            if (expectedTo[pair.expected()] < 0 || augment(expectedTo[pair.expected()], pairs, expectedTo, seen)) {
                expectedTo[pair.expected()] = p;
                return true;
            }
        }
        return false;
    }

    record Score(int expected, int proposed, int matched, int quotes, int verbatimQuotes, boolean troopsClaim,
            List<String> missed, List<String> unmatched) {
        double recall() {
            return expected == 0 ? 0 : (double) matched / expected;
        }

        double precision() {
            return proposed == 0 ? 0 : (double) matched / proposed;
        }

        double verbatimShare() {
            return quotes == 0 ? 0 : (double) verbatimQuotes / quotes;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SeedEvaluation <bundle.json>");
            System.exit(2);
        }
        JsonNode bundle = new ObjectMapper().readTree(new File(args[0]));
        JsonNode document = bundle.path("documents").get(0);
        String text = document.path("archivedText").asText();
        Extractor extractor = new Extractor(registry(bundle));
        Article article = article(bundle, document);
        List<Proposal> proposals = extractor.extract(article);

        for (Proposal proposal : proposals) {
            System.out.println("• " + proposal.claimText());
            for (ProposedStance stance : proposal.stances()) {
                System.out.printf(Locale.ROOT, "    %-9s %s [%s]%s  (%.2f, %s)%n", stance.position(),
                        stance.speaker().name(), stance.speaker().side(), stance.speaker().known() ? "" : " (new)",
                        stance.confidence(), stance.reason());
            }
        }
        Score score = score(bundle, text, proposals);
        System.out.println();
        score.missed().forEach(m -> System.out.println("missed:    " + m));
        score.unmatched().forEach(m -> System.out.println("unmatched: " + m));
        System.out.println();
        System.out.printf(Locale.ROOT, "ASSERTS/DENIES stances: %d hand-written, %d proposed, %d matched%n",
                score.expected(), score.proposed(), score.matched());
        System.out.printf(Locale.ROOT, "recall    %.2f (goal >= 0.80)%n", score.recall());
        System.out.printf(Locale.ROOT, "precision %.2f (goal >= 0.80)%n", score.precision());
        System.out.printf(Locale.ROOT, "verbatim quotes %d of %d = %.0f%% (goal 100%%)%n", score.verbatimQuotes(),
                score.quotes(), score.verbatimShare() * 100);
        if (bundle.toString().contains("100,000 soldiers")) { // the seed article's founding claim
            System.out.println("troops claim with Ukraine and West asserting, Russia denying: "
                    + (score.troopsClaim() ? "yes" : "NO"));
        }
        timing(extractor, article);
    }

    static Article article(JsonNode bundle, JsonNode document) {
        String publisher = document.path("publisher").asText();
        JsonNode publisherSource = null;
        for (JsonNode source : bundle.path("sources")) {
            if (source.path("name").asText().equals(publisher)) {
                publisherSource = source;
            }
        }
        String party = publisherSource == null || publisherSource.path("affiliation").asText().isBlank() ? null
                : publisherSource.path("affiliation").asText();
        return new Article(document.path("archivedText").asText(), document.path("language").asText("en"),
                Instant.parse(document.path("publishedAt").asText()),
                new Speaker(publisher, publisher, publisher, "MEDIA_OUTLET", party));
    }

    static InMemoryRegistry registry(JsonNode bundle) {
        InMemoryRegistry registry = new InMemoryRegistry();
        for (JsonNode party : bundle.path("parties")) {
            List<String> aliases = new ArrayList<>();
            party.path("aliases").forEach(a -> aliases.add(a.asText()));
            registry.party(party.path("name").asText(), party.path("name").asText(), aliases);
        }
        for (JsonNode source : bundle.path("sources")) {
            registry.source(source.path("name").asText(), source.path("name").asText(), source.path("kind").asText(),
                    source.path("affiliation").asText(), source.hasNonNull("memberOf"));
        }
        return registry;
    }

    static Score score(JsonNode bundle, String text, List<Proposal> proposals) {
        InMemoryRegistry registry = registry(bundle);
        List<Triple> expected = new ArrayList<>();
        for (JsonNode claim : bundle.path("claims")) {
            for (JsonNode stance : claim.path("stances")) {
                Position position = Position.valueOf(stance.path("stance").asText());
                if (position != Position.ASSERTS && position != Position.DENIES) {
                    continue;
                }
                String source = stance.path("source").asText();
                String side = registry.source(source).map(s -> s.partyName() == null ? s.name() : s.partyName())
                        .orElse(source);
                expected.add(new Triple(claim.path("text").asText(), side, position, false));
            }
        }
        List<Triple> proposed = new ArrayList<>();
        int quotes = 0;
        int verbatim = 0;
        for (Proposal proposal : proposals) {
            for (ProposedStance stance : proposal.stances()) {
                quotes++;
                if (verbatim(text, stance.quote())) {
                    verbatim++;
                }
                if (stance.position() == Position.ASSERTS || stance.position() == Position.DENIES) {
                    proposed.add(new Triple(proposal.claimText(), stance.speaker().side(), stance.position(),
                            !stance.speaker().known()));
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < proposed.size(); p++) {
            for (int e = 0; e < expected.size(); e++) {
                Triple a = proposed.get(p);
                Triple b = expected.get(e);
                double coverage = ClaimSimilarity.coverage(a.claim(), b.claim());
                if (sameSide(a, b) && a.position() == b.position() && coverage >= THRESHOLD) {
                    pairs.add(new Pair(p, e, coverage));
                }
            }
        }
        // the largest one-to-one matching (augmenting paths): a proposal that fits two hand-written stances
        // takes the one nothing else fits
        int[] expectedTo = new int[expected.size()];
        java.util.Arrays.fill(expectedTo, -1);
        for (int p = 0; p < proposed.size(); p++) {
            augment(p, pairs, expectedTo, new boolean[expected.size()]);
        }
        Set<Integer> usedProposed = new HashSet<>();
        Set<Integer> usedExpected = new HashSet<>();
        List<Pair> matches = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (expectedTo[e] >= 0) {
                usedProposed.add(expectedTo[e]);
                usedExpected.add(e);
                matches.add(new Pair(expectedTo[e], e, 0));
            }
        }
        int troopsClaim = -1;
        for (int e = 0; e < expected.size(); e++) {
            if (expected.get(e).claim().contains("100,000")) {
                troopsClaim = e;
            }
        }
        boolean troops = troopsClaim >= 0 && troopsHandled(expected, proposed, matches.stream()
                .map(m -> new int[] {m.proposed(), m.expected()}).toList(), expected.get(troopsClaim).claim());
        List<String> missed = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (!usedExpected.contains(e)) {
                missed.add(expected.get(e).position() + " " + expected.get(e).side() + ": " + expected.get(e).claim());
            }
        }
        List<String> unmatched = new ArrayList<>();
        for (int p = 0; p < proposed.size(); p++) {
            if (!usedProposed.contains(p)) {
                unmatched.add(proposed.get(p).position() + " " + proposed.get(p).side() + ": "
                        + proposed.get(p).claim());
            }
        }
        return new Score(expected.size(), proposed.size(), matches.size(), quotes, verbatim, troops, missed,
                unmatched);
    }

    /** The troops claim's three ASSERTS/DENIES stances (Ukraine, West asserting; Russia denying) are all matched. */
    private static boolean troopsHandled(List<Triple> expected, List<Triple> proposed, List<int[]> matches,
            String claim) {
        Set<String> wanted = Set.of("Ukraine/ASSERTS", "West/ASSERTS", "Russia/DENIES");
        Set<String> found = new HashSet<>();
        for (int[] match : matches) {
            Triple e = expected.get(match[1]);
            if (e.claim().equals(claim)) {
                found.add(e.side() + "/" + e.position());
            }
        }
        return found.containsAll(wanted);
    }

    /** The quote is the text between its offsets, and prefix + exact + suffix is in the document. */
    static boolean verbatim(String text, Quote quote) {
        return quote.end() <= text.length() && text.substring(quote.start(), quote.end()).equals(quote.exact())
                && text.contains(quote.prefix() + quote.exact() + quote.suffix()) && !quote.exact().isBlank();
    }

    /** Extraction time for an article of about 1,000 words: the seed text repeated, median of 50 runs. */
    static void timing(Extractor extractor, Article seed) {
        StringBuilder longer = new StringBuilder();
        while (longer.toString().split("\\s+").length < 1000) {
            longer.append(seed.text()).append("\n\n");
        }
        String[] words = longer.toString().split("(?<=\\s)");
        StringBuilder thousand = new StringBuilder();
        int count = 0;
        for (String word : words) {
            thousand.append(word);
            if (!word.isBlank() && ++count >= 1000 && word.endsWith("\n")) {
                break;
            }
        }
        Article article = new Article(thousand.toString(), seed.language(), seed.publishedAt(), seed.publisher());
        for (int i = 0; i < 20; i++) {
            extractor.extract(article);
        }
        long[] runs = new long[50];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            extractor.extract(article);
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        int wordCount = thousand.toString().trim().split("\\s+").length;
        System.out.printf(Locale.ROOT, "time for a %d-word article: median %.1f ms, slowest %.1f ms (goal < 500 ms;"
                + " first run in a fresh JVM not counted)%n", wordCount, runs[runs.length / 2] / 1e6,
                runs[runs.length - 1] / 1e6);
    }
}
