package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.claimBody;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keyset pages of GET /claims and GET /stances: walking `next`, writes while walking, refused cursors. */
@QuarkusTest
class CursorPagingTest {

    private static final List<String> SORTS = List.of("updatedAt,desc", "updatedAt,asc", "createdAt,desc", "createdAt,asc");

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    /** 12 claims written one by one and 14 in one batch (one createdAt and updatedAt: the id alone orders them). */
    private static String claimsTagged(String tag, String word) {
        for (int i = 0; i < 12; i++) {
            createClaim(claimBody(uniqueText("Convoy " + word + " number " + i + " crossed the river"), tag));
        }
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            batch.add(Map.of("text", uniqueText("Batch convoy " + word + " number " + i + " crossed the bridge"),
                    "tags", List.of(tag)));
        }
        writer().body(batch).post("/claims/batch").then().statusCode(200);
        return tag;
    }

    /** Every page from the first by following `next`, as one list of ids; checks the page fields on the way. */
    private static List<String> walk(String query, int size, Consumer<Integer> afterEachPage) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = given().queryParam("size", size);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/claims?" + query).then().statusCode(200).body("page", equalTo(0))
                    .extract().jsonPath();
            List<String> items = page.getList("items.id");
            cursor = page.getString("next");
            assertTrue(items.size() == size || cursor == null, "a short page is the last one");
            ids.addAll(items);
            afterEachPage.accept(++pages);
        } while (cursor != null);
        return ids;
    }

    /** All matches in one page by number (page 0, size 200), the order the cursor walk must reproduce. */
    private static JsonPath all(String query) {
        return given().get("/claims?" + query + "&size=200").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void walkingNextVisitsEveryClaimOnceInOrderWithEachSort() {
        String tag = claimsTagged("walk-" + UUID.randomUUID(), "alpha");
        for (String sort : SORTS) {
            JsonPath all = all("tag=" + tag + "&sort=" + sort);
            List<String> expected = all.getList("items.id");
            assertEquals(26, expected.size());
            assertEquals(26, all.getInt("total"));
            // the one-page answer is itself in (sort key, id) order, ids compared as the databases do (unsigned)
            String field = sort.substring(0, sort.indexOf(','));
            List<Map<String, Object>> items = all.getList("items");
            Comparator<Map<String, Object>> order = Comparator.<Map<String, Object>, java.time.Instant>comparing(
                    m -> java.time.Instant.parse((String) m.get(field))).thenComparing(m -> (String) m.get("id"));
            List<Map<String, Object>> sorted = new ArrayList<>(items);
            sorted.sort(sort.endsWith("desc") ? order.reversed() : order);
            assertEquals(sorted.stream().map(m -> m.get("id")).toList(), expected, sort);
            for (int size : List.of(1, 4, 13, 26, 30)) {
                assertEquals(expected, walk("tag=" + tag + "&sort=" + sort, size, n -> { }), sort + " by " + size);
            }
        }
        // the last page has no next; the total is every match on every page
        given().get("/claims?tag={t}&size=26", tag).then().body("next", nullValue()).body("total", equalTo(26));
        String next = given().get("/claims?tag={t}&size=25", tag).then().body("next", notNullValue()).extract().path("next");
        given().get("/claims?tag={t}&size=25&cursor={c}", tag, next).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(26)).body("next", nullValue());
        // page=0 beside a cursor is what page absent means
        given().get("/claims?tag={t}&size=25&page=0&cursor={c}", tag, next).then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void walkingNextWithFiltersAndWithQ() {
        String word = "qx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String tag = claimsTagged("walkq-" + UUID.randomUUID(), word);
        String disputed = createClaim(claimBody(uniqueText("Convoy " + word + " disputed"), tag));
        addStance(disputed, stance(UUID.randomUUID(), "ASSERTS", "a convoy", "2021-12-28T09:00:00Z",
                source("Government of Ukraine", "GOVERNMENT", "Ukraine", "C"))).statusCode(201);
        addStance(disputed, stance(UUID.randomUUID(), "DENIES", "no convoy", "2021-12-29T09:00:00Z",
                source("Government of Russia", "GOVERNMENT", "Russia", "C"))).statusCode(201);
        for (String sort : SORTS) {
            // q: the search index pages by searchAfter
            String q = "q=" + word + "&sort=" + sort;
            List<String> expected = all(q).getList("items.id");
            assertEquals(27, expected.size());
            assertEquals(expected, walk(q, 5, n -> { }), "q, " + sort);
            // q with filters the index holds, and with one it does not (sourceId)
            String filtered = "q=" + word + "&tag=" + tag + "&status=UNSOURCED&sort=" + sort;
            expected = all(filtered).getList("items.id");
            assertEquals(26, expected.size());
            assertEquals(expected, walk(filtered, 7, n -> { }), "q and filters, " + sort);
            // SQL filters, one status (the ORDER BY leads with the status column)
            String sql = "tag=" + tag + "&status=UNSOURCED&sort=" + sort;
            assertEquals(all(sql).getList("items.id"), walk(sql, 6, n -> { }), "status, " + sort);
        }
        given().get("/claims?tag={t}&status=DISPUTED", tag).then().body("items.id", equalTo(List.of(disputed)))
                .body("next", nullValue());
        // relevance without q is updatedAt,desc and walks like it; with q it pages by number only
        assertEquals(all("tag=" + tag + "&sort=relevance").getList("items.id"), walk("tag=" + tag + "&sort=relevance", 5, n -> { }));
        given().get("/claims?q={w}&sort=relevance&size=5", word).then().statusCode(200)
                .body("items.size()", equalTo(5)).body("next", nullValue()).body("total", equalTo(27));
        given().get("/claims?q={w}&sort=relevance&size=5&page=5", word).then().body("items.size()", equalTo(2));
        // a page number past what an index can count to is an empty page, not an overflow
        given().get("/claims?q={w}&size=200&page=2147483647", word).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(27)).body("next", nullValue());
    }

    @Test
    void claimsWrittenWhileWalkingNeitherShiftNorRepeatItems() {
        String word = "qy" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String tag = claimsTagged("walkw-" + UUID.randomUUID(), word);
        for (String query : List.of("tag=" + tag, "q=" + word)) {
            List<String> before = all(query).getList("items.id");
            Set<String> inserted = new HashSet<>();
            // newest first: a claim written after page 1 (and 3) is ahead of the cursor
            List<String> walked = walk(query, 4, page -> {
                if (page == 1 || page == 3) {
                    inserted.add(createClaim(claimBody(uniqueText("Convoy " + word + " written while walking"), tag)));
                }
            });
            assertEquals(before, walked, query);
            // oldest first: claims written meanwhile are behind the cursor, so they come at the end, once each
            List<String> start = all(query + "&sort=createdAt,asc").getList("items.id");
            List<String> added = new ArrayList<>();
            List<String> ascending = walk(query + "&sort=createdAt,asc", 5, page -> {
                if (page == 2) {
                    added.add(createClaim(claimBody(uniqueText("Convoy " + word + " added during the asc walk"), tag)));
                }
            });
            List<String> expected = new ArrayList<>(start);
            expected.addAll(added);
            assertEquals(expected, ascending, query);
            // the offset pages do shift: the point of the cursor
            assertTrue(inserted.stream().allMatch(all(query).getList("items.id")::contains));
        }
    }

    @Test
    void stancesWalkByCursorToo() {
        UUID source = UUID.randomUUID();
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String claim = createClaim(uniqueText("Claim with a stance of one source, number " + i));
            claims.add(claim);
            // two stances share each statedAt: the id orders them
            addStance(claim, stance(source, "ASSERTS", "quote " + i, "2021-12-2" + (i % 4) + "T09:00:00Z",
                    source("Ministry of Defence", "GOVERNMENT", "Ukraine", "C"))).statusCode(201);
        }
        List<String> expected = given().get("/stances?sourceId={s}&size=200", source).then().statusCode(200)
                .body("total", equalTo(7)).body("next", nullValue()).extract().path("items.id");
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("sourceId", source).queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/stances").then().statusCode(200).body("total", equalTo(7)).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(expected, walked);
        String next = given().get("/stances?sourceId={s}&size=2", source).then().extract().path("next");
        // a stance cursor is no claim cursor, and the other way round
        refused(given().queryParam("cursor", next).get("/claims"), "cursor");
        String claimCursor = given().get("/claims?size=1").then().extract().path("next");
        refused(given().queryParam("sourceId", source).queryParam("cursor", claimCursor).get("/stances"), "cursor");
        refused(given().queryParam("sourceId", source).queryParam("cursor", "garbage!").get("/stances"), "cursor");
        refused(given().queryParam("sourceId", source).queryParam("cursor", next).queryParam("page", 1).get("/stances"), "page");
    }

    private static void refused(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo(field))
                .body("detail", startsWith("Invalid " + field));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedForgedAndMismatchedCursorsAreProblemsNamingCursor() {
        createClaim(uniqueText("A claim so that the first page has a next one"));
        createClaim(uniqueText("Another claim so that the first page has a next one"));
        String updated = given().get("/claims?size=1").then().extract().path("next");
        String created = given().get("/claims?size=1&sort=createdAt,asc").then().extract().path("next");
        String id = UUID.randomUUID().toString();
        List<String> bad = new ArrayList<>(List.of(
                "garbage", "!!!", "a", "====", "k1|updatedAt,desc|0|" + id, // not base64url of a cursor
                b64("garbage"), b64(""), b64("k1|updatedAt,desc|1640862000000000"), b64("k2|updatedAt,desc|1640862000000000|" + id),
                b64("k1|updatedAt,desc|soon|" + id), b64("k1|updatedAt,desc|1640862000000000|not-a-uuid"),
                b64("k1|updatedAt,desc|1640862000000000|" + id.toUpperCase()),
                b64("k1|updatedAt,desc|99999999999999999999|" + id), b64("k1|updatedAt,desc|-99999999999999999|" + id),
                b64("k1|updatedAt,desc|1640862000000000|" + id + "|extra"), b64("k1|updatedAt,desc|+1640862000000000|" + id + "\u0000"),
                Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3}),
                "x".repeat(5000), updated + "A", created, // a cursor of another sort
                b64("k1|relevance|1640862000000000|" + id)));
        Random random = new Random(17);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[random.nextInt(120)];
            random.nextBytes(bytes);
            bad.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(80); j >= 0; j--) {
                text.append((char) (32 + random.nextInt(95)));
            }
            bad.add(text.toString());
        }
        for (String cursor : bad) {
            if (cursor.isBlank()) {
                continue; // a blank parameter is an absent one
            }
            refused(given().queryParam("cursor", cursor).get("/claims"), "cursor");
            refused(given().queryParam("cursor", cursor).queryParam("q", "convoy").get("/claims"), "cursor");
        }
        // a forged cursor that parses is only a position: the page after it
        given().queryParam("cursor", b64("k1|updatedAt,desc|0|" + id)).get("/claims").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("next", nullValue());
        given().queryParam("cursor", b64("k1|updatedAt,desc|253402300799000000|" + id)).get("/claims?size=1").then()
                .statusCode(200).body("items.size()", equalTo(1));
        // the wrong sort names itself; relevance with q has no cursor; page > 0 beside a cursor names page
        given().queryParam("cursor", created).get("/claims?sort=updatedAt,desc").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", startsWith("was made for another sort than updatedAt,desc"));
        refused(given().queryParam("cursor", created).get("/claims?q=convoy&sort=relevance"), "cursor");
        refused(given().queryParam("cursor", b64("k1|relevance|1640862000000000|" + id)).get("/claims?q=convoy&sort=relevance"),
                "cursor");
        refused(given().queryParam("cursor", updated).get("/claims?page=2"), "page");
        // the parameters around still work as before
        given().get("/claims?size=1&page=1").then().statusCode(200).body("page", equalTo(1)).body("items.size()", equalTo(1));
    }
}
