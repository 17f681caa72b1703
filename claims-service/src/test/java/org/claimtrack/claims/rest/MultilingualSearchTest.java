package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.claimBody;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * q on a corpus in ten languages (docs/search.md): a query in each language finds its claims, inflected forms in the
 * European languages, words inside unsegmented Chinese, Japanese and Thai, tags, quoted phrases, relevance order.
 * Every search is scoped to this class's corpus by its tag, so claims of other tests do not interfere.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultilingualSearchTest {

    private final String corpus = "corpus-" + UUID.randomUUID();
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
        if (ids.isEmpty()) { // once, with the application running (it is not yet in @BeforeAll)
            writeCorpus();
        }
    }

    private void writeCorpus() {
        claim("en-troops", "en", "Russia has deployed up to 100,000 soldiers on the borders of Ukraine", "troops");
        claim("en-talks", "en", "The delegations met in Geneva for security talks on Thursday", "diplomacy");
        claim("es", "es", "Los soldados rusos se concentraron en las fronteras de Ucrania");
        claim("fr", "fr", "Les soldats russes sont massés à la frontière de l'Ukraine");
        claim("ru", "ru", "Россия разместила войска у границы Украины");
        claim("uk", "uk", "Росія зосередила війська біля кордону України");
        claim("ar", "ar", "روسيا نشرت قوات كبيرة على حدود أوكرانيا");
        claim("hi", "hi", "रूस ने यूक्रेन की सीमा पर सैनिक तैनात किए");
        claim("hi-other", "hi", "सम विषम योजना दिल्ली में लागू की गई");
        claim("zh", "zh", "俄罗斯在乌克兰边境部署了十万名士兵");
        claim("ja", "ja", "ロシアはウクライナとの国境に兵士を配備した");
        claim("th", "th", "รัสเซียส่งทหารไปประจำการที่ชายแดนยูเครน");
    }

    private void claim(String key, String language, String text, String... tags) {
        List<String> all = new ArrayList<>(List.of(tags));
        all.add(corpus);
        Map<String, Object> body = claimBody(text + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("tags", all);
        body.put("language", language);
        ids.put(key, createClaim(body));
    }

    private List<String> found(String q) {
        List<String> items = given().get("/claims?tag={t}&q={q}&size=50", corpus, q).then().statusCode(200)
                .extract().path("items.id");
        List<String> keys = new ArrayList<>();
        ids.forEach((key, id) -> {
            if (items.contains(id)) {
                keys.add(key);
            }
        });
        return keys;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en-troops | soldier border",          // inflections: soldiers, borders
        "en-troops | SOLDIERS Ukraine 100000", // case, numbers without separators
        "es        | soldado frontera",        // soldados, fronteras
        "fr        | soldat frontières",       // soldats, frontière
        "ru        | граница войска",          // границы
        "uk        | кордон війська",          // кордону
        "ar        | حدود قوات",
        "hi        | सीमा सैनिक",
        "zh        | 边境",                    // a word inside an unsegmented sentence
        "zh        | 士兵",
        "ja        | 国境",
        "ja        | 兵士",
        "th        | ชายแดน",                  // Thai has no spaces between words
        "th        | ทหาร",
    })
    void aQueryInEachLanguageFindsItsClaims(String key, String q) {
        assertEquals(List.of(key), found(q), "q=" + q);
    }

    @Test
    void wordsThatAreNotThereFindNothing() {
        assertEquals(List.of(), found("石油"));           // oil: not in the Chinese claim
        assertEquals(List.of(), found("tanks border"));   // every word is required
        assertEquals(List.of("hi-other"), found("सम"));  // Devanagari keeps its vowel signs: सम is not सीमा
        assertEquals(List.of(), found("!!! ..."));        // punctuation only
    }

    @Test
    void tagsAreSearchable() {
        assertEquals(List.of("en-troops"), found("troops"));
        assertEquals(List.of("en-talks"), found("diplomacy"));
    }

    @Test
    void quotedPhrasesMatchAsPhrases() {
        assertEquals(List.of("en-troops"), found("\"borders of Ukraine\""));
        assertEquals(List.of(), found("\"Ukraine of borders\""));
        assertEquals(List.of("en-talks"), found("\"security talks\" Geneva"));
    }

    @Test
    void relevanceRanksTheBetterMatchFirstAndCountsFollowTheQuery() {
        String tag = "relevance-" + UUID.randomUUID();
        Map<String, Object> focused = claimBody("Energy sanctions: sanctions on Russian energy " + UUID.randomUUID());
        focused.put("tags", List.of(tag));
        String focusedId = createClaim(focused);
        Map<String, Object> passing = claimBody("The ministers discussed trade, travel, visas, fisheries, energy and, "
                + "late in the evening, sanctions " + UUID.randomUUID());
        passing.put("tags", List.of(tag));
        String passingId = createClaim(passing);
        given().get("/claims?tag={t}&q=energy sanctions&sort=relevance", tag).then().statusCode(200)
                .body("items.id", equalTo(List.of(focusedId, passingId))).body("total", equalTo(2));
        given().get("/claims?tag={t}&q=energy sanctions&sort=createdAt,desc", tag).then()
                .body("items.id", equalTo(List.of(passingId, focusedId)));
        given().get("/claims?tag={t}&q=energy sanctions&size=1&page=1&sort=relevance", tag).then()
                .body("items.id", equalTo(List.of(passingId))).body("total", equalTo(2));
        given().get("/claims/counts?tag={t}&q=sanctions", tag).then().statusCode(200)
                .body("total", equalTo(2)).body("byStatus.UNSOURCED", equalTo(2));
        given().get("/claims?sort=relevance&size=1").then().statusCode(200); // without q: newest first
        given().get("/claims?sort=score").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void anEditedClaimIsFoundByItsNewWordsOnlyAndADeletedOneNotAtAll() {
        String tag = "edit-" + UUID.randomUUID();
        Map<String, Object> body = claimBody("Gas deliveries through the pipeline stopped in March " + UUID.randomUUID());
        body.put("tags", List.of(tag));
        String id = createClaim(body);
        body.put("text", "Oil deliveries through the pipeline resumed in April " + UUID.randomUUID());
        writer().header("If-Match", "\"0\"").body(body).put("/claims/" + id).then().statusCode(200);
        given().get("/claims?tag={t}&q=gas", tag).then().body("total", equalTo(0));
        given().get("/claims?tag={t}&q=resumed oil", tag).then().body("items.id", equalTo(List.of(id)));
        writer().header("If-Match", "\"1\"").delete("/claims/" + id).then().statusCode(204);
        given().get("/claims?q=resumed oil&tag={t}", tag).then().body("total", equalTo(0));
    }

    @Test
    void similarClaimsAfterCreationAreTheNeighboursTheFormShowedMinusTheClaimItself() {
        String marker = "qv" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        for (String text : List.of("Russian troops gathered near the Ukrainian border in December",
                "Troops of Russia were seen near the border with Ukraine", "Ukraine says Russian troops are near its border",
                "The border with Belarus was closed to trucks", "Russian gas flows to Europe fell in December")) {
            createClaim(text + " " + marker);
        }
        String typed = "Russian troops were gathering near the border of Ukraine " + marker;
        List<String> shownByForm = given().get("/claims/similar?text={t}&limit=5", typed).then().statusCode(200)
                .extract().path("items.id");
        String created = createClaim(typed);
        List<String> afterwards = given().get("/claims/similar?text={t}&limit=6", typed).then().statusCode(200)
                .extract().path("items.id");
        assertEquals(created, afterwards.get(0), "the claim itself is the most similar to its own text");
        assertEquals(shownByForm, afterwards.stream().filter(id -> !id.equals(created)).limit(5).toList());
        given().get("/claims/similar?text={t}&limit=1", typed).then().body("items[0].score", equalTo(1.0f));
    }

    @Test
    void nearDuplicatesDifferingInCaseSpacingOrFinalPunctuationAreTheSameClaim() {
        String words = "The ceasefire in the east held for a week " + UUID.randomUUID();
        String id = createClaim(words + ".");
        for (String variant : List.of(words, "  " + words.toUpperCase() + " !!", words.replace(" ", "   ") + "?")) {
            writer().body(claimBody(variant)).post("/claims").then().statusCode(409)
                    .body("existingId", equalTo(id));
        }
        List<Map<String, Object>> batch = List.of(claimBody(words + "…"));
        writer().body(batch).post("/claims/batch").then().statusCode(200)
                .body("items[0].outcome", equalTo("UNCHANGED")).body("items[0].id", equalTo(id));
        // punctuation inside the sentence still makes a different claim
        String other = createClaim(words.replace("held", "held, mostly,") + ".");
        assertTrue(!other.equals(id));
    }
}
