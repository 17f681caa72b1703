package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared internal contract (module service-contract) is wired into this service; its rules are tested there. */
@QuarkusTest
class ContractWiringTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void everyPartOfTheContractAnswersHere() {
        given().header(Api.TOKEN_HEADER, Api.TOKEN).contentType(ContentType.JSON)
                .body("\"" + "x".repeat(3_000_000) + "\"").post("/sources").then().statusCode(413).body("title", equalTo("Content Too Large"));
        given().urlEncodingEnabled(false).get("/sources?kind=%00").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().queryParam("size", 0).get("/sources").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().urlEncodingEnabled(false).get("/sources?kind=&affiliation=").then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        Api.writer().body("{\"name\":\"Someone\",\"kind\":\"ROBOT\"}").post("/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Someone", "kind", "PERSON")).post("/sources").then()
                .statusCode(401);
        Api.writer().body(List.of(Map.of(), 1, "x")).post("/sources/batch").then().statusCode(400)
                .body("errors.field", equalTo(List.of("[1]", "[2]")));
    }

    @Test
    void theDocumentDescribesTheSharedErrorResponses() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.responses.keySet()", hasItems("BadRequest", "Unauthorized", "NotFound", "InternalError"))
                .body("components.securitySchemes.serviceToken.name", equalTo("X-Claimtrack-Service-Token"))
                .body("paths.'/sources'.post.responses.'500'.$ref", equalTo("#/components/responses/InternalError"))
                .body("paths.'/sources'.post.parameters.find { it.name == 'X-Claimtrack-Actor' }", notNullValue());
    }
}
