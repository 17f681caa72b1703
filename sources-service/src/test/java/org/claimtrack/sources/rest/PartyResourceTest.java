package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.createSource;
import static org.claimtrack.sources.rest.Api.unique;
import static org.claimtrack.sources.rest.Api.writer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.testing.OpenApiContract;
import org.claimtrack.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parties and how an affiliation resolves to one. Names carry a random suffix (other tests share the database);
 * the typos keep the suffix, so the only difference is the typo.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PartyResourceTest {

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    private static String createParty(Map<String, ?> body) {
        return writer().body(body).post("/parties").then().statusCode(201).extract().path("id");
    }

    private static String sourceWithAffiliation(String affiliation) {
        return createSource(Map.of("name", unique("Speaker"), "kind", "PERSON", "affiliation", affiliation));
    }

    @ParameterizedTest(name = "\"{1}\" names the party")
    @CsvSource(delimiter = '|', value = {
        "Ruritania|Ruritania",              // the name itself
        "Ruritania|RURITANIA",              // case
        "Ruritania|  ruritania  ",          // surrounding whitespace
        "Ruritania|Rúritania",              // diacritics
        "Ruritania|Kingdom of  Ruritania",  // an alias, runs of whitespace folded
        "Ruritania|kingdom of rüritania",   // an alias, case and diacritics
    })
    void affiliationResolvesByNameOrAliasFoldingCaseAndDiacritics(String name, String affiliation) {
        String suffix = " " + unique("").strip();
        String partyId = createParty(Map.of("name", name + suffix, "aliases", List.of("Kingdom of Ruritania" + suffix)));
        String id = sourceWithAffiliation(affiliation + suffix);
        given().get("/sources/" + id).then().statusCode(200)
                .body("party.id", equalTo(partyId))
                .body("affiliation", equalTo(name + suffix))
                .body("rootParty.id", equalTo(partyId));
    }

    @Test
    void aTypoIsAskedAboutWithCandidatesAndNothingIsCreated() {
        String suffix = " " + unique("").strip();
        String partyId = createParty(Map.of("name", "Ruritania" + suffix, "aliases", List.of("Ruritanian Crown" + suffix)));
        String speaker = unique("Speaker");
        writer().body(Map.of("name", speaker, "kind", "PERSON", "affiliation", "Rurtania" + suffix)).post("/sources")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("candidates.id", contains(partyId))
                .body("candidates[0].name", equalTo("Ruritania" + suffix))
                .body("candidates[0].matchedAlias", nullValue())
                .body("errors.field", hasItem("affiliation"))
                .body("detail", containsString("newParty"));
        // close to the alias: the candidate says which alias
        writer().body(Map.of("name", speaker, "kind", "PERSON", "affiliation", "Ruritanian Crwn" + suffix)).post("/sources")
                .then().statusCode(409)
                .body("candidates[0].id", equalTo(partyId))
                .body("candidates[0].matchedAlias", equalTo("Ruritanian Crown" + suffix));
        // nothing was written: neither the source nor a party
        given().queryParam("q", speaker).get("/sources").then().body("total", is(0));
        given().queryParam("q", "Rurtania" + suffix).get("/parties").then().body("total", is(0));

        // the client chooses the candidate...
        String chosen = writer().body(Map.of("name", speaker, "kind", "PERSON", "partyId", partyId)).post("/sources")
                .then().statusCode(201).body("affiliation", equalTo("Ruritania" + suffix)).extract().path("id");
        // ...or confirms a new party
        writer().body(Map.of("name", unique("Speaker"), "kind", "PERSON", "affiliation", "Rurtania" + suffix,
                        "newParty", true)).post("/sources")
                .then().statusCode(201)
                .body("affiliation", equalTo("Rurtania" + suffix))
                .body("party.id", not(equalTo(partyId)));
        // an affiliation that contradicts partyId is refused
        writer().header("If-Match", "\"0\"").body(Map.of("name", speaker, "kind", "PERSON", "partyId", partyId,
                        "affiliation", "Somewhere else" + suffix)).put("/sources/" + chosen)
                .then().statusCode(422).body("errors.field", hasItem("affiliation"));
    }

    // without a random suffix: the length of the whole name decides how many edits count as a typo
    @ParameterizedTest(name = "{0} and {1} are not typos of each other")
    @CsvSource({"UK,US", "Party 1,Party 2", "Brigade 3,Brigade 4"})
    void shortNamesAndOtherNumbersAreNotTypos(String existing, String other) {
        sourceWithAffiliation(existing);
        writer().body(Map.of("name", unique("Speaker"), "kind", "PERSON", "affiliation", other)).post("/sources")
                .then().statusCode(201).body("affiliation", equalTo(other));
    }

    @Test
    void aBatchItemWithATypoFailsAlone() {
        String suffix = " " + unique("").strip();
        createParty(Map.of("name", "Ruritania" + suffix));
        writer().body(List.of(
                        Map.of("name", unique("Batch speaker"), "kind", "PERSON", "affiliation", "Ruritaina" + suffix),
                        Map.of("name", unique("Batch speaker"), "kind", "PERSON", "affiliation", "ruritania" + suffix)))
                .post("/sources/batch").then().statusCode(200)
                .body("items[0].outcome", equalTo("FAILED"))
                .body("items[0].errors[0].field", equalTo("affiliation"))
                .body("items[0].errors[0].message", containsString("Ruritania" + suffix))
                .body("items[1].outcome", equalTo("CREATED"));
    }

    @Test
    void theRootPartyFollowsMemberOfAndParentParties() {
        String suffix = " " + unique("").strip();
        String country = createParty(Map.of("name", "Ruritania" + suffix));
        String ministry = createParty(Map.of("name", "Ruritanian Ministry of Truth" + suffix, "parentId", country));
        String government = createSource(Map.of("name", unique("Government"), "kind", "GOVERNMENT", "affiliation",
                "Ruritania" + suffix));
        // no affiliation, member of the government: speaks for its party
        String pressService = createSource(Map.of("name", unique("Press service"), "kind", "GOVERNMENT",
                "memberOfId", government));
        // its own (other) party, but a member of the press service: the highest party in the chain decides
        String spokesman = createSource(Map.of("name", unique("Spokesman"), "kind", "PERSON", "newParty", true,
                "affiliation", "Spokesmen's Guild" + suffix, "memberOfId", pressService));
        String official = createSource(Map.of("name", unique("Official"), "kind", "PERSON", "partyId", ministry));
        String independent = createSource(Map.of("name", unique("Blogger"), "kind", "PERSON"));

        for (String id : List.of(pressService, spokesman, official)) {
            given().get("/sources/" + id).then().statusCode(200)
                    .body("rootParty.id", equalTo(country))
                    .body("rootParty.name", equalTo("Ruritania" + suffix));
        }
        given().get("/sources/" + pressService).then().body("party", nullValue()).body("affiliation", equalTo(""));
        given().get("/sources/" + spokesman).then().body("party.name", equalTo("Spokesmen's Guild" + suffix));
        given().get("/sources/" + independent).then().body("rootParty", nullValue());
        // the lookups the gateway makes show the same
        writer().body(Map.of("ids", List.of(official))).post("/sources/lookup").then()
                .body("items[0].rootParty.id", equalTo(country));
        // who depends on what
        given().get("/parties/" + country + "/sources").then().statusCode(200)
                .body("sourceIds", containsInAnyOrder(government, pressService, spokesman, official));
        given().get("/sources/" + government + "/members").then().statusCode(200)
                .body("sourceIds", containsInAnyOrder(government, pressService, spokesman));
    }

    @Test
    void parentCyclesAreRefused() {
        String suffix = " " + unique("").strip();
        String a = createParty(Map.of("name", "Alpha" + suffix));
        String b = createParty(Map.of("name", "Beta" + suffix, "parentId", a));
        String c = createParty(Map.of("name", "Gamma" + suffix, "parentId", b));
        writer().header("If-Match", "\"0\"").body(Map.of("name", "Alpha" + suffix, "parentId", c)).put("/parties/" + a)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("parentId"));
        writer().header("If-Match", "\"0\"").body(Map.of("name", "Alpha" + suffix, "parentId", a)).put("/parties/" + a)
                .then().statusCode(422);
        writer().body(Map.of("name", "Delta" + suffix, "parentId", java.util.UUID.randomUUID())).post("/parties")
                .then().statusCode(422).body("errors.field", hasItem("parentId"));
        // merging a party into its own sub-party would leave the sub-party its own parent
        writer().body(Map.of("into", c)).post("/parties/" + a + "/merge").then().statusCode(422)
                .body("errors.field", hasItem("into"));
    }

    @Test
    void namesAndAliasesNameOnePartyEach() {
        String suffix = " " + unique("").strip();
        String a = createParty(Map.of("name", "Alpha" + suffix, "aliases", List.of("Alpha Land" + suffix)));
        writer().body(Map.of("name", "ALPHA LAND" + suffix)).post("/parties").then().statusCode(409)
                .body("existingId", equalTo(a)).body("errors.field", hasItem("name"));
        writer().body(Map.of("name", "Beta" + suffix, "aliases", List.of("Älpha" + suffix))).post("/parties")
                .then().statusCode(409).body("existingId", equalTo(a)).body("errors.field", hasItem("aliases[0]"));
        writer().body(Map.of("name", " ", "aliases", List.of(""))).post("/parties").then().statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void updateNeedsIfMatchAndReplacesAliases() {
        String suffix = " " + unique("").strip();
        String id = createParty(Map.of("name", "Alpha" + suffix, "aliases", List.of("Alpha Land" + suffix)));
        Map<String, Object> body = new HashMap<>(Map.of("name", "Alpha" + suffix, "aliases", List.of("Alphaville" + suffix),
                "country", "RU", "externalId", "Q" + suffix.strip()));
        writer().body(body).put("/parties/" + id).then().statusCode(428);
        writer().header("If-Match", "\"0\"").body(body).put("/parties/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("aliases", contains("Alphaville" + suffix)).body("country", equalTo("RU"));
        given().get("/parties/" + id).then().statusCode(200).header("ETag", "\"1\"");
        // the alias given up is free again
        createParty(Map.of("name", "Alpha Land" + suffix));
        writer().header("If-Match", "\"0\"").body(body).put("/parties/" + id).then().statusCode(412);
        given().queryParam("q", "alphaville" + suffix).get("/parties").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void mergeMovesAliasesSourcesAndSubParties() {
        String suffix = " " + unique("").strip();
        String russia = createParty(Map.of("name", "Russia" + suffix, "aliases", List.of("Moscow" + suffix)));
        String federation = createParty(Map.of("name", "Russian Federation" + suffix, "aliases",
                List.of("RF" + suffix)));
        String ministry = createParty(Map.of("name", "RF Foreign Ministry" + suffix, "parentId", federation));
        String kremlin = sourceWithAffiliation("Russian Federation" + suffix);
        String government = sourceWithAffiliation("Russia" + suffix);
        String version = given().get("/sources/" + kremlin).then().extract().header("ETag");

        writer().body(Map.of("into", russia)).post("/parties/" + federation + "/merge").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(russia))
                .body("aliases", containsInAnyOrder("Moscow" + suffix, "Russian Federation" + suffix, "RF" + suffix));
        given().get("/parties/" + federation).then().statusCode(404);
        given().get("/sources/" + kremlin).then().statusCode(200)
                .body("party.id", equalTo(russia))
                .body("affiliation", equalTo("Russia" + suffix))
                .header("ETag", not(equalTo(version)));
        given().get("/parties/" + ministry).then().body("parentId", equalTo(russia));
        // the old name now resolves through the alias
        given().get("/sources/" + sourceWithAffiliation("russian federation" + suffix)).then()
                .body("party.id", equalTo(russia));
        given().get("/parties/" + russia + "/sources").then().body("sourceIds", hasItem(kremlin))
                .body("sourceIds", hasItem(government));

        writer().body(Map.of("into", russia)).post("/parties/" + russia + "/merge").then().statusCode(422);
        writer().body(Map.of("into", java.util.UUID.randomUUID())).post("/parties/" + russia + "/merge")
                .then().statusCode(422).body("errors.field", hasItem("into"));
        writer().body(Map.of("into", russia)).post("/parties/" + federation + "/merge").then().statusCode(404);
        writer().body(Map.of()).post("/parties/" + russia + "/merge").then().statusCode(400);
        given().header(Api.TOKEN_HEADER, "wrong").contentType("application/json").body(Map.of("into", russia))
                .post("/parties/" + ministry + "/merge").then().statusCode(401);
    }

    @Test
    void listFiltersByCountryAndParent() {
        String suffix = " " + unique("").strip();
        String parent = createParty(Map.of("name", "Alliance" + suffix));
        String member = createParty(Map.of("name", "Member State" + suffix, "country", "LT", "parentId", parent));
        given().queryParam("parentId", parent).get("/parties").then().statusCode(200)
                .body("items.id", contains(member)).body("total", is(1));
        given().queryParam("country", "LT").queryParam("q", suffix.strip()).get("/parties").then()
                .body("items", hasSize(1));
        given().queryParam("parentId", "nope").get("/parties").then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
    }
}
