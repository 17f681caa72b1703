package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The error conventions every operation shares: problem+json, plain words, nothing internal. */
@QuarkusTest
class ErrorContractTest {

    /** What must never reach a client: Java types and frames, SQL, framework annotations. */
    static final Pattern LEAK = Pattern.compile(
            "(?i)(exception|java\\.|jakarta\\.|org\\.|com\\.fasterxml|\\bat [a-z]+\\.|select |insert |constraint|@consumes|@produces|hibernate|jackson)");

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void bodyOverTwoMegabytesIs413Problem() {
        String name = unique("Huge");
        String body = "{\"name\":\"" + name + "\",\"kind\":\"PERSON\",\"description\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        writer().body(body).post("/sources").then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", is(413))
                .body("detail", containsString("2097152"));
        given().queryParam("q", name).get("/sources").then().body("total", is(0));
    }

    @Test
    void theNulCharacterIsRefusedInBodiesAndUrlsOnEveryDatabase() {
        String name = unique("Nul");
        writer().body(Map.of("name", name + "\u0000", "kind", "PERSON")).post("/sources").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("U+0000"));
        given().queryParam("q", name).get("/sources").then().body("total", is(0));
        given().urlEncodingEnabled(false).get("/sources?q=nul%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/documents?size=1&url=https%3A%2F%2Fexample.org%2F%00").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));

        String id = Api.createSource(name);
        writer().header("If-Match", "\"0\"").body(Map.of("name", name, "kind", "PERSON", "description", "a\u0000b"))
                .put("/sources/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("description"));
        given().get("/sources/{id}", id).then().statusCode(200).body("version", is(0));
    }

    @Test
    void instantsOutsideYearsOneTo9999AreRefused() {
        writer().body(Map.of("url", Api.uniqueUrl(), "title", "Far future", "publishedAt", "+169104628-12-10T19:08:15Z"))
                .post("/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAt")).body("errors[0].message", containsString("0001-01-01"));
        writer().body(Map.of("url", Api.uniqueUrl(), "title", "Far past", "publishedAt", -5_345_345_345_345L))
                .post("/documents").then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void textPlainIs415Problem() {
        given().header(Api.TOKEN_HEADER, Api.TOKEN).contentType(ContentType.TEXT).body("name=Someone")
                .post("/sources").then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request body must be sent as application/json"));
    }

    @Test
    void noWriteIsAcceptedWithoutAConfiguredTokenMatch() {
        given().header(Api.TOKEN_HEADER, "").contentType(ContentType.JSON).body(Map.of("name", unique("E"), "kind", "GROUP"))
                .post("/sources").then().statusCode(401).body("detail", containsString("X-Claimtrack-Service-Token"));
    }

    @Test
    void brokenJsonAndWrongTypesAre400WithFieldErrorsAndNoInternals() {
        List<String> bodies = List.of(
                "{\"name\": \"x\", ",
                "{\"name\": \"x\" \"kind\": 1}",
                "{\"name\": \"x\", \"kind\": \"PERSON\"} trailing",
                "{\"name\": \"x\", \"kind\": \"PERSON\", \"name\": \"y\"}",
                "[1, 2]",
                "\"just a string\"",
                "{\"name\": {\"a\": 1}, \"kind\": \"PERSON\"}",
                "{\"name\": 12, \"kind\": \"PERSON\"}",
                "{\"name\": \"x\", \"kind\": 3}",
                "{\"name\": \"x\", \"kind\": \"person\"}",
                "{\"name\": \"x\", \"kind\": \"PERSON\", \"reliability\": \"Z\"}",
                "{\"name\": \"x\", \"kind\": \"PERSON\", \"memberOfId\": \"nope\"}",
                "{\"name\": \"x\", \"kind\": \"PERSON\", \"memberOfId\": 1e999999}",
                "{\"name\": \"x\", \"kind\": \"PERSON\", \"affiliation\": 123456789012345678901234567890}",
                "{\"name\": \"x\", \"kind\": [\"PERSON\"]}",
                "null",
                "");
        for (String body : bodies) {
            Response response = writer().body(body).post("/sources");
            assertEquals(400, response.statusCode(), body);
            assertEquals("application/problem+json", response.contentType(), body);
            assertFalse(response.jsonPath().getList("errors").isEmpty(), "field errors for " + body);
            assertNoLeak(response, body);
        }
        Response wrongInstant = writer().body("{\"url\": \"https://x.example.org/a\", \"title\": \"t\", \"publishedAt\": \"yesterday\"}")
                .post("/documents");
        assertEquals(400, wrongInstant.statusCode());
        assertEquals("publishedAt", wrongInstant.jsonPath().getString("errors[0].field"));
    }

    @Test
    void badPathsAndQueriesAreProblemsWithoutInternals() {
        for (String path : List.of("/sources/not-a-uuid", "/documents/123", "/sources?kind=MARTIAN", "/sources?size=-5",
                "/sources?size=100000000000000000000", "/sources?page=x", "/documents?publisherId=zzz",
                "/documents?size=201", "/nowhere", "/sources/3fa85f64-5717-4562-b3fc-2c963f66afa6/text")) {
            Response response = given().get(path);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " → " + response.statusCode());
            assertEquals("application/problem+json", response.contentType(), path);
            assertNoLeak(response, path);
        }
        Response notAllowed = given().noFilters().header(Api.TOKEN_HEADER, Api.TOKEN).patch("/sources"); // not in the document
        assertEquals(405, notAllowed.statusCode());
        assertEquals("GET, HEAD, OPTIONS, POST", notAllowed.header("Allow"));
        assertNoLeak(notAllowed, "PATCH");
        assertEquals("GET, HEAD, OPTIONS, POST", given().noFilters().options("/sources").header("Allow"));
        Response notAcceptable = given().noFilters().accept("application/xml").get("/sources"); // not in the document
        assertEquals(406, notAcceptable.statusCode());
        assertNoLeak(notAcceptable, "Accept xml");
    }

    private static void assertNoLeak(Response response, String request) {
        String body = response.asString();
        assertFalse(LEAK.matcher(body).find(), request + " leaked internals: " + body);
        assertEquals("about:blank", response.jsonPath().getString("type"), body);
        assertEquals(response.statusCode(), response.jsonPath().getInt("status"), body);
    }
}
