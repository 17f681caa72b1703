package org.claimtrack.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;

/**
 * Checks every REST Assured request and response of a test suite against the OpenAPI document the
 * service under test actually serves, so the document cannot drift from the code.
 *
 * <p>Use: {@code @BeforeAll static void contract() { OpenApiContract.enforce(); }} or register the
 * filter on a single request with {@code given().filter(OpenApiContract.filter())}.
 */
public final class OpenApiContract {

    private static OpenApiValidationFilter filter;

    private OpenApiContract() {
    }

    /** The validation filter for the document served at {@code /q/openapi} of the app under test. */
    public static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            String spec = RestAssured.given().filters(java.util.List.of())
                    .accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString();
            filter = new OpenApiValidationFilter(responseValidator(spec));
        }
        return filter;
    }

    /**
     * Checks responses against a served document (read as 3.0 with its objects closed, see {@link OpenApi30}); requests
     * are not judged: they are deliberately malformed in error-case tests, the response is what we check.
     */
    public static OpenApiInteractionValidator responseValidator(String servedDocument) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.closed(servedDocument))
                .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                .build();
    }

    /** Applies the check to every request the test JVM sends through REST Assured from now on. */
    public static void enforce() {
        OpenApiValidationFilter f = filter();
        if (!RestAssured.filters().contains(f)) {
            RestAssured.filters(f);
        }
    }
}
