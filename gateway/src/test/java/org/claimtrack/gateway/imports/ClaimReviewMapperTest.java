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
        // the paraphrase is the reviewer's: an attribution, never a quote
        assertEquals("ATTRIBUTION", stance.get("kind").asText());
        assertEquals("Checkers", stance.get("reportedBy").asText());
        assertNull(stance.get("quote"));
        JsonNode verdict = mapped.claim().verdicts().get(0).body();
        assertEquals("FALSE", verdict.get("rating").asText());
        assertEquals("Checkers", verdict.get("reviewer").asText());
        assertEquals("Checkers", verdict.get("organization").asText());
        assertEquals("https://checkers.example/r/1", verdict.get("url").asText());
        assertNull(verdict.get("publishedAt"), "no datePublished: counts from when it is imported");
        assertEquals(4, mapped.itemCount());
    }

    /** Review dates, author and url: the verdict keeps them; the claim's date and document come from itemReviewed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // row | itemReviewed | review extras | statedAt | verdict publishedAt | verdict url | document url | document title
            "date-time with offset | {'author': {'name': 'Senator X'}} | 'datePublished': '2022-01-05T10:00:00+02:00', 'url': 'https://checkers.example/r/2' "
                    + "| 2022-01-05T08:00:00Z | 2022-01-05T08:00:00Z | https://checkers.example/r/2 | | ",
            "bare date, url from @id | {'author': {'name': 'Senator X'}, 'datePublished': '2021-12-01'} | 'datePublished': '2022-01-05', '@id': 'https://checkers.example/r/3' "
                    + "| 2021-12-01T00:00:00Z | 2022-01-05T00:00:00Z | https://checkers.example/r/3 | | ",
            "value objects | {'author': {'name': 'Senator X'}} | 'datePublished': {'@type': 'Date', '@value': '2022-02-01'}, 'url': {'@id': 'https://checkers.example/r/4'} "
                    + "| 2022-02-01T00:00:00Z | 2022-02-01T00:00:00Z | https://checkers.example/r/4 | | ",
            "firstAppearance wins and dates the claim | {'author': {'name': 'Senator X'}, 'firstAppearance': {'@type': 'CreativeWork', 'url': 'https://news.example/first', 'headline': 'First said', 'datePublished': '2021-11-02'}, 'appearance': [{'url': 'https://news.example/later'}]} "
                    + "| 'datePublished': '2022-01-05' | 2021-11-02T00:00:00Z | 2022-01-05T00:00:00Z | | https://news.example/first | First said",
            "appearance as a list, title = url | {'author': {'name': 'Senator X'}, 'appearance': [{'url': 'https://news.example/a'}, {'url': 'https://news.example/b'}]} "
                    + "| 'datePublished': '2022-01-05' | 2022-01-05T00:00:00Z | 2022-01-05T00:00:00Z | | https://news.example/a | https://news.example/a",
            "appearance as a bare URL | {'author': {'name': 'Senator X'}, 'appearance': 'https://news.example/c'} "
                    + "| 'datePublished': '2022-01-05' | 2022-01-05T00:00:00Z | 2022-01-05T00:00:00Z | | https://news.example/c | https://news.example/c",
    })
    void reviewDatesAuthorUrlAndAppearances(String row, String itemReviewed, String extras, String statedAt, String publishedAt,
            String url, String documentUrl, String documentTitle) {
        ClaimReviewMapper.Mapped mapped = ClaimReviewMapper.map("/0", json("{'claimReviewed': 'The wall on the border is finished.', "
                + "'author': {'@type': 'Organization', 'name': 'Checkers'}, 'reviewRating': {'ratingValue': 2}, "
                + "'itemReviewed': " + itemReviewed + ", " + extras + "}"));
        assertEquals(List.of(), mapped.problems(), row);
        JsonNode stance = mapped.claim().stances().get(0).body();
        assertEquals(statedAt, stance.get("statedAt").asText(), row);
        JsonNode verdict = mapped.claim().verdicts().get(0).body();
        assertEquals(publishedAt, verdict.path("publishedAt").asText(null), row);
        assertEquals(url, verdict.path("url").asText(null), row);
        assertEquals("Checkers", verdict.get("organization").asText(), row);
        assertEquals(documentUrl, stance.path("document").asText(null), row);
        if (documentUrl == null) {
            assertEquals(List.of(), mapped.documents(), row);
        } else {
            JsonNode document = mapped.documents().get(0).body();
            assertEquals(documentUrl, document.get("url").asText(), row);
            assertEquals(documentTitle, document.get("title").asText(), row);
            assertNull(document.get("archivedText"), row);
            assertEquals(5, mapped.itemCount(), row);
        }
    }

    @Test
    void aPersonWritingForAFactCheckerIsTheReviewerAndTheFactCheckerTheOrganisation() {
        ClaimReviewMapper.Mapped mapped = ClaimReviewMapper.map("/0", json("""
                {'claimReviewed': 'The wall on the border is finished.', 'reviewRating': {'ratingValue': 1},
                 'author': {'@type': 'Person', 'name': 'Jane Checker'}, 'publisher': {'@type': 'Organization', 'name': 'Checkers'},
                 'itemReviewed': {'author': {'name': 'Senator X'}, 'datePublished': '2021-12-01'}}"""));
        JsonNode verdict = mapped.claim().verdicts().get(0).body();
        assertEquals("Jane Checker", verdict.get("reviewer").asText());
        assertEquals("Checkers", verdict.get("organization").asText());
        assertEquals("Checkers", mapped.claim().stances().get(0).body().get("reportedBy").asText());
    }

    @Test
    void aBadAppearanceOrDateIsReportedAndTheRestKept() {
        ClaimReviewMapper.Mapped mapped = ClaimReviewMapper.map("/2", json("""
                {'claimReviewed': 'The wall on the border is finished.', 'author': {'name': 'Checkers'},
                 'datePublished': 'last Tuesday', 'reviewRating': {'ratingValue': 1},
                 'itemReviewed': {'author': {'name': 'Senator X'}, 'datePublished': '2021-12-01',
                                  'appearance': {'url': 'ftp://files.example/x'}}}"""));
        assertEquals(List.of("/2/itemReviewed/appearance", "/2/datePublished"),
                mapped.problems().stream().map(BundleSchema.Violation::pointer).toList());
        assertNull(mapped.claim().stances().get(0).body().get("document"));
        assertNull(mapped.claim().verdicts().get(0).body().get("publishedAt"));
    }

    /** A number and a label that disagree are refused with both named, never resolved one way or the other. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'ratingValue': 5, 'alternateName': 'False'}                                   | ratingValue 5 on the scale 1..5 means TRUE but alternateName \"False\" means FALSE",
            "{'ratingValue': '1', 'alternateName': 'True'}                                  | ratingValue 1 on the scale 1..5 means FALSE but alternateName \"True\" means TRUE",
            "{'ratingValue': 2, 'alternateName': 'Unproven'}                                | means MOSTLY_FALSE but alternateName \"Unproven\" means UNVERIFIABLE",
            "{'ratingValue': 10, 'bestRating': 10, 'worstRating': 0, 'alternateName': 'Mostly false'} | ratingValue 10 on the scale 0..10 means TRUE",
    })
    void ratingConflictsAreRefused(String rating, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimReviewMapper.rating(json(rating)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(message), e.getMessage());
        ClaimReviewMapper.Mapped mapped = ClaimReviewMapper.map("/0", json("{'claimReviewed': 'The moon is made of cheese.', "
                + "'author': {'name': 'Checkers'}, 'reviewRating': " + rating + "}"));
        assertEquals(0, mapped.claim().verdicts().size());
        assertEquals("/0/reviewRating", mapped.problems().get(0).pointer());
        org.junit.jupiter.api.Assertions.assertTrue(mapped.problems().get(0).message().startsWith("rating conflict"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'ratingValue': 1, 'alternateName': 'False'}        | FALSE",
            "{'ratingValue': 4, 'alternateName': 'Mostly true'}  | MOSTLY_TRUE",
            "{'ratingValue': 5, 'alternateName': 'Four Pinocchios'} | TRUE",
    })
    void aNumberAndALabelThatAgreeOrAnUnknownLabelAreNoConflict(String rating, Rating expected) {
        assertEquals(Optional.of(expected), ClaimReviewMapper.rating(json(rating)));
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

    private static final String R1 = "{'@type': 'ClaimReview', 'claimReviewed': 'The wall on the border is finished.', "
            + "'author': {'@type': 'Organization', 'name': 'Checkers'}, 'reviewRating': {'ratingValue': 1}, "
            + "'itemReviewed': {'author': {'name': 'Senator X'}, 'datePublished': '2021-12-01'}}";
    private static final String R2 = "{'@type': 'ClaimReview', 'claimReviewed': 'Taxes were cut for everyone in 2021.', "
            + "'author': {'@type': 'Organization', 'name': 'Checkers'}, 'reviewRating': {'alternateName': 'Mostly true'}, "
            + "'itemReviewed': {'author': {'name': 'Senator Y'}, 'datePublished': '2021-12-02'}}";

    /** Every shape a fact-checker publishes, read as JSON-LD: the same two reviews, mapped the same way. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "top-level array | [" + "R1, R2] | /0 /1",
            "ItemList of ListItems | {'@context': 'https://schema.org', '@type': 'ItemList', 'itemListElement': [{'@type': 'ListItem', 'position': 1, 'item': R1}, {'@type': 'ListItem', 'position': 2, 'item': R2}]} "
                    + "| /itemListElement/0/item /itemListElement/1/item",
            "ItemList without a context | {'@type': 'ItemList', 'itemListElement': [R1, R2]} | /itemListElement/0 /itemListElement/1",
            "DataFeed | {'@context': 'https://schema.org/', '@type': 'DataFeed', 'dataFeedElement': [R1, R2]} | /dataFeedElement/0 /dataFeedElement/1",
            "DataFeed, http context | {'@context': 'http://schema.org', '@type': 'DataFeed', 'dataFeedElement': [R1, R2]} | /dataFeedElement/0 /dataFeedElement/1",
            "@graph | {'@context': 'https://schema.org', '@graph': [{'@type': 'WebPage', 'name': 'Our checks'}, R1, R2]} | /@graph/1 /@graph/2",
            "one ClaimReview and an object context | {'@context': {'@vocab': 'http://schema.org/'}, 'claimReviewed': 'The wall on the border is finished.', '@type': 'ClaimReview', "
                    + "'author': {'@type': 'Organization', 'name': 'Checkers'}, 'reviewRating': {'ratingValue': 1}, 'itemReviewed': {'author': {'name': 'Senator X'}, 'datePublished': '2021-12-01'}} | (root)",
    })
    void feedsOfEveryShapeAreReadAsJsonLd(String row, String document, String pointers) throws Exception {
        JsonLdFeed.Result feed = read(document.replace("R1", R1).replace("R2", R2));
        assertNull(feed.problem(), row);
        List<String> expected = pointers.equals("(root)") ? List.of("") : List.of(pointers.split(" "));
        assertEquals(expected, feed.reviews().stream().map(JsonLdFeed.Review::pointer).toList(), row);
        ClaimReviewMapper.Mapped first = ClaimReviewMapper.map(expected.get(0), feed.reviews().get(0).node());
        assertEquals(List.of(), first.problems(), row);
        assertEquals("The wall on the border is finished.", first.claim().claim().body().get("text").asText(), row);
        assertEquals("Senator X", first.source().get("name").asText(), row);
        assertEquals("FALSE", first.claim().verdicts().get(0).body().get("rating").asText(), row);
        assertEquals("Checkers", first.claim().verdicts().get(0).body().get("reviewer").asText(), row);
        if (expected.size() > 1) {
            ClaimReviewMapper.Mapped second = ClaimReviewMapper.map(expected.get(1), feed.reviews().get(1).node());
            assertEquals("MOSTLY_TRUE", second.claim().verdicts().get(0).body().get("rating").asText(), row);
        }
    }

    /** Contexts that rename terms or use prefixes come out as schema.org's plain names; node references are embedded. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "aliased terms | {'@context': {'s': 'https://schema.org/', 'review': 's:ClaimReview', 'claim': 's:claimReviewed', 'by': 's:author', "
                    + "'label': 's:name', 'verdict': 's:reviewRating', 'word': 's:alternateName', 'about': 's:itemReviewed', 'when': 's:datePublished', 'kind': '@type'}, "
                    + "'kind': 'review', 'claim': 'The wall on the border is finished.', 'by': {'label': 'Checkers'}, 'verdict': {'word': 'False'}, "
                    + "'about': {'by': {'label': 'Senator X'}, 'when': '2021-12-01'}}",
            "http prefix, typed url | {'@context': {'schema': 'http://schema.org/', 'url': {'@id': 'schema:url', '@type': '@id'}}, '@type': 'schema:ClaimReview', "
                    + "'schema:claimReviewed': 'The wall on the border is finished.', 'url': 'https://checkers.example/r/9', "
                    + "'schema:author': {'schema:name': 'Checkers'}, 'schema:reviewRating': {'schema:ratingValue': 1}, "
                    + "'schema:itemReviewed': {'schema:author': {'schema:name': 'Senator X'}, 'schema:datePublished': '2021-12-01'}}",
            "@graph with node references | {'@context': 'https://schema.org', '@graph': ["
                    + "{'@id': '#checkers', '@type': 'Organization', 'name': 'Checkers'}, {'@id': '#senator', '@type': 'Person', 'name': 'Senator X'}, "
                    + "{'@type': 'ClaimReview', 'claimReviewed': 'The wall on the border is finished.', 'author': {'@id': '#checkers'}, "
                    + "'reviewRating': {'ratingValue': 1}, 'itemReviewed': {'@type': 'Claim', 'author': {'@id': '#senator'}, 'datePublished': '2021-12-01'}}]}",
    })
    void aliasedAndPrefixedContextsReadAsSchemaOrg(String row, String document) throws Exception {
        JsonLdFeed.Result feed = read(document);
        assertNull(feed.problem(), row);
        assertEquals(1, feed.reviews().size(), row);
        ClaimReviewMapper.Mapped mapped = ClaimReviewMapper.map("/0", feed.reviews().get(0).node());
        assertEquals(List.of(), mapped.problems(), row);
        assertEquals("The wall on the border is finished.", mapped.claim().claim().body().get("text").asText(), row);
        assertEquals("Senator X", mapped.source().get("name").asText(), row);
        assertEquals("2021-12-01T00:00:00Z", mapped.claim().stances().get(0).body().get("statedAt").asText(), row);
        assertEquals("FALSE", mapped.claim().verdicts().get(0).body().get("rating").asText(), row);
        assertEquals("Checkers", mapped.claim().verdicts().get(0).body().get("reviewer").asText(), row);
    }

    @Test
    void aRemoteContextIsNeverFetchedAndIsReported() throws Exception {
        JsonLdFeed.Result feed = read("{'@context': 'https://w3id.org/fact-check/v1', '@type': 'DataFeed', 'dataFeedElement': [" + R1 + "]}");
        assertEquals(List.of(), feed.reviews());
        assertEquals("/@context", feed.problem().pointer());
        org.junit.jupiter.api.Assertions.assertTrue(feed.problem().message().contains("https://w3id.org/fact-check/v1 is not fetched"),
                feed.problem().message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"https://schema.org | true", "http://schema.org/ | true",
            "https://schema.org/docs/jsonldcontext.json | true", "https://www.schema.org | true",
            "https://schema.org.evil.example/ | false", "https://schema.org/Person | false", "ftp://schema.org/ | false"})
    void onlySchemaOrgsContextIsServed(String url, boolean served) {
        assertEquals(served, JsonLdFeed.isSchemaOrg(java.net.URI.create(url)));
    }

    private static JsonLdFeed.Result read(String document) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("feed", ".json");
        try {
            java.nio.file.Files.writeString(file, document.replace('\'', '"'));
            return JsonLdFeed.read(MAPPER, file);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
