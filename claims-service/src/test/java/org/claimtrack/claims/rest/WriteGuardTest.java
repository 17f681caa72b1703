package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.claimBody;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service token on every write, and the transport-level refusals (413, 415): none of them writes anything. */
@QuarkusTest
class WriteGuardTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void everyWriteNeedsTheServiceToken() {
        String text = uniqueText("Putin is convinced a useful dialogue with the US is possible");
        given().contentType(ContentType.JSON).body(claimBody(text)).post("/claims").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("X-Claimtrack-Service-Token"));
        given().header("X-Claimtrack-Service-Token", "wrong").contentType(ContentType.JSON).body(claimBody(text))
                .post("/claims").then().statusCode(401);
        given().get("/claims/counts?q={q}", text).then().body("total", equalTo(0));

        String id = createClaim(text);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(claimBody(text + "!"))
                .put("/claims/{id}", id).then().statusCode(401);
        given().header("If-Match", "\"0\"").delete("/claims/{id}", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of()).post("/claims/{id}/stances", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of()).post("/claims/{id}/verdicts", id).then().statusCode(401);
        given().header("If-Match", "\"0\"").delete("/claims/{id}/stances/{s}", id, UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON).body("[]").post("/claims/batch").then().statusCode(401);
        given().contentType(ContentType.JSON).body("[]").post("/stances/batch").then().statusCode(401);
        given().contentType(ContentType.JSON).body("[]").post("/verdicts/batch").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "PERSON"))
                .put("/source-snapshots/{s}", UUID.randomUUID()).then().statusCode(401);
        given().get("/claims/{id}", id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void wrongMediaTypeIs415AndOversizedBodyIs413() {
        String text = uniqueText("The meeting will be held on January 12 between Russia and NATO");
        writer().contentType(ContentType.TEXT).body(text).post("/claims").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415))
                .body("detail", equalTo("The request body must be sent as application/json"));
        given().get("/no-such-path").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Nothing here: the path does not exist, or an id in it is not a UUID"));
        String huge = "x".repeat(2 * 1024 * 1024 + 10);
        writer().body("{\"text\": \"" + huge + "\"}").post("/claims").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        given().get("/claims/counts?q={q}", text).then().body("total", equalTo(0));
    }
}
