package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class SourceResourceTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void createReadsBackWithLocationEtagAndDefaults() {
        String name = unique("Maria Zakharova");
        String location = writer().body(Map.of("name", "  " + name + " ", "kind", "PERSON", "affiliation", " Russia ",
                        "country", "RU", "url", "https://mid.ru/en/", "description", "Spokeswoman"))
                .post("/sources")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("affiliation", equalTo("Russia"))
                .body("reliability", equalTo("F"))
                .body("version", is(0))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        given().get(location).then().statusCode(200)
                .header("ETag", "\"0\"")
                .contentType(ContentType.JSON)
                .body("name", equalTo(name))
                .body("kind", equalTo("PERSON"))
                .body("country", equalTo("RU"))
                .body("memberOfId", nullValue());
    }

    @Test
    void updateNeedsCurrentIfMatchAndBumpsVersion() {
        String id = createSource(unique("Dmitry Peskov"));
        Map<String, Object> body = Map.of("name", unique("Dmitry Peskov"), "kind", "PERSON", "reliability", "C");
        writer().body(body).put("/sources/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("status", is(428));
        writer().header("If-Match", "\"7\"").body(body).put("/sources/" + id).then().statusCode(412)
                .header("ETag", "\"0\"").body("title", equalTo("Precondition Failed"));
        writer().header("If-Match", "\"0\"").body(body).put("/sources/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", is(1)).body("reliability", equalTo("C"));
        // the same replacement again changes nothing and keeps the version
        writer().header("If-Match", "\"1\"").body(body).put("/sources/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        writer().header("If-Match", "\"0\"").body(body).put("/sources/" + id).then().statusCode(412);
    }

    @Test
    void duplicateNameInOtherCaseIs409WithExistingId() {
        String name = unique("Western Governments");
        String id = createSource(Map.of("name", name, "kind", "GROUP"));
        writer().body(Map.of("name", name.toUpperCase(), "kind", "GROUP")).post("/sources")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(id))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void unknownKindIs400ListingAllowedKinds() {
        writer().body(Map.of("name", unique("Martian"), "kind", "MARTIAN")).post("/sources")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo(
                        "must be one of PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP"))
                .body("detail", containsString("PERSON"));
    }

    @Test
    void missingAndInvalidFieldsAreListed() {
        writer().body(Map.of("affiliation", "x".repeat(101), "country", "XX", "url", "ftp://example.org",
                        "description", "d".repeat(2001)))
                .post("/sources").then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("affiliation"))
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("description"))
                .body("violations", nullValue());
    }

    @Test
    void listFiltersSortsAndPages() {
        String tag = unique("Zlist");
        createSource(Map.of("name", tag + " b", "kind", "GOVERNMENT", "affiliation", "Ukraine", "reliability", "B"));
        createSource(Map.of("name", tag + " A", "kind", "GOVERNMENT", "affiliation", "ukraine"));
        createSource(Map.of("name", tag + " c", "kind", "PERSON"));
        given().queryParam("q", tag.toUpperCase()).get("/sources").then().statusCode(200)
                .body("total", is(3)).body("items.name", equalTo(List.of(tag + " A", tag + " b", tag + " c")))
                .body("page", is(0)).body("size", is(20));
        given().queryParam("q", tag).queryParam("kind", "GOVERNMENT").queryParam("affiliation", "UKRAINE")
                .get("/sources").then().statusCode(200).body("total", is(2));
        given().queryParam("q", tag).queryParam("reliability", "B").get("/sources").then()
                .body("items.name", equalTo(List.of(tag + " b")));
        given().urlEncodingEnabled(false).get("/sources?affiliation=&q=" + tag.replace(" ", "%20")).then()
                .body("items.name", equalTo(List.of(tag + " c")));
        given().queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).get("/sources").then()
                .body("items.name", equalTo(List.of(tag + " c"))).body("total", is(3));
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() {
        given().queryParam("kind", "MARTIAN").get("/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("GROUP"));
        given().queryParam("reliability", "Z").get("/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("reliability"));
        for (String size : List.of("0", "201", "-1", "abc", "99999999999999999999")) {
            given().queryParam("size", size).get("/sources").then().statusCode(400)
                    .body("errors[0].field", equalTo("size"));
        }
        given().queryParam("page", "-1").get("/sources").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", Integer.MAX_VALUE).get("/sources").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownIdIs404AndInvalidIdIsNotFoundEither() {
        given().get("/sources/3fa85f64-5717-4562-b3fc-2c963f66afa6").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("does not exist"));
        given().get("/sources/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void memberOfMustExistAndNeverCycle() {
        writer().body(Map.of("name", unique("Orphan"), "kind", "PERSON", "memberOfId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .post("/sources").then().statusCode(422).body("errors[0].field", equalTo("memberOfId"));
        String ministry = createSource(Map.of("name", unique("Ministry"), "kind", "GOVERNMENT"));
        String spokeswoman = createSource(Map.of("name", unique("Spokeswoman"), "kind", "PERSON", "memberOfId", ministry));
        Map<String, Object> ministryInSpokeswoman = Map.of("name", unique("Ministry"), "kind", "GOVERNMENT",
                "memberOfId", spokeswoman);
        writer().header("If-Match", "\"0\"").body(ministryInSpokeswoman).put("/sources/" + ministry)
                .then().statusCode(422).body("detail", containsString("cycle"));
        Map<String, Object> itself = Map.of("name", unique("Ministry"), "kind", "GOVERNMENT", "memberOfId", ministry);
        writer().header("If-Match", "\"0\"").body(itself).put("/sources/" + ministry).then().statusCode(422);
        given().get("/sources/" + ministry).then().header("ETag", "\"0\"").body("memberOfId", nullValue());
    }

    @Test
    void deleteIsGuardedAndRefusedWhileReferenced() {
        String ministry = createSource(Map.of("name", unique("Ministry"), "kind", "GOVERNMENT"));
        String member = createSource(Map.of("name", unique("Member"), "kind", "PERSON", "memberOfId", ministry));
        given().header(Api.TOKEN_HEADER, Api.TOKEN).delete("/sources/" + ministry).then().statusCode(428);
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"0\"").delete("/sources/" + ministry)
                .then().statusCode(409)
                .body("references[0].kind", equalTo("SOURCE"))
                .body("references[0].id", equalTo(member))
                .body("detail", containsString("Member"));
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"0\"").delete("/sources/" + member)
                .then().statusCode(204);
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"3\"").delete("/sources/" + ministry)
                .then().statusCode(412);
        given().header(Api.TOKEN_HEADER, Api.TOKEN).header("If-Match", "\"0\"").delete("/sources/" + ministry)
                .then().statusCode(204);
        given().get("/sources/" + ministry).then().statusCode(404);
    }

    @Test
    void writesWithoutTheServiceTokenAre401AndChangeNothing() {
        String name = unique("No Token");
        given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "PERSON")).post("/sources")
                .then().statusCode(401).contentType("application/problem+json");
        given().header(Api.TOKEN_HEADER, "wrong").contentType(ContentType.JSON).body(Map.of("name", name, "kind", "PERSON"))
                .post("/sources").then().statusCode(401);
        given().queryParam("q", name).get("/sources").then().body("total", is(0));
        String id = createSource(name);
        given().header("If-Match", "\"0\"").delete("/sources/" + id).then().statusCode(401);
        given().get("/sources/" + id).then().statusCode(200);
    }

    @Test
    void rejectedUpdateChangesNothing() {
        String name = unique("Unchanged");
        String id = createSource(Map.of("name", name, "kind", "PERSON", "affiliation", "Belarus"));
        String taken = createSource(unique("Taken"));
        String takenName = given().get("/sources/" + taken).then().extract().path("name");
        Map<String, Object> bad = new HashMap<>(Map.of("name", takenName, "kind", "GROUP", "affiliation", "Russia"));
        writer().header("If-Match", "\"0\"").body(bad).put("/sources/" + id).then().statusCode(409);
        bad.put("name", unique("Other"));
        bad.put("kind", "MARTIAN");
        writer().header("If-Match", "\"0\"").body(bad).put("/sources/" + id).then().statusCode(400);
        given().get("/sources/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo(name)).body("kind", equalTo("PERSON")).body("affiliation", equalTo("Belarus"));
    }
}
