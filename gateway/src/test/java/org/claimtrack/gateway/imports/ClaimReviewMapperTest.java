package org.claimtrack.gateway.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.claimtrack.gateway.model.Rating;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClaimReviewMapperTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(String json) {
        try {
            return MAPPER.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'ratingValue': 5}                                        | TRUE",
            "{'ratingValue': 4}                                        | MOSTLY_TRUE",
            "{'ratingValue': 3}                                        | MIXED",
            "{'ratingValue': '2'}                                      | MOSTLY_FALSE",
            "{'ratingValue': ' 1 '}                                    | FALSE",
            "{'ratingValue': 1, 'bestRating': 7, 'worstRating': 1}     | FALSE",
            "{'ratingValue': 7, 'bestRating': '7', 'worstRating': '1'} | TRUE",
            "{'ratingValue': 4, 'bestRating': 7, 'worstRating': 1}     | MIXED",
            "{'ratingValue': 0, 'bestRating': 0, 'worstRating': 10}    | TRUE",
            "{'ratingValue': 0.8, 'bestRating': 1, 'worstRating': 0}   | MOSTLY_TRUE",
            "{'alternateName': 'Pants on Fire!'}                       | FALSE",
            "{'alternateName': 'Half-True'}                            | MIXED",
            "{'alternateName': 'Mostly false'}                         | MOSTLY_FALSE",
            "{'alternateName': 'Unproven'}                             | UNVERIFIABLE",
            "{'ratingValue': 'False', 'alternateName': 'Wrong words'}  | FALSE",
            "{'ratingValue': '', 'alternateName': 'Correct'}           | TRUE",
    })
    void ratingsMapOnTheFeedsOwnScale(String rating, Rating expected) {
        assertEquals(Optional.of(expected), ClaimReviewMapper.rating(json(rating)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"{'alternateName': 'Needs context'}", "{}", "{'ratingValue': 'seven'}"})
    void unknownWordsAreNotGuessed(String rating) {
        assertEquals(Optional.empty(), ClaimReviewMapper.rating(json(rating)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"{'ratingValue': 6}", "{'ratingValue': 0}", "{'ratingValue': 3, 'bestRating': 3, 'worstRating': 3}",
            "{'ratingValue': 3, 'bestRating': 'high'}"})
    void valuesOffTheScaleAreRefused(String rating) {
        assertThrows(IllegalArgumentException.class, () -> ClaimReviewMapper.rating(json(rating)));
    }

    @Test
    void aFullReviewMapsToSourceClaimStanceAndVerdict() {
        ClaimReviewMapper.Mapped mapped = ClaimReviewMapper.map("/0", json("""
                {'@type': 'ClaimReview', 'claimReviewed': 'Russia has no troops near Ukraine.',
                 'itemReviewed': {'@type': 'Claim', 'datePublished': '2021-12-30',
                                  'author': {'@type': 'GovernmentOrganization', 'name': 'Government of Russia'}},
                 'author': {'@type': 'Organization', 'name': 'Checkers'},
                 'reviewRating': {'@type': 'Rating', 'ratingValue': '1', 'alternateName': 'False'},
                 'url': 'https://checkers.example/r/1'}"""));
        assertEquals(List.of(), mapped.problems());
        assertEquals("GOVERNMENT", mapped.source().get("kind").asText());
        assertEquals("Russia has no troops near Ukraine.", mapped.claim().claim().body().get("text").asText());
        JsonNode stance = mapped.claim().stances().get(0).body();
        assertEquals("ASSERTS", stance.get("stance").asText());
        assertEquals("Government of Russia", stance.get("source").asText());
        assertEquals("2021-12-30T00:00:00Z", stance.get("statedAt").asText());
        JsonNode verdict = mapped.claim().verdicts().get(0).body();
        assertEquals("FALSE", verdict.get("rating").asText());
        assertEquals("Checkers", verdict.get("reviewer").asText());
        assertEquals(4, mapped.itemCount());
    }

    @Test
    void unmappablePartsAreReportedWithPointers() {
        ClaimReviewMapper.Mapped noClaim = ClaimReviewMapper.map("/itemListElement/3", json("{'item': {'reviewRating': {'ratingValue': 1}}}"));
        assertNull(noClaim.claim());
        assertEquals("/itemListElement/3/item/claimReviewed", noClaim.problems().get(0).pointer());

        ClaimReviewMapper.Mapped badRating = ClaimReviewMapper.map("/1", json("""
                {'claimReviewed': 'The moon is made of cheese.', 'author': {'name': 'Checkers'},
                 'reviewRating': {'alternateName': 'Needs context'}}"""));
        assertEquals(List.of("/1/reviewRating"), badRating.problems().stream().map(BundleSchema.Violation::pointer).toList());
        assertEquals(0, badRating.claim().verdicts().size());
        assertEquals(2, badRating.itemCount());
    }
}
