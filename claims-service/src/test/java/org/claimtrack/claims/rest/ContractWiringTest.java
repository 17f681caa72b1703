package org.claimtrack.claims.rest;

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
        Api.writer()
                .body("\"" + "x".repeat(3_000_000) + "\"").post("/claims").then().statusCode(413).body("title", equalTo("Content Too Large"));
        given().urlEncodingEnabled(false).get("/claims?status=%00").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("size", 0).get("/claims").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().urlEncodingEnabled(false).get("/claims?status=&q=").then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
        given().noFilters().delete("/claims").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().noFilters().options("/claims").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().noFilters().patch("/q/openapi").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS");
        Api.writer().body("{\"text\":\"Troops were deployed to the border\",\"tags\":\"troops\"}").post("/claims").then()
                .statusCode(400).body("errors[0].field", equalTo("tags"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Troops were deployed to the border")).post("/claims").then()
                .statusCode(401);
        Api.writer().body(List.of(Map.of(), 1, "x")).post("/claims/batch").then().statusCode(400)
                .body("errors.field", equalTo(List.of("[1]", "[2]")));
    }

    @Test
    void theDocumentDescribesTheSharedErrorResponses() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.responses.keySet()", hasItems("Unauthorized", "PayloadTooLarge", "InternalError"))
                .body("components.securitySchemes.serviceToken.name", equalTo("X-Claimtrack-Service-Token"))
                .body("paths.'/claims'.post.responses.'500'.$ref", equalTo("#/components/responses/InternalError"))
                .body("paths.'/claims'.post.parameters.find { it.name == 'X-Claimtrack-Actor' }", notNullValue());
    }
}
