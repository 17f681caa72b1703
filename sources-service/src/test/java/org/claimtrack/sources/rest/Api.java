package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Request helpers shared by the REST tests. */
final class Api {

    static final String TOKEN_HEADER = "X-Claimtrack-Service-Token";
    static final String TOKEN = "test-token";

    private Api() {
    }

    /** A JSON request with the service token, as the gateway sends writes. */
    static RequestSpecification writer() {
        return given().header(TOKEN_HEADER, TOKEN).contentType(ContentType.JSON);
    }

    /** A name no other test uses. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String createSource(Map<String, ?> body) {
        return writer().body(body).post("/sources").then().statusCode(201).extract().path("id");
    }

    static String createSource(String name) {
        return createSource(Map.of("name", name, "kind", "PERSON"));
    }

    static String createDocument(Map<String, ?> body) {
        return writer().body(body).post("/documents").then().statusCode(201).extract().path("id");
    }

    static String uniqueUrl() {
        return "https://news.example.org/" + UUID.randomUUID();
    }
}
