package org.claimtrack.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimtrack.testing.OpenApiContract;

/**
 * Checks REST Assured responses against the OpenAPI document a running service serves at {@code /q/openapi}:
 * {@code given().spec(OpenApiCheck.spec(system.gatewayUrl()))...}. Requests are not judged (error-case tests send
 * malformed ones on purpose); every response must match its documented status, headers and schema.
 */
public final class OpenApiCheck {

    private static final Map<String, OpenApiValidationFilter> FILTERS = new ConcurrentHashMap<>();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private OpenApiCheck() {
    }

    /** The served document of the service at {@code baseUrl}, as JSON text. */
    public static String document(String baseUrl) {
        return RestAssured.given().baseUri(baseUrl).accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
    }

    /** The response check for the service at {@code baseUrl} (its document is read once per URL). */
    public static OpenApiValidationFilter filter(String baseUrl) {
        return FILTERS.computeIfAbsent(baseUrl, url -> new OpenApiValidationFilter(validator(url)));
    }

    /** The validator behind {@link #filter}, for responses read without REST Assured (the fuzzer's). */
    public static OpenApiInteractionValidator validator(String baseUrl) {
        return VALIDATORS.computeIfAbsent(baseUrl, url -> OpenApiContract.responseValidator(document(url)));
    }

    /** A request specification for the service at {@code baseUrl} with the response check on. */
    public static RequestSpecification spec(String baseUrl) {
        return new RequestSpecBuilder().setBaseUri(baseUrl).addFilter(filter(baseUrl)).build();
    }
}
