package org.claimtrack.sources.rest;

import org.claimtrack.sources.api.QuoteLocate;
import static org.claimtrack.sources.rest.Api.createDocument;
import static org.claimtrack.sources.rest.Api.uniqueUrl;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteLocateTest {

    static final String TEXT = "Moscow said: \u00ABNo troops will cross the border.\u00BB Kiev said: \u201CRussia has deployed up to"
            + " 100,000 soldiers\non Ukraine\u2019s borders.\u201D Up to 100,000 soldiers, it repeated.";

    static String document;

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
        if (document == null) {
            document = createDocument(Map.of("url", uniqueUrl(), "title", "Geneva", "archivedText", TEXT));
        }
    }

    private static Map<String, String> quote(String key, String exact) {
        return Map.of("key", key, "exact", exact);
    }

    @Test
    void locatesEachQuoteInRequestOrderAsTheQuoteCheckDoes() {
        int guillemet = TEXT.indexOf('\u00AB');
        int curly = TEXT.indexOf('\u201C');
        int inside = TEXT.indexOf("up to 100,000");
        String sha = RestAssured.get("/documents/" + document).then().extract().path("contentSha256");
        writer().body(Map.of("quotes", List.of(
                        quote("guillemets", "\"No troops will cross the border.\""),
                        quote("curly", "\"Russia has deployed up to 100,000 soldiers on Ukraine's borders.\""),
                        quote("overlapping", "up to 100,000 soldiers on Ukraine's"),
                        quote("identical", "up to 100,000 soldiers on Ukraine's"),
                        quote("absent", "200,000 tanks"))))
                .post("/documents/" + document + "/quotes/locate").then().statusCode(200)
                .body("contentSha256", equalTo(sha))
                .body("items.key", contains("guillemets", "curly", "overlapping", "identical", "absent"))
                .body("items.found", contains(true, true, true, true, false))
                .body("items[0].start", is(guillemet))
                .body("items[0].end", is(TEXT.indexOf('\u00BB') + 1))
                .body("items[1].start", is(curly))
                .body("items[1].end", is(TEXT.indexOf('\u201D') + 1))
                .body("items[2].start", is(inside))
                .body("items[2].end", is(TEXT.indexOf("\u2019s borders") + 2))
                .body("items[3].start", is(inside))
                .body("items[4]", not(hasKey("start")));
        // the checker's answer for the same quote
        writer().body(Map.of("exact", "\"No troops will cross the border.\"")).post("/documents/" + document + "/quote-check")
                .then().body("start", is(guillemet)).body("end", is(TEXT.indexOf('\u00BB') + 1));
    }

    @Test
    void suffixChoosesAmongRepeats() {
        String second = "Up to 100,000 soldiers";
        writer().body(Map.of("quotes", List.of(Map.of("key", "s", "exact", "to 100,000 soldiers", "suffix", ", it repeated"))))
                .post("/documents/" + document + "/quotes/locate").then().statusCode(200)
                .body("items[0].start", is(TEXT.indexOf(second) + 3));
    }

    @Test
    void badInputIsA400NamingTheField() {
        String path = "/documents/" + document + "/quotes/locate";
        writer().body(Map.of()).post(path).then().statusCode(400).body("errors[0].field", equalTo("quotes"));
        writer().body(Map.of("quotes", List.of(Map.of("key", "a", "exact", " ")))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("quotes[0].exact"));
        writer().body(Map.of("quotes", List.of(Map.of("exact", "Moscow")))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("quotes[0].key"));
        writer().body(Map.of("quotes", List.of(quote("a", "Moscow"), quote("b", "Kiev"), quote("a", "said"))))
                .post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("quotes[2].key"))
                .body("detail", equalTo("Invalid quotes[2].key: repeats the key of quotes[0]"));
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i <= QuoteLocate.MAX_QUOTES; i++) {
            tooMany.add(quote("k" + i, "Moscow"));
        }
        writer().body(Map.of("quotes", tooMany)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("quotes"));
        writer().body("{\"quotes\": {}}").post(path).then().statusCode(400);
    }

    @Test
    void unknownDocumentIs404AndOneWithoutTextIs409() {
        writer().body(Map.of("quotes", List.of(quote("a", "x"))))
                .post("/documents/3fa85f64-5717-4562-b3fc-2c963f66afa6/quotes/locate").then().statusCode(404);
        String noText = createDocument(Map.of("url", uniqueUrl(), "title", "Empty"));
        writer().body(Map.of("quotes", List.of(quote("a", "x")))).post("/documents/" + noText + "/quotes/locate")
                .then().statusCode(409);
    }
}
