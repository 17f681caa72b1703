package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createDocument;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.uniqueUrl;
import static org.claimtrack.sources.rest.Api.writer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.ServiceTokenSweep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the served document, without the service token and with a wrong one: 401 problem, and the
 * party, source and document addressed, and the number of parties, sources and documents are what they were. The
 * POSTs that only read (look-ups, quote checks) answer without the token.
 */
@QuarkusTest
class ServiceTokenTest {

    private static final Set<String> READS = Set.of("lookupSources", "lookupDocuments", "lookupRecords", "checkQuote",
            "locateQuotes", "lookupPartyChains");

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void everyServedWriteIsRefusedWithoutTheRightTokenAndChangesNothing() throws Exception {
        String party = writer().body(Map.of("name", unique("Ruritania"))).post("/parties").then().statusCode(201)
                .extract().path("id");
        String source = createSource(unique("Maria Zakharova"));
        String document = createDocument(Map.of("url", uniqueUrl(), "title", "Briefing", "publisherId", source,
                "archivedText", "Russia has no plans to invade Ukraine."));

        List<String> swept = ServiceTokenSweep.sweep(READS, (path, name) -> {
            if (!name.equals("id")) {
                throw new AssertionError("no value for {" + name + "} in " + path);
            }
            return path.startsWith("/parties") ? party : path.startsWith("/sources") ? source : document;
        }, () -> List.of(
                given().get("/parties?size=1").then().statusCode(200).extract().path("total").toString(),
                given().get("/sources?size=1").then().statusCode(200).extract().path("total").toString(),
                given().get("/documents?size=1").then().statusCode(200).extract().path("total").toString(),
                given().get("/parties/{id}", party).then().statusCode(200).extract().asString(),
                given().get("/sources/{id}", source).then().statusCode(200).extract().asString(),
                given().get("/documents/{id}", document).then().statusCode(200).extract().asString(),
                given().get("/documents/{id}/versions", document).then().statusCode(200).extract().asString()));

        // sources: create, batch, update, delete; parties: create, update, merge; documents: create, archive, batch,
        // update, delete; the planner statistics: refresh
        assertEquals(13, swept.size(), String.valueOf(swept));
    }
}
