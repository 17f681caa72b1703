package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createDocument;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.uniqueUrl;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTest {

    static final String TEXT = "Russia has deployed up to 100,000 soldiers on Ukraine\u2019s borders, Kiev says \u2014 Moscow denies it.";

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void createComputesHashAndServesTextOnlyWhereAsked() throws Exception {
        String publisher = createSource(Map.of("name", unique("Reuters"), "kind", "MEDIA_OUTLET"));
        String url = uniqueUrl();
        String location = writer().body(Map.of("url", url, "title", "Geneva talks", "publisherId", publisher,
                        "publishedAt", "2021-12-30T12:00:00Z", "language", "en", "archivedText", TEXT,
                        "contentSha256", "0000"))
                .post("/documents").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("contentSha256", equalTo(sha256(TEXT)))
                .body("textLength", is(TEXT.length()))
                .body("archivedText", equalTo(TEXT))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("archivedText", equalTo(TEXT)).body("publishedAt", equalTo("2021-12-30T12:00:00Z"));
        given().get(location + "/text").then().statusCode(200)
                .contentType("text/plain;charset=UTF-8").body(equalTo(TEXT));
        given().queryParam("publisherId", publisher).get("/documents").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", equalTo(id)).body("items[0]", not(hasKey("archivedText")));
        given().queryParam("url", url).get("/documents").then().body("items[0].id", equalTo(id));
        writer().body(Map.of("ids", List.of(id, "3fa85f64-5717-4562-b3fc-2c963f66afa6"))).post("/documents/lookup")
                .then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0]", not(hasKey("archivedText")))
                .body("missingIds", equalTo(List.of("3fa85f64-5717-4562-b3fc-2c963f66afa6")));
    }

    @Test
    void listSortsNewestFirstUndatedLastAndFilters() {
        String publisher = createSource(Map.of("name", unique("Outlet"), "kind", "MEDIA_OUTLET"));
        String old = createDocument(Map.of("url", uniqueUrl(), "title", "Old", "publisherId", publisher,
                "publishedAt", "2021-12-01T00:00:00Z", "language", "ru"));
        String undated = createDocument(Map.of("url", uniqueUrl(), "title", "Undated", "publisherId", publisher));
        String recent = createDocument(Map.of("url", uniqueUrl(), "title", "Recent talks", "publisherId", publisher,
                "publishedAt", "2021-12-30T00:00:00Z", "language", "en"));
        given().queryParam("publisherId", publisher).get("/documents").then()
                .body("items.id", equalTo(List.of(recent, old, undated)));
        given().queryParam("publisherId", publisher).queryParam("language", "ru").get("/documents").then()
                .body("items.id", equalTo(List.of(old)));
        given().queryParam("publisherId", publisher).queryParam("q", "TALKS").get("/documents").then()
                .body("items.id", equalTo(List.of(recent)));
        given().queryParam("publisherId", "not-a-uuid").get("/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("publisherId"));
    }

    @Test
    void urlIsUniqueAndMustBeHttp() {
        String url = uniqueUrl();
        String id = createDocument(Map.of("url", url, "title", "First"));
        writer().body(Map.of("url", url, "title", "Again")).post("/documents").then().statusCode(409)
                .body("existingId", equalTo(id));
        writer().body(Map.of("url", "mailto:someone@example.org", "title", "Mail")).post("/documents").then()
                .statusCode(400).body("errors.field", hasItem("url"));
        writer().body(Map.of("url", uniqueUrl(), "title", "Lang", "language", "not a tag")).post("/documents").then()
                .statusCode(400).body("errors.field", hasItem("language"));
    }

    @Test
    void unknownPublisherIs422AndWritesNothing() {
        String url = uniqueUrl();
        writer().body(Map.of("url", url, "title", "T", "publisherId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .post("/documents").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("publisherId"));
        given().queryParam("url", url).get("/documents").then().body("total", is(0));
    }

    @Test
    void textOverOneMegabyteIsAFieldError() {
        writer().body(Map.of("url", uniqueUrl(), "title", "Huge", "archivedText", "a".repeat(1_048_577)))
                .post("/documents").then().statusCode(400).body("errors[0].field", equalTo("archivedText"));
    }

    @Test
    void updateKeepsTextUnlessReplacedAndNeedsIfMatch() throws Exception {
        String url = uniqueUrl();
        String id = createDocument(Map.of("url", url, "title", "Draft", "archivedText", TEXT));
        Map<String, Object> retitled = Map.of("url", url, "title", "Final");
        writer().body(retitled).put("/documents/" + id).then().statusCode(428);
        writer().header("If-Match", "\"5\"").body(retitled).put("/documents/" + id).then().statusCode(412);
        writer().header("If-Match", "\"0\"").body(retitled).put("/documents/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Final")).body("archivedText", equalTo(TEXT));
        Map<String, Object> newText = new HashMap<>(retitled);
        newText.put("archivedText", "Other words.");
        writer().header("If-Match", "\"1\"").body(newText).put("/documents/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("contentSha256", equalTo(sha256("Other words.")));
        given().get("/documents/" + id + "/text").then().body(equalTo("Other words."));
    }

    @Test
    void deleteNeedsIfMatchAndRemovesText() {
        String id = createDocument(Map.of("url", uniqueUrl(), "title", "Gone", "archivedText", TEXT));
        given().header(Api.TOKEN_HEADER, Api.TOKEN).delete("/documents/" + id).then().statusCode(428);
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"9\"").delete("/documents/" + id).then().statusCode(412);
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"0\"").delete("/documents/" + id).then().statusCode(204);
        given().get("/documents/" + id).then().statusCode(404);
        given().get("/documents/" + id + "/text").then().statusCode(404);
    }

    @Test
    void publisherCannotBeDeletedWhileItsDocumentsExist() {
        String publisher = createSource(Map.of("name", unique("Publisher"), "kind", "MEDIA_OUTLET"));
        String document = createDocument(Map.of("url", uniqueUrl(), "title", "Its article", "publisherId", publisher));
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"0\"").delete("/sources/" + publisher)
                .then().statusCode(409)
                .body("references[0].kind", equalTo("DOCUMENT"))
                .body("references[0].id", equalTo(document))
                .body("detail", containsString("Its article"));
    }

    @Test
    void textOfADocumentWithoutTextIs404() {
        String id = createDocument(Map.of("url", uniqueUrl(), "title", "No text"));
        given().get("/documents/" + id + "/text").then().statusCode(404).body("detail", containsString("no archived text"));
        given().get("/documents/" + id).then().body("archivedText", nullValue());
    }
}
