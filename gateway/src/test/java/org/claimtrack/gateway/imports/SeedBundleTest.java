package org.claimtrack.gateway.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-curated seed bundle: valid against the schema, every quote verbatim and located in its document. */
class SeedBundleTest {

    static final Path SEEDS = Path.of("..", "seeds");
    static final Path BUNDLE = SEEDS.resolve("geneva-2021-12-30.json");
    static final Path ARTICLE = SEEDS.resolve("documents/000_7a33fa508537bb30.txt");

    static final ObjectMapper MAPPER = new ObjectMapper();
    static JsonNode bundle;
    static BundleSchema schema;
    static Map<String, String> textsByUrl = new HashMap<>();
    static Map<String, JsonNode> sourcesByName = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        bundle = MAPPER.readTree(BUNDLE.toFile());
        schema = BundleSchema.of(Files.readString(SEEDS.resolve("bundle.schema.json")));
        bundle.get("documents").forEach(d -> textsByUrl.put(d.get("url").asText(), d.get("archivedText").asText()));
        bundle.get("sources").forEach(s -> sourcesByName.put(s.get("name").asText(), s));
    }

    @Test
    void seedBundleValidatesAgainstTheSchema() {
        assertEquals(List.of(), schema.validate(BundleSchema.Part.BUNDLE, bundle, ""));
    }

    @Test
    void theSchemaRejectsWhatIsWrongWithPointers() {
        ObjectNode broken = bundle.deepCopy();
        ObjectNode stance = (ObjectNode) broken.get("claims").get(0).get("stances").get(2);
        stance.remove("quote");
        stance.put("stance", "CLAIMS");
        ((ObjectNode) broken.get("sources").get(1)).put("reliability", "G");
        ((ObjectNode) broken.get("claims").get(1)).put("text", "too short");

        List<String> pointers = schema.validate(BundleSchema.Part.BUNDLE, broken, "").stream()
                .map(BundleSchema.Violation::pointer).toList();

        assertTrue(pointers.contains("/claims/0/stances/2"), pointers.toString());
        assertTrue(pointers.contains("/claims/0/stances/2/stance"), pointers.toString());
        assertTrue(pointers.contains("/sources/1/reliability"), pointers.toString());
        assertTrue(pointers.contains("/claims/1/text"), pointers.toString());
    }

    @Test
    void itemsValidateOneByOneAsTheyStream() {
        JsonNode claim = bundle.get("claims").get(0);
        assertEquals(List.of(), schema.validate(BundleSchema.Part.CLAIM, claim, "/claims/0"));
        ObjectNode broken = claim.deepCopy();
        broken.put("eventTime", "30 December 2021");
        assertEquals(List.of("/claims/0/eventTime"), schema.validate(BundleSchema.Part.CLAIM, broken, "/claims/0").stream()
                .map(BundleSchema.Violation::pointer).distinct().toList());
    }

    @Test
    void theDocumentIsTheFoundingArticleAsGiven() throws IOException {
        JsonNode document = bundle.get("documents").get(0);
        String article = Files.readString(ARTICLE);
        assertEquals(article, document.get("archivedText").asText());
        assertEquals(article.lines().findFirst().orElseThrow(), document.get("title").asText());
        assertTrue(sourcesByName.containsKey(document.get("publisher").asText()));
    }

    @Test
    void everyQuoteIsVerbatimInItsDocumentAndItsSelectorFindsIt() {
        int stances = 0;
        for (JsonNode claim : bundle.get("claims")) {
            for (JsonNode stance : claim.get("stances")) {
                stances++;
                String where = claim.get("text").asText() + " / " + stance.get("source").asText();
                String text = textsByUrl.get(stance.get("document").asText());
                assertNotNull(text, "document of " + where);
                String quote = stance.get("quote").asText();
                assertTrue(text.contains(quote), "quote not verbatim: " + where);

                JsonNode selector = stance.get("selector");
                assertEquals(quote, selector.get("exact").asText(), where);
                int at = locate(text, selector.get("prefix").asText(), quote, selector.get("suffix").asText());
                assertTrue(at >= 0, "selector does not locate: " + where);
                assertEquals(quote, text.substring(at, at + quote.length()), where);
            }
        }
        assertTrue(stances >= 12, "stances: " + stances);
    }

    /** Where prefix + exact + suffix occurs (exactly once), as the start of exact; -1 when absent or ambiguous. */
    static int locate(String text, String prefix, String exact, String suffix) {
        String whole = prefix + exact + suffix;
        int first = text.indexOf(whole);
        if (first < 0 || text.indexOf(whole, first + 1) >= 0) {
            return -1;
        }
        return first + prefix.length();
    }

    @Test
    void theSelectorCheckFailsForAQuoteNotInTheText() {
        String text = textsByUrl.values().iterator().next();
        assertEquals(-1, locate(text, "Moscow ", "has denied everything", ""));
        assertFalse(text.contains("Russia has deployed up to 100,000 soldiers on Ukraine's borders"),
                "the claim is a paraphrase; only quotes are verbatim");
    }

    @Test
    void everyReferenceResolvesInsideTheBundleAndClaimsAreUnique() {
        Set<String> texts = new HashSet<>();
        for (JsonNode source : bundle.get("sources")) {
            if (source.has("memberOf")) {
                assertTrue(sourcesByName.containsKey(source.get("memberOf").asText()), source.toString());
            }
        }
        for (JsonNode claim : bundle.get("claims")) {
            assertTrue(texts.add(Writer.fold(claim.get("text").asText())), "duplicate claim " + claim.get("text"));
            for (JsonNode stance : claim.get("stances")) {
                assertTrue(sourcesByName.containsKey(stance.get("source").asText()), stance.get("source").asText());
                Instant statedAt = Instant.parse(stance.get("statedAt").asText());
                assertTrue(!statedAt.isBefore(Instant.parse("2021-12-29T00:00:00Z"))
                        && statedAt.isBefore(Instant.parse("2021-12-31T00:00:00Z")), "statedAt " + statedAt);
            }
        }
        assertTrue(texts.size() >= 12, "claims: " + texts.size());
    }

    @Test
    void troopsClaimIsAssertedByUkraineAndTheWestBeforeMoscowDeniesIt() {
        JsonNode troops = null;
        for (JsonNode claim : bundle.get("claims")) {
            if (claim.get("text").asText().contains("100,000")) {
                troops = claim;
            }
        }
        assertNotNull(troops);
        Map<String, String> partyByStance = new HashMap<>();
        Instant latestAssertion = Instant.MIN;
        Instant denial = null;
        for (JsonNode stance : troops.get("stances")) {
            JsonNode source = sourcesByName.get(stance.get("source").asText());
            String kind = stance.get("stance").asText();
            Instant at = Instant.parse(stance.get("statedAt").asText());
            partyByStance.merge(kind, source.get("affiliation").asText(), (a, b) -> a + "," + b);
            if (kind.equals("ASSERTS") && at.isAfter(latestAssertion)) {
                latestAssertion = at;
            }
            if (kind.equals("DENIES")) {
                denial = at;
            }
        }
        assertEquals(Set.of("Ukraine", "West"), Set.of(partyByStance.get("ASSERTS").split(",")));
        assertEquals("Russia", partyByStance.get("DENIES"));
        assertEquals("GROUP", sourcesByName.get("Western countries").get("kind").asText());
        assertNotNull(denial);
        assertTrue(latestAssertion.isBefore(denial), "assertions must precede the denial");
    }

    @Test
    void everySourceTheArticleNamesIsOnRecord() {
        for (String name : List.of("Russian Foreign Ministry", "Maria Zakharova", "Sergey Ryabkov", "Vladimir Putin",
                "Government of Russia", "Government of Ukraine", "Volodymyr Zelensky",
                "National Security and Defense Council of Ukraine", "US National Security Council", "US State Department",
                "White House", "Joe Biden", "Antony Blinken", "Wendy Sherman", "Liz Truss", "Western countries", "NATO",
                "OSCE", "Alexander Lukashenko")) {
            assertTrue(sourcesByName.containsKey(name), name);
        }
        assertEquals("Maria Zakharova", sourcesByName.values().stream()
                .filter(s -> "Russian Foreign Ministry".equals(s.path("memberOf").asText())
                        && s.get("name").asText().startsWith("Maria")).findFirst().orElseThrow().get("name").asText());
        assertTrue(sourcesByName.values().stream().anyMatch(s -> s.get("kind").asText().equals("MEDIA_OUTLET")));
    }
}
