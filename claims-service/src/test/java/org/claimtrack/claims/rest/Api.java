package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request helpers shared by the REST tests: the service token, JSON bodies, unique claim texts. */
public final class Api {

    static final String TOKEN = "test-token";

    private Api() {
    }

    /** A request allowed to write (service token set), sending JSON. */
    public static RequestSpecification writer() {
        return given().header("X-Claimtrack-Service-Token", TOKEN).contentType(ContentType.JSON);
    }

    /** A claim text no other test uses. */
    static String uniqueText(String start) {
        return start + " (case " + UUID.randomUUID() + ")";
    }

    static Map<String, Object> claimBody(String text, String... tags) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("tags", List.of(tags));
        return body;
    }

    public static String createClaim(Map<String, Object> body) {
        return writer().body(body).post("/claims").then().statusCode(201).extract().path("id");
    }

    static String createClaim(String text) {
        return createClaim(claimBody(text));
    }

    static Map<String, Object> source(String name, String kind, String affiliation, String reliability) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", name);
        source.put("kind", kind);
        source.put("affiliation", affiliation);
        source.put("reliability", reliability);
        return source;
    }

    static Map<String, Object> stance(UUID sourceId, String stance, String quote, String statedAt, Map<String, Object> source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceId", sourceId.toString());
        body.put("stance", stance);
        body.put("quote", quote);
        body.put("statedAt", statedAt);
        body.put("source", source);
        return body;
    }

    static ValidatableResponse addStance(String claimId, Map<String, Object> stance) {
        return writer().body(stance).post("/claims/{id}/stances", claimId).then();
    }

    static String etag(String claimId) {
        return given().get("/claims/{id}", claimId).then().statusCode(200).extract().header("ETag");
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
