package org.claimtrack.sources.rest;

import static org.claimtrack.sources.rest.Api.createDocument;
import static org.claimtrack.sources.rest.Api.uniqueUrl;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteCheckTest {

    static final String TEXT = "GENEVA \u2014 Kiev said on Thursday: \u201CRussia has deployed up to 100,000 soldiers\non Ukraine\u2019s  borders.\u201D"
            + " Moscow denied it.";

    static String document;

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
        if (document == null) {
            document = createDocument(Map.of("url", uniqueUrl(), "title", "Geneva", "archivedText", TEXT));
        }
    }

    @Test
    void findsQuoteDespiteTypographicQuotesWhitespaceAndDashes() {
        String exact = "\"Russia has deployed up to 100,000 soldiers on Ukraine's borders.\"";
        int start = TEXT.indexOf('\u201C');
        writer().body(Map.of("exact", exact)).post("/documents/" + document + "/quote-check").then().statusCode(200)
                .body("found", is(true))
                .body("start", is(start))
                .body("end", is(TEXT.indexOf('\u201D') + 1))
                .body("matchedText", equalTo(TEXT.substring(start, TEXT.indexOf('\u201D') + 1)))
                .body("$", not(hasKey("closest")));
        writer().body(Map.of("exact", "GENEVA - Kiev said")).post("/documents/" + document + "/quote-check").then()
                .body("found", is(true)).body("start", is(0)).body("matchedText", equalTo("GENEVA \u2014 Kiev said"));
    }

    @Test
    void notFoundGivesTheClosestPassage() {
        writer().body(Map.of("exact", "Russia has deployed up to 200,000 soldiers")).post("/documents/" + document + "/quote-check")
                .then().statusCode(200)
                .body("found", is(false))
                .body("closest.text", equalTo("Russia has deployed up to 100,000 soldiers"))
                .body("closest.start", is(TEXT.indexOf("Russia")))
                .body("closest.score", greaterThan(0.5f))
                .body("closest.score", lessThan(1.0f));
        // case is not tolerated
        writer().body(Map.of("exact", "russia has deployed")).post("/documents/" + document + "/quote-check")
                .then().body("found", is(false));
    }

    @Test
    void quoteCheckIsValidatedAndNeedsText() {
        writer().body(Map.of("exact", " ")).post("/documents/" + document + "/quote-check").then().statusCode(400)
                .body("errors[0].field", equalTo("exact"));
        String noText = createDocument(Map.of("url", uniqueUrl(), "title", "Empty"));
        writer().body(Map.of("exact", "x")).post("/documents/" + noText + "/quote-check").then().statusCode(409);
        writer().body(Map.of("exact", "x")).post("/documents/3fa85f64-5717-4562-b3fc-2c963f66afa6/quote-check")
                .then().statusCode(404);
    }
}
