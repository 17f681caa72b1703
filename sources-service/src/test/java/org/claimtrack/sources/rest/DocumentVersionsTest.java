package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createDocument;
import static org.claimtrack.sources.rest.Api.uniqueUrl;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The archive is append-only: a new text adds a version, the earlier texts and their SHA-256 stay readable. */
@QuarkusTest
class DocumentVersionsTest {

    static final String V1 = "Kiev says Russia has deployed up to 100,000 soldiers on Ukraine's borders.";
    static final String V2 = "Kiev says Russia has deployed up to 175,000 soldiers on Ukraine's borders.";
    static final String QUOTE = "up to 100,000 soldiers";

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void editingTheTextAddsAVersionAndKeepsTheOldOneReadable() throws Exception {
        String url = uniqueUrl();
        String id = writer().header("X-Claimtrack-Actor", "editor1").body(Map.of("url", url, "title", "Troops", "archivedText", V1))
                .post("/documents").then().statusCode(201).body("textVersion", is(1)).extract().path("id");

        writer().header("If-Match", "\"0\"").header("X-Claimtrack-Actor", "editor2")
                .body(Map.of("url", url, "title", "Troops", "archivedText", V2, "reason", "publisher corrected the figure"))
                .put("/documents/" + id).then().statusCode(200)
                .body("textVersion", is(2)).body("contentSha256", equalTo(sha256(V2))).body("archivedText", equalTo(V2));

        given().get("/documents/" + id + "/versions").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.number", equalTo(List.of(1, 2)))
                .body("items.contentSha256", equalTo(List.of(sha256(V1), sha256(V2))))
                .body("items.textLength", equalTo(List.of(V1.length(), V2.length())))
                .body("items.actor", equalTo(List.of("editor1", "editor2")))
                .body("items[0]", not(hasKey("reason")))
                .body("items[1].reason", equalTo("publisher corrected the figure"))
                .body("items[0]", not(hasKey("text")));
        given().get("/documents/" + id + "/versions/1").then().statusCode(200)
                .body("number", is(1)).body("text", equalTo(V1)).body("contentSha256", equalTo(sha256(V1)));
        given().get("/documents/" + id + "/versions/2").then().statusCode(200).body("text", equalTo(V2));
        given().get("/documents/" + id + "/text").then().statusCode(200).body(equalTo(V2));
    }

    @Test
    void metadataOnlyOrSameTextAddsNoVersion() {
        String url = uniqueUrl();
        String id = createDocument(Map.of("url", url, "title", "Draft", "archivedText", V1));
        writer().header("If-Match", "\"0\"").body(Map.of("url", url, "title", "Final"))
                .put("/documents/" + id).then().statusCode(200).header("ETag", "\"1\"").body("textVersion", is(1));
        writer().header("If-Match", "\"1\"").body(Map.of("url", url, "title", "Final again", "archivedText", V1, "reason", "no change"))
                .put("/documents/" + id).then().statusCode(200).body("textVersion", is(1));
        given().get("/documents/" + id + "/versions").then().body("items", hasSize(1)).body("items[0].number", is(1));
    }

    @Test
    void documentWithoutTextHasNoVersions() {
        String url = uniqueUrl();
        String id = createDocument(Map.of("url", url, "title", "Empty"));
        given().get("/documents/" + id).then().body("$", not(hasKey("textVersion")));
        given().get("/documents/" + id + "/versions").then().statusCode(200).body("items", hasSize(0));
        writer().header("If-Match", "\"0\"").body(Map.of("url", url, "title", "Empty", "archivedText", V1))
                .put("/documents/" + id).then().statusCode(200).body("textVersion", is(1));
    }

    @Test
    void quoteCheckAndLocateAnswerForTheVersionAsked() {
        String id = edited();
        String check = "/documents/" + id + "/quote-check";
        given().contentType("application/json").body(Map.of("exact", QUOTE)).post(check).then().statusCode(200)
                .body("found", is(false)).body("textVersion", is(2)).body("contentSha256", equalTo(sha256(V2)));
        given().contentType("application/json").body(Map.of("exact", QUOTE)).queryParam("version", 1).post(check).then()
                .statusCode(200).body("found", is(true)).body("start", is(V1.indexOf(QUOTE)))
                .body("textVersion", is(1)).body("contentSha256", equalTo(sha256(V1)));

        String locate = "/documents/" + id + "/quotes/locate";
        Map<String, Object> quotes = Map.of("quotes", List.of(Map.of("key", "s1", "exact", QUOTE)));
        given().contentType("application/json").body(quotes).post(locate).then().statusCode(200)
                .body("textVersion", is(2)).body("items[0].found", is(false));
        given().contentType("application/json").body(quotes).queryParam("version", "1").post(locate).then().statusCode(200)
                .body("textVersion", is(1)).body("contentSha256", equalTo(sha256(V1)))
                .body("items[0].found", is(true)).body("items[0].start", is(V1.indexOf(QUOTE)));
    }

    @Test
    void unknownVersionIs404() {
        String id = edited();
        given().get("/documents/" + id + "/versions/3").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Document " + id + " has no text version 3"));
        given().contentType("application/json").body(Map.of("exact", QUOTE)).queryParam("version", 3)
                .post("/documents/" + id + "/quote-check").then().statusCode(404);
        given().contentType("application/json").body(Map.of("quotes", List.of(Map.of("key", "s1", "exact", QUOTE))))
                .queryParam("version", 3).post("/documents/" + id + "/quotes/locate").then().statusCode(404);
        given().get("/documents/00000000-0000-0000-0000-000000000000/versions").then().statusCode(404);
    }

    @Test
    void badVersionIs400NamingIt() {
        String id = edited();
        given().urlEncodingEnabled(false).get("/documents/" + id + "/versions/%20").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("number"));
        for (String bad : List.of("abc", "0", "-1", "1.5", "99999999999")) {
            given().get("/documents/" + id + "/versions/" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("number"));
            given().contentType("application/json").body(Map.of("exact", QUOTE)).queryParam("version", bad)
                    .post("/documents/" + id + "/quote-check").then().statusCode(400).body("errors[0].field", equalTo("version"));
        }
    }

    @Test
    void reasonOver500CharactersIsAFieldError() {
        writer().body(Map.of("url", uniqueUrl(), "title", "Long", "archivedText", V1, "reason", "r".repeat(501)))
                .post("/documents").then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void deletingTheDocumentRemovesEveryVersion() {
        String id = edited();
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"1\"").delete("/documents/" + id).then().statusCode(204);
        given().get("/documents/" + id + "/versions/1").then().statusCode(404);
    }

    /** A document whose text V1 was replaced by V2. */
    private static String edited() {
        String url = uniqueUrl();
        String id = createDocument(Map.of("url", url, "title", "Troops", "archivedText", V1));
        writer().header("If-Match", "\"0\"").body(Map.of("url", url, "title", "Troops", "archivedText", V2))
                .put("/documents/" + id).then().statusCode(200).body("textVersion", is(2));
        given().get("/documents/" + id).then().body("archivedText", equalTo(V2));
        return id;
    }

    static String sha256(String text) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
