package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stance records the document text version its quote was checked in, so a later edit of the text shows. */
@QuarkusTest
class StanceDocumentVersionTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void documentVersionIsStoredAndReturnedEverywhere() {
        UUID source = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        String id = createClaim(uniqueText("Russia has massed up to 100,000 soldiers near the border"));
        Map<String, Object> body = stance(source, "ASSERTS", "up to 100,000 soldiers", "2021-12-30T08:00:00Z",
                source("Kiev government", "GOVERNMENT", "Ukraine", "B"));
        body.put("documentId", document.toString());
        body.put("documentVersion", 2);
        String location = addStance(id, body).statusCode(201).body("documentVersion", equalTo(2)).extract().header("Location");
        given().get(location).then().statusCode(200).body("documentVersion", equalTo(2));
        given().get("/claims/{id}/stances", id).then().body("items[0].documentVersion", equalTo(2));
        given().get("/claims/{id}/record", id).then().body("stances[0].documentVersion", equalTo(2));
        given().get("/stances?documentId={d}", document).then().body("items[0].documentVersion", equalTo(2));
        given().get("/claims/{id}/history", id).then().body("items[1].details.documentVersion", equalTo(2));

        // older stances and stances without a document carry none
        Map<String, Object> plain = stance(UUID.randomUUID(), "DENIES", "Nonsense", "2021-12-30T09:00:00Z",
                source("Moscow government", "GOVERNMENT", "Russia", "C"));
        addStance(id, plain).statusCode(201).body("$", not(hasKey("documentVersion")));
    }

    @Test
    void documentVersionNeedsADocumentAndIsPositive() {
        String id = createClaim(uniqueText("A warehouse burned down in the port district overnight"));
        Map<String, Object> body = stance(UUID.randomUUID(), "ASSERTS", "it burned", "2021-12-30T08:00:00Z",
                source("Port authority", "ORGANIZATION", "", "C"));
        body.put("documentVersion", 1);
        addStance(id, body).statusCode(400).body("errors.field", equalTo(List.of("documentVersion")));
        body.put("documentId", UUID.randomUUID().toString());
        body.put("documentVersion", 0);
        addStance(id, body).statusCode(400).body("errors.field", equalTo(List.of("documentVersion")));
        body.put("documentVersion", "two");
        addStance(id, body).statusCode(400).body("errors[0].field", equalTo("documentVersion"));

        body.put("documentVersion", 1);
        body.put("claimId", id);
        writer().body(List.of(body)).post("/stances/batch").then().statusCode(200).body("items[0].outcome", equalTo("CREATED"));
        given().get("/claims/{id}/stances", id).then().body("items[0].documentVersion", equalTo(1));
    }
}
