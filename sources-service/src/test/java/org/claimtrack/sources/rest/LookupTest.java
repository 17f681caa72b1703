package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LookupTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void returnsFoundInRequestOrderAndMissingIds() {
        String first = createSource(unique("Lookup one"));
        String second = createSource(unique("Lookup two"));
        String missing = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(second, missing, first, second)))
                .post("/sources/lookup").then().statusCode(200)
                .body("items.id", equalTo(List.of(second, first)))
                .body("missingIds", equalTo(List.of(missing)));
    }

    @Test
    void fiveHundredIdsAreFineAndMoreAre400() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        given().contentType(ContentType.JSON).body(Map.of("ids", ids)).post("/sources/lookup").then().statusCode(200)
                .body("missingIds", hasSize(500));
        ids.add(UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(Map.of("ids", ids)).post("/sources/lookup").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        given().contentType(ContentType.JSON).body(Map.of("ids", ids)).post("/documents/lookup").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
    }

    @Test
    void invalidIdsAre400NamingTheEntry() {
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(UUID.randomUUID().toString(), "nope")))
                .post("/sources/lookup").then().statusCode(400).body("errors[0].field", equalTo("ids[1]"));
    }
}
