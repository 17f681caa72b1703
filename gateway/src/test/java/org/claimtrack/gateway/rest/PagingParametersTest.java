package org.claimtrack.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every paged read of the gateway (lists, and the stances of a source's profile or a document) takes {@code page}
 * and {@code size} by the same rule: a whole number, size 1 to 200; anything else is a 400 naming the parameter, and
 * nothing is asked downstream.
 */
@QuarkusTest
class PagingParametersTest extends GatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/claims", "/api/sources", "/api/documents", "/api/parties",
            "/api/sources/" + Examples.MINISTRY_ID, "/api/documents/" + Examples.DOCUMENT_ID})
    void badPageOrSizeIsA400NamingIt(String path) {
        for (String size : new String[] {"0", "201", "ten", "-1", "1.5", "99999999999"}) {
            given().queryParam("size", size).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("size")).body("errors[0].message", containsString("1 to 200"));
        }
        for (String page : new String[] {"-1", "first", "2147483648"}) {
            given().queryParam("page", page).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("page"));
        }
        assertEquals(0, stubs.requestCount());
    }
}
