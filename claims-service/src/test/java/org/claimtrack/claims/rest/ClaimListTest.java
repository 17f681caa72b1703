package org.claimtrack.claims.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.claims.rest.Api.addStance;
import static org.claimtrack.claims.rest.Api.claimBody;
import static org.claimtrack.claims.rest.Api.createClaim;
import static org.claimtrack.claims.rest.Api.source;
import static org.claimtrack.claims.rest.Api.stance;
import static org.claimtrack.claims.rest.Api.uniqueText;
import static org.claimtrack.claims.rest.Api.writer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /claims filters, sort and pagination; GET /claims/counts; GET /claims/similar. */
@QuarkusTest
class ClaimListTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    @Test
    void filtersByWordsNumbersStatusSourcePartyTagTopicLanguageAndTime() {
        String tag = "list-" + UUID.randomUUID();
        UUID kyiv = UUID.randomUUID();
        Map<String, Object> troops = claimBody(uniqueText("Russia has deployed up to 100,000 soldiers near Ukraine"), tag);
        troops.put("topic", "border-" + tag);
        String troopsId = createClaim(troops);
        Map<String, Object> talks = claimBody(uniqueText("Talks in Geneva are scheduled for January 10"), tag);
        talks.put("language", "fr");
        talks.put("headline", "100000 diplomats");
        String talksId = createClaim(talks);
        Instant between = Instant.now();
        String third = createClaim(claimBody(uniqueText("Biden promised harsh sanctions if Russia attacked"), tag));
        addStance(troopsId, stance(kyiv, "ASSERTS", "up to 100,000 soldiers", "2021-12-28T09:00:00Z",
                source("Government of Ukraine", "GOVERNMENT", "Ukraine", "C"))).statusCode(201);
        addStance(troopsId, stance(UUID.randomUUID(), "DENIES", "Moscow denied", "2021-12-30T09:00:00Z",
                source("Government of Russia", "GOVERNMENT", "Russia", "C"))).statusCode(201);

        // default sort: updatedAt desc (the troops claim changed last)
        given().get("/claims?tag={t}", tag).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.id", equalTo(List.of(troopsId, third, talksId)))
                .body("items[0].status", equalTo("DISPUTED"))
                .body("items[0].counts.denies", equalTo(1));
        given().get("/claims?tag={t}&sort=createdAt,asc&size=2&page=1", tag).then()
                .body("total", equalTo(3)).body("items.id", equalTo(List.of(third)));
        // numbers match with or without separators, words case-insensitively, headline included
        given().get("/claims?tag={t}&q=100000", tag).then().body("items.id", equalTo(List.of(troopsId, talksId)));
        given().get("/claims?tag={t}&q={q}", tag, "SOLDIERS 100,000").then().body("items.id", equalTo(List.of(troopsId)));
        given().get("/claims?tag={t}&q=tanks", tag).then().body("total", equalTo(0));
        // one word and no other filter: the total is read from the token index alone
        String word = "zork" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String first = createClaim(claimBody("The word " + word + " appears in this claim first"));
        String second = createClaim(claimBody("The word " + word + " appears again in this second claim"));
        given().get("/claims?q={w}", word.toUpperCase()).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(second, first)));
        given().get("/claims?q={w}&size=1&page=1", word).then().body("total", equalTo(2))
                .body("items.id", equalTo(List.of(first)));
        given().get("/claims?q={w}&status=DISPUTED", word).then().body("total", equalTo(0));
        given().get("/claims?tag={t}&status=DISPUTED&status=UNSOURCED&sort=createdAt,asc", tag).then()
                .body("items.id", equalTo(List.of(troopsId, talksId, third)));
        given().get("/claims?tag={t}&status=DISPUTED", tag).then().body("items.id", equalTo(List.of(troopsId)));
        given().get("/claims?sourceId={s}", kyiv).then().body("items.id", equalTo(List.of(troopsId)));
        given().get("/claims?tag={t}&party=RUSSIA", tag).then().body("items.id", equalTo(List.of(troopsId)));
        given().get("/claims?topic={t}", "border-" + tag).then().body("items.id", equalTo(List.of(troopsId)));
        given().get("/claims?tag={t}&language=fr", tag).then().body("items.id", equalTo(List.of(talksId)));
        given().get("/claims?tag={t}&updatedSince={s}", tag, between.toString()).then()
                .body("items.id", equalTo(List.of(troopsId, third)));

        given().get("/claims/counts?tag={t}", tag).then().statusCode(200)
                .body("total", equalTo(3))
                .body("byStatus.DISPUTED", equalTo(1))
                .body("byStatus.UNSOURCED", equalTo(2))
                .body("byStatus.VERIFIED", equalTo(0))
                .body("byStatus.size()", equalTo(9));
        given().get("/claims/counts?tag={t}&q=geneva", tag).then().body("total", equalTo(1));
        given().get("/claims/counts").then().statusCode(200).body("total", greaterThanOrEqualTo(3));
    }

    @Test
    void rejectsInvalidListParameters() {
        given().get("/claims?status=MAYBE").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of UNSOURCED, SINGLE_PARTY, CORROBORATED, DISPUTED, DENIED, "
                        + "VERIFIED, MISLEADING, FALSE, UNVERIFIABLE"));
        given().get("/claims/counts?status=MAYBE").then().statusCode(400);
        given().get("/claims?sort=text,asc").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().get("/claims?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/claims?size=201").then().statusCode(400);
        given().get("/claims?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/claims?sourceId=123").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        given().get("/claims?updatedSince=2021-12-30").then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void findsSimilarClaimsWithAScore() {
        String marker = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String same = createClaim("Russia has deployed up to 100,000 soldiers on the borders of Ukraine " + marker);
        String near = createClaim("Up to 100000 Russian soldiers deployed at Ukraine's borders " + marker);
        createClaim(uniqueText("The foreign ministers discussed sanctions against Russia in a call"));
        given().get("/claims/similar?text={t}&limit=2", "Russia deployed 100.000 soldiers on Ukraine's borders " + marker)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(same, near)))
                .body("items[0].status", equalTo("UNSOURCED"))
                .body("items[0].text", containsString("100,000"));
        given().get("/claims/similar?text={t}", "Russia has deployed up to 100,000 soldiers on the borders of Ukraine " + marker)
                .then().body("items[0].id", equalTo(same)).body("items[0].score", equalTo(1.0f));
        given().get("/claims/similar?text={t}", "qwertyuiop asdfghjkl").then().statusCode(200).body("items", equalTo(List.of()));
        given().get("/claims/similar").then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().get("/claims/similar?text=troops&limit=51").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
