package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StanceResourceTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void addsListsReadsAndRemovesStances() {
        UUID source = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        String id = createClaim(uniqueText("The US and its allies refused to give any guarantees to Russia"));
        Map<String, Object> body = stance(source, "ASSERTS", "the United States and its allies refused to give any guarantees",
                "2021-12-30T08:00:00Z", source("US State Department", "GOVERNMENT", "  United   States ", null));
        body.put("documentId", document.toString());
        body.put("selector", Map.of("exact", "refused to give any guarantees", "prefix", "its allies ", "suffix", " to Russia"));
        String location = writer().header("X-Claimtrack-Actor", "maria").body(body).post("/claims/{id}/stances", id).then()
                .statusCode(201).header("ETag", "\"1\"")
                .body("claimId", equalTo(id))
                .body("source.affiliation", equalTo("United   States"))
                .body("source.reliability", equalTo("F"))
                .body("selector.prefix", equalTo("its allies "))
                .extract().header("Location");
        String stanceId = location.substring(location.lastIndexOf('/') + 1);
        given().get(location).then().statusCode(200).body("id", equalTo(stanceId)).body("documentId", equalTo(document.toString()));
        given().get("/claims/{id}/stances", id).then().statusCode(200).body("items.id", equalTo(List.of(stanceId)));
        given().get("/claims/{id}", id).then().body("status", equalTo("SINGLE_PARTY"))
                .body("assertingParties", equalTo(List.of("United States")));
        given().get("/claims?party=united states&q={q}", "guarantees allies").then()
                .body("items.id", hasItem(id));

        // the same source with the same quote again is a duplicate; a rejected request changes nothing
        addStance(id, body).statusCode(409).body("existingId", equalTo(stanceId));
        given().get("/claims/{id}", id).then().body("version", equalTo(1)).body("counts.asserts", equalTo(1));

        writer().header("If-Match", "\"0\"").delete("/claims/{id}/stances/{s}", id, stanceId).then().statusCode(412);
        writer().header("If-Match", "\"1\"").delete("/claims/{id}/stances/{s}", id, UUID.randomUUID()).then().statusCode(404);
        writer().queryParam("reason", "r".repeat(301)).delete("/claims/{id}/stances/{s}", id, stanceId).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        writer().header("X-Claimtrack-Actor", "olek").queryParam("reason", " Recorded on the wrong claim ")
                .delete("/claims/{id}/stances/{s}", id, stanceId).then().statusCode(204).header("ETag", "\"2\"");
        given().get("/claims/{id}", id).then().body("status", equalTo("UNSOURCED")).body("counts.asserts", equalTo(0));
        given().get("/claims/{id}/history", id).then()
                .body("items.action", equalTo(List.of("CLAIM_CREATED", "STANCE_ADDED", "STATUS_CHANGED", "STANCE_REMOVED",
                        "STATUS_CHANGED")))
                .body("items[3].actor", equalTo("olek")).body("items[3].details.reason", equalTo("Recorded on the wrong claim"))
                .body("items[1].details.quote", containsString("refused to give any guarantees"));
    }

    @Test
    void rejectsInvalidStances() {
        String id = createClaim(uniqueText("Zelensky postponed the security council meeting to Thursday"));
        writer().body(Map.of("stance", "SUPPORTS", "quote", "")).post("/claims/{id}/stances", id).then().statusCode(400)
                .body("errors[0].field", equalTo("stance"))
                .body("errors[0].message", equalTo("must be one of ASSERTS, DENIES, QUESTIONS, REPORTS"));
        writer().body(Map.of("stance", "ASSERTS", "quote", "", "source", Map.of("kind", "PERSON")))
                .post("/claims/{id}/stances", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("quote", "source.name", "sourceId", "statedAt")));
        Map<String, Object> body = stance(UUID.randomUUID(), "ASSERTS", "postponed", "2021-12-29T10:00:00Z",
                source("Zelensky", "PRESIDENT", "Ukraine", "B"));
        addStance(id, body).statusCode(400).body("errors[0].field", equalTo("source.kind"));
        body = stance(UUID.randomUUID(), "ASSERTS", "postponed", "2021-12-29T10:00:00Z",
                source("Zelensky", "PERSON", "Ukraine", "B"));
        addStance(UUID.randomUUID().toString(), body).statusCode(404);
        given().get("/claims/{id}/stances", UUID.randomUUID()).then().statusCode(404);
        given().get("/claims/{id}/stances/{s}", id, UUID.randomUUID()).then().statusCode(404);
        given().get("/claims/{id}", id).then().body("version", equalTo(0)).body("counts.asserts", equalTo(0));
    }

    @Test
    void stancesBySourceCountsAndReferences() {
        UUID zakharova = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        UUID unused = UUID.randomUUID();
        String first = createClaim(uniqueText("Russia will ask for stable legal security guarantees"));
        String second = createClaim(uniqueText("NATO expansion to the east must stop"));
        Map<String, Object> a = stance(zakharova, "ASSERTS", "stable legal security guarantees", "2021-12-30T09:00:00Z",
                source("Maria Zakharova", "PERSON", "Russia", "D"));
        a.put("documentId", document.toString());
        addStance(first, a).statusCode(201);
        addStance(second, stance(zakharova, "ASSERTS", "stop NATO's expansion to the east", "2021-12-30T09:05:00Z",
                source("Maria Zakharova", "PERSON", "Russia", "D"))).statusCode(201);
        addStance(second, stance(UUID.randomUUID(), "DENIES", "NATO will not close its door", "2021-12-30T11:00:00Z",
                source("NATO", "INTERGOVERNMENTAL", "", "B"))).statusCode(201);

        given().get("/stances?sourceId={s}&size=1", zakharova).then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1))
                .body("items[0].claimId", equalTo(second))
                .body("items[0].claimStatus", equalTo("DISPUTED"))
                .body("items[0].claimText", containsString("NATO expansion"));
        given().get("/stances?documentId={d}", document).then().body("items.claimId", equalTo(List.of(first)));
        given().get("/stances").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        given().get("/stances?sourceId=nope").then().statusCode(400);
        given().get("/stances?sourceId={s}&size=500", zakharova).then().statusCode(400).body("errors[0].field", equalTo("size"));

        given().get("/stances/counts?sourceIds={a},{b}", zakharova, unused).then().statusCode(200)
                .body("items[0].sourceId", equalTo(zakharova.toString()))
                .body("items[0].byStance.ASSERTS.SINGLE_PARTY", equalTo(1))
                .body("items[0].byStance.ASSERTS.DISPUTED", equalTo(1))
                .body("items[0].byStance.DENIES", equalTo(Map.of()))
                .body("items[1].sourceId", equalTo(unused.toString()));
        given().get("/stances/counts").then().statusCode(400);

        given().get("/stances/references?sourceIds={a},{b}&documentIds={d}", zakharova, unused, document).then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("SOURCE", "DOCUMENT")))
                .body("items[0].stanceCount", equalTo(2))
                .body("items[0].claimIds.size()", equalTo(2))
                .body("items[1].claimIds", equalTo(List.of(first)));
        given().get("/stances/references").then().statusCode(400);
    }
}
