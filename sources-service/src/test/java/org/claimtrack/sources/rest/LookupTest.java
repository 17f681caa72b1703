package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createDocument;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.uniqueUrl;
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

    @Test
    void recordsBringTheDocumentsWithTheirPublishersBesideTheSourcesAskedFor() {
        String speaker = createSource(unique("Records speaker"));
        String publisher = createSource(unique("Records outlet"));
        String document = createDocument(Map.of("url", uniqueUrl(), "title", "Talks in Geneva", "publisherId", publisher));
        String missingSource = UUID.randomUUID().toString();
        String missingDocument = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceIds", List.of(speaker, missingSource, speaker), "documentIds", List.of(missingDocument, document)))
                .post("/records/lookup").then().statusCode(200)
                .body("sources.id", equalTo(List.of(speaker, publisher)))
                .body("documents.id", equalTo(List.of(document)))
                .body("documents[0].title", equalTo("Talks in Geneva"))
                .body("documents[0].archivedText", org.hamcrest.Matchers.nullValue())
                .body("missingSourceIds", equalTo(List.of(missingSource)))
                .body("missingDocumentIds", equalTo(List.of(missingDocument)));
        // either list may be left out; a publisher asked for as a source is listed once
        given().contentType(ContentType.JSON).body(Map.of("documentIds", List.of(document, document)))
                .post("/records/lookup").then().statusCode(200)
                .body("sources.id", equalTo(List.of(publisher)))
                .body("documents.id", equalTo(List.of(document)))
                .body("missingSourceIds", equalTo(List.of()));
        given().contentType(ContentType.JSON).body(Map.of("sourceIds", List.of(publisher), "documentIds", List.of(document)))
                .post("/records/lookup").then().statusCode(200).body("sources.id", equalTo(List.of(publisher)));
        given().contentType(ContentType.JSON).body(Map.of()).post("/records/lookup").then().statusCode(200)
                .body("sources", equalTo(List.of())).body("documents", equalTo(List.of()));
    }

    @Test
    void recordsRefuseMoreThan500IdsOfAKindAndInvalidIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        given().contentType(ContentType.JSON).body(Map.of("documentIds", ids)).post("/records/lookup").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("documentIds"));
        given().contentType(ContentType.JSON).body(Map.of("sourceIds", List.of("nope"))).post("/records/lookup").then()
                .statusCode(400).body("errors[0].field", equalTo("sourceIds[0]"));
        given().contentType(ContentType.TEXT).body("{}").post("/records/lookup").then().statusCode(415);
    }
}
