package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/party-chains: the steps that decide a source's root party, from the same walk as the source's
 * {@code rootParty}. Names carry a random suffix (other tests share the database).
 */
@QuarkusTest
class PartyChainTest {

    private final String suffix = " " + unique("").strip();

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    private static String createParty(Map<String, ?> body) {
        return writer().body(body).post("/parties").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse chains(List<String> ids) {
        return given().contentType(ContentType.JSON).body(Map.of("ids", ids)).post("/sources/party-chains").then();
    }

    @Test
    void aSourceWithItsOwnTopLevelPartyIsOneStepAway() {
        String party = createParty(Map.of("name", "Ruritania" + suffix));
        String source = createSource(Map.of("name", unique("Government"), "kind", "GOVERNMENT", "partyId", party));
        chains(List.of(source)).statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].sourceId", equalTo(source))
                .body("items[0].steps.link", equalTo(List.of("SOURCE", "PARTY")))
                .body("items[0].steps.id", equalTo(List.of(source, party)))
                .body("items[0].steps[1].name", equalTo("Ruritania" + suffix))
                .body("items[0].rootParty.id", equalTo(party))
                .body("missingIds", hasSize(0));
    }

    @Test
    void viaMemberOfTheHighestSourceWithAPartyDecides() {
        String party = createParty(Map.of("name", "Ruritania" + suffix));
        String guild = createParty(Map.of("name", "Spokesmen's Guild" + suffix));
        String government = createSource(Map.of("name", unique("Government"), "kind", "GOVERNMENT", "partyId", party));
        String press = createSource(Map.of("name", unique("Press service"), "kind", "GOVERNMENT", "memberOfId", government));
        // its own party is outranked by the government's, higher in the chain
        String spokesman = createSource(Map.of("name", unique("Spokesman"), "kind", "PERSON", "partyId", guild,
                "memberOfId", press));
        chains(List.of(spokesman)).statusCode(200)
                .body("items[0].steps.link", equalTo(List.of("SOURCE", "MEMBER_OF", "MEMBER_OF", "PARTY")))
                .body("items[0].steps.id", equalTo(List.of(spokesman, press, government, party)))
                .body("items[0].rootParty.id", equalTo(party));
        // the chain ends where the source answer's rootParty is
        given().get("/sources/" + spokesman).then().body("rootParty.id", equalTo(party));
    }

    @Test
    void viaParentPartiesUpToTheRoot() {
        String country = createParty(Map.of("name", "Ruritania" + suffix));
        String government = createParty(Map.of("name", "Government of Ruritania" + suffix, "parentId", country));
        String ministry = createParty(Map.of("name", "Ruritanian Ministry of Truth" + suffix, "parentId", government));
        String official = createSource(Map.of("name", unique("Official"), "kind", "PERSON", "partyId", ministry));
        chains(List.of(official)).statusCode(200)
                .body("items[0].steps.link", equalTo(List.of("SOURCE", "PARTY", "PARENT", "PARENT")))
                .body("items[0].steps.id", equalTo(List.of(official, ministry, government, country)))
                .body("items[0].steps.name", equalTo(List.of(
                        given().get("/sources/" + official).path("name"), "Ruritanian Ministry of Truth" + suffix,
                        "Government of Ruritania" + suffix, "Ruritania" + suffix)))
                .body("items[0].rootParty.name", equalTo("Ruritania" + suffix));
    }

    @Test
    void memberOfThenParentParties() {
        String country = createParty(Map.of("name", "Ruritania" + suffix));
        String ministryParty = createParty(Map.of("name", "Ruritanian Foreign Ministry" + suffix, "parentId", country));
        String ministry = createSource(Map.of("name", unique("Foreign Ministry"), "kind", "GOVERNMENT", "partyId", ministryParty));
        String spokeswoman = createSource(Map.of("name", unique("Spokeswoman"), "kind", "PERSON", "memberOfId", ministry));
        chains(List.of(spokeswoman)).statusCode(200)
                .body("items[0].steps.link", equalTo(List.of("SOURCE", "MEMBER_OF", "PARTY", "PARENT")))
                .body("items[0].steps.id", equalTo(List.of(spokeswoman, ministry, ministryParty, country)))
                .body("items[0].rootParty.id", equalTo(country));
    }

    @Test
    void noPartyAnywhereIsItsOwnPartyAndListsTheSourcesLookedAt() {
        String group = createSource(Map.of("name", unique("Loose group"), "kind", "GROUP"));
        String member = createSource(Map.of("name", unique("Blogger"), "kind", "PERSON", "memberOfId", group));
        String alone = createSource(Map.of("name", unique("Hermit"), "kind", "PERSON"));
        chains(List.of(member, alone)).statusCode(200)
                .body("items[0].steps.link", equalTo(List.of("SOURCE", "MEMBER_OF")))
                .body("items[0].steps.id", equalTo(List.of(member, group)))
                .body("items[0].rootParty", nullValue())
                .body("items[1].steps.link", equalTo(List.of("SOURCE")))
                .body("items[1].rootParty", nullValue());
    }

    @Test
    void manySourcesInOneCallInRequestOrderEachOnceWithTheMissingIds() {
        String party = createParty(Map.of("name", "Ruritania" + suffix));
        String first = createSource(Map.of("name", unique("First"), "kind", "PERSON", "partyId", party));
        String second = createSource(Map.of("name", unique("Second"), "kind", "PERSON"));
        String missing = UUID.randomUUID().toString();
        chains(List.of(second, missing, first, second)).statusCode(200)
                .body("items.sourceId", equalTo(List.of(second, first)))
                .body("missingIds", equalTo(List.of(missing)));
    }

    @Test
    void badRequestsAre400Problems() {
        chains(List.of(UUID.randomUUID().toString(), "nope")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ids[1]"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= 500; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        chains(ids).statusCode(400).body("errors[0].field", equalTo("ids"));
        given().contentType(ContentType.JSON).body("{}").post("/sources/party-chains").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
    }
}
