package org.claimtrack.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.claimtrack.extraction.Extractor;
import org.claimtrack.extraction.Position;
import org.claimtrack.extraction.Proposal;
import org.claimtrack.extraction.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The goals on the seed article, kept from regressing (timing is the bench command's, never a test's). */
class SeedEvaluationTest {

    @Test
    void seedArticleMeetsTheGoals() throws IOException {
        SeedEvaluation.Score score = scoreOf("../seeds/geneva-2021-12-30.json");
        assertTrue(score.recall() >= 0.8, "recall " + score.recall() + ", missed " + score.missed());
        assertTrue(score.precision() >= 0.8, "precision " + score.precision() + ", unmatched " + score.unmatched());
        assertEquals(score.quotes(), score.verbatimQuotes());
        assertTrue(score.troopsClaim());
    }

    /**
     * Articles the rules were not written from (bench/eval: invented wire stories, annotated by hand before the
     * extraction first ran on them; docs/extraction.md has the first and the current scores). Kept from falling below
     * what they measure now.
     */
    @ParameterizedTest(name = "{0}: recall >= {1}, precision >= {2}")
    @CsvSource({
            "kharkiv-plant-2023-03-10, 0.8, 0.9",
            "measles-2024-04-02, 0.85, 0.85",
            "voting-law-2021-05-06, 0.75, 0.85",
            "bank-rates-2023-08-03, 0.85, 0.85",
            "chip-exports-2024-06-12, 0.7, 0.95",
            "floods-2022-08-28, 0.65, 0.65",
            "mayor-verdict-2024-03-15, 0.65, 0.65",
            "border-clash-2022-09-14, 0.8, 0.9",
            "election-dispute-2024-10-28, 0.6, 0.55",
            "emissions-report-2025-02-20, 0.7, 0.85",
            "deepfake-audio-2024-01-23, 0.4, 0.4",
            "sanctions-2024-08-23, 0.85, 0.85",
            "weight-drug-2025-06-10, 0.4, 0.35",
            "rail-strike-2023-11-02, 0.7, 0.85",
            "hospital-breach-2024-03-06, 0.8, 0.65",
            "wildfire-cause-2024-08-19, 0.5, 0.35"})
    void heldOutArticlesStayWhereTheyAre(String article, double recall, double precision) throws IOException {
        SeedEvaluation.Score score = scoreOf("../bench/eval/" + article + ".json");
        assertTrue(score.recall() >= recall, "recall " + score.recall() + ", missed " + score.missed());
        assertTrue(score.precision() >= precision, "precision " + score.precision() + ", unmatched " + score.unmatched());
        assertEquals(score.quotes(), score.verbatimQuotes());
    }

    /** Extracts from a bundle's document, with its parties and sources as the registry, and scores the proposals. */
    private static SeedEvaluation.Score scoreOf(String path) throws IOException {
        JsonNode bundle = new ObjectMapper().readTree(new File(path));
        JsonNode document = bundle.path("documents").get(0);
        List<Proposal> proposals = new Extractor(SeedEvaluation.registry(bundle))
                .extract(SeedEvaluation.article(bundle, document));
        return SeedEvaluation.score(bundle, document.path("archivedText").asText(), proposals);
    }

    @Test
    void anUnnamedNewSourceCountsForTheOneTheAnnotationRegistered() {
        SeedEvaluation.Triple proposed = new SeedEvaluation.Triple("x", "Two people familiar with the matter",
                Position.ASSERTS, true);
        assertTrue(SeedEvaluation.sameSide(proposed,
                new SeedEvaluation.Triple("x", "People familiar with the matter", Position.ASSERTS, false)));
        assertFalse(SeedEvaluation.sameSide(proposed,
                new SeedEvaluation.Triple("x", "People familiar with the investigation", Position.ASSERTS, false)));
        assertFalse(SeedEvaluation.sameSide(new SeedEvaluation.Triple("x", "Two people familiar with the matter",
                Position.ASSERTS, false), new SeedEvaluation.Triple("x", "People familiar with the matter",
                Position.ASSERTS, false)), "a registered source is its own side");
    }

    @Test
    void scoringCountsOnlyMatchingSideAndPositionAndRefusesInventedQuotes() throws IOException {
        JsonNode bundle = new ObjectMapper().readTree(new File("../seeds/geneva-2021-12-30.json"));
        SeedEvaluation.Score nothing = SeedEvaluation.score(bundle, "text", List.of());
        assertEquals(24, nothing.expected());
        assertEquals(0, nothing.matched());
        assertFalse(nothing.troopsClaim());
        assertFalse(SeedEvaluation.verbatim("Moscow denied it.", new Quote("Kiev denied", "", " it.", 0, 11)));
        assertTrue(ClaimSimilarity.coverage("Russia has deployed up to 100,000 soldiers on the borders of Ukraine",
                "Russia has deployed up to 100,000 soldiers on Ukraine's borders.") >= 0.99);
        assertTrue(ClaimSimilarity.coverage("Biden will call Putin on Thursday",
                "Russia has deployed up to 100,000 soldiers on Ukraine's borders.") < 0.2);
    }
}
