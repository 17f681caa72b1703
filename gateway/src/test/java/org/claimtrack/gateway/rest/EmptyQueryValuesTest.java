package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.TEXT;
import static org.claimtrack.gateway.support.Fixtures.claim;
import static org.claimtrack.gateway.support.Fixtures.page;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

/**
 * An empty query value is refused wherever the served document gives the parameter a schema with no empty value (an
 * enum, a number, a boolean, a pattern), on every operation, before anything is asked downstream; free text may be
 * empty and then filters nothing.
 */
@QuarkusTest
class EmptyQueryValuesTest extends GatewayTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyParameterWhoseSchemaHasNoEmptyValueRefusesOne() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            String url = path.getKey().replace("{username}", TestUsers.ADMIN).replaceAll("\\{[^}]+}", CLAIM);
            for (var op : path.getValue().entrySet()) {
                for (Map<String, Object> parameter : (List<Map<String, Object>>) op.getValue().getOrDefault("parameters", List.of())) {
                    if (!"query".equals(parameter.get("in")) || admitsEmptyText((Map<String, Object>) parameter.get("schema"))) {
                        continue;
                    }
                    String name = (String) parameter.get("name");
                    TestUsers.admin().queryParam(name, "").request(op.getKey(), url).then()
                            .statusCode(400).contentType("application/problem+json")
                            .body("errors.field", contains(name)).body("errors[0].message", not(emptyString()));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "parameters checked: " + checked);
        assertEquals(0, stubs.requestCount());
    }

    @Test
    void emptyFreeTextFiltersNothing() {
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(page(claim(CLAIM, TEXT, "DISPUTED")))));
        given().get("/api/claims?q=&tag=&party=").then().statusCode(200).body("items.id", contains(CLAIM));
    }

    /** A string with nothing that rules out "": no pattern, enum, minimum length, or reference to a named schema. */
    private static boolean admitsEmptyText(Map<String, Object> schema) {
        return "string".equals(schema.get("type")) && !schema.containsKey("pattern") && !schema.containsKey("enum")
                && !schema.containsKey("minLength") && !schema.containsKey("format");
    }
}
