package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.uniqueUrl;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BatchTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void sourceBatchResolvesParentsByNameAndIsIdempotent() {
        String ministry = unique("Foreign Ministry");
        List<Map<String, Object>> batch = List.of(
                Map.of("name", unique("Spokeswoman"), "kind", "PERSON", "memberOfName", ministry.toUpperCase()),
                Map.of("name", ministry, "kind", "GOVERNMENT", "affiliation", "Russia"),
                Map.of("name", unique("Martian"), "kind", "MARTIAN"),
                Map.of("name", unique("Orphan"), "kind", "PERSON", "memberOfName", unique("Nobody")),
                Map.of("name", ministry.toLowerCase(), "kind", "GOVERNMENT"));
        ExtractableResponse<Response> first = writer().body(batch).post("/sources/batch").then().statusCode(200)
                .body("items.index", equalTo(List.of(0, 1, 2, 3, 4)))
                .body("items.outcome", equalTo(List.of("CREATED", "CREATED", "FAILED", "FAILED", "UNCHANGED")))
                .body("items[2].errors[0].field", equalTo("kind"))
                .body("items[3].errors[0].field", equalTo("memberOfName"))
                .extract();
        String spokeswoman = first.path("items[0].id");
        String ministryId = first.path("items[1].id");
        given().get("/sources/" + spokeswoman).then().body("memberOfId", equalTo(ministryId));
        given().queryParam("q", ministry).get("/sources").then().body("total", is(1));

        writer().body(batch).post("/sources/batch").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED", "FAILED", "FAILED", "UNCHANGED")))
                .body("items[0].id", equalTo(spokeswoman))
                .body("items[1].id", equalTo(ministryId));
        given().get("/sources/" + ministryId).then().header("ETag", "\"0\"");
    }

    @Test
    void sourceBatchRefusesCyclesWithinTheBatch() {
        String a = unique("Cycle A");
        String b = unique("Cycle B");
        writer().body(List.of(Map.of("name", a, "kind", "GROUP", "memberOfName", b),
                        Map.of("name", b, "kind", "GROUP", "memberOfName", a),
                        Map.of("name", unique("Self"), "kind", "GROUP", "memberOfId", UUID.randomUUID().toString())))
                .post("/sources/batch").then().statusCode(200)
                .body("items.outcome", everyItem(equalTo("FAILED")));
        given().queryParam("q", a).get("/sources").then().body("total", is(0));
    }

    @Test
    void documentBatchIsIdempotentByUrl() {
        String publisher = createSource(Map.of("name", unique("Agency"), "kind", "MEDIA_OUTLET"));
        String url = uniqueUrl();
        List<Map<String, Object>> batch = List.of(
                Map.of("url", url, "title", "One", "publisherId", publisher, "archivedText", "Text one."),
                Map.of("url", uniqueUrl(), "title", "Unknown publisher", "publisherId", UUID.randomUUID().toString()),
                Map.of("url", "not a url", "title", "Bad"),
                Map.of("url", url, "title", "One again"));
        String id = writer().body(batch).post("/documents/batch").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("CREATED", "FAILED", "FAILED", "UNCHANGED")))
                .body("items[1].errors[0].field", equalTo("publisherId"))
                .body("items[2].errors[0].field", equalTo("url"))
                .extract().path("items[0].id");
        writer().body(batch).post("/documents/batch").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("UNCHANGED", "FAILED", "FAILED", "UNCHANGED")))
                .body("items[0].id", equalTo(id)).body("items[3].id", equalTo(id));
        given().get("/documents/" + id).then().body("title", equalTo("One")).body("archivedText", equalTo("Text one."));
    }

    @Test
    void wholeBatchIs400WhenNotAListOfObjectsOrTooLong() {
        writer().body("{\"name\":\"x\"}").post("/sources/batch").then().statusCode(400);
        writer().body("[{\"name\":\"x\",\"kind\":\"PERSON\"}, 3]").post("/sources/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("[1]"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("url", uniqueUrl(), "title", "Item " + i));
        }
        writer().body(tooMany).post("/documents/batch").then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().queryParam("url", tooMany.get(0).get("url")).get("/documents").then().body("total", is(0));
        writer().body(List.of()).post("/sources/batch").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void batchesNeedTheServiceToken() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("name", unique("X"), "kind", "PERSON")))
                .post("/sources/batch").then().statusCode(401);
        given().contentType(ContentType.JSON).body(List.of(Map.of("url", uniqueUrl(), "title", "X")))
                .post("/documents/batch").then().statusCode(401);
    }
}
