package org.claimtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parties through the public API, on the three real services: two sources whose affiliations are two parties
 * corroborate a claim; merging the parties makes it SINGLE_PARTY, and the claim's history says why. A typo is
 * asked about, and a member speaks for its organisation's party.
 */
class PartiesIT {

    @Test
    void aMergeTurnsCorroboratedIntoSingleParty() {
        Gateway api = new Gateway(SharedSystem.get());
        // letters only: the run's suffix must not make the two names look alike, nor differ by digits
        String run = new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String country = "Ruritania " + run;
        String federation = "Ruritanian Federation " + run;
        String government = api.source("Government of " + country, "GOVERNMENT", country, "C");
        String pressService = api.source("Press service of " + country, "GOVERNMENT", federation, "C");
        String claim = api.claim("Parties " + run + ": the border crossing at Strelsau was closed overnight.");
        api.stance(claim, government, "ASSERTS", "The crossing is closed.", "2021-12-30T10:00:00Z");
        api.stance(claim, pressService, "ASSERTS", "We closed the crossing overnight.", "2021-12-30T11:00:00Z");
        assertEquals("CORROBORATED", status(api, claim).getString("status"));

        String countryId = api.given().get("/api/sources/" + government).jsonPath().getString("source.party.id");
        String federationId = api.given().get("/api/sources/" + pressService).jsonPath().getString("source.party.id");
        assertNotEquals(countryId, federationId);

        Response merge = api.given().contentType("application/json").body(Map.of("into", countryId))
                .post("/api/parties/" + federationId + "/merge");
        assertEquals(200, merge.statusCode(), merge.asString());
        assertEquals("DONE", merge.jsonPath().getString("snapshotRefresh.state"));
        assertTrue(merge.jsonPath().getList("party.aliases").contains(federation), merge.asString());

        JsonPath after = status(api, claim);
        assertEquals("SINGLE_PARTY", after.getString("status"));
        assertEquals(List.of(country), after.getList("evidence.asserting.party"));
        assertTrue(after.getString("explanation").startsWith("Asserted by 1 party: " + country + " ("), after.getString("explanation"));
        List<Map<String, Object>> history = api.given().get("/api/claims/" + claim + "/history").jsonPath().getList("items");
        assertTrue(history.stream().anyMatch(entry -> "SNAPSHOT_REFRESHED".equals(entry.get("action"))
                        && String.valueOf(((Map<?, ?>) entry.get("details")).get("reason"))
                                .equals("party \"" + federation + "\" merged into \"" + country + "\"")),
                "history: " + history);
        assertEquals(404, api.given().get("/api/parties/" + federationId).statusCode());

        // the old name is now an alias; a typo of it is a question with the party as candidate
        String sameParty = api.source("Embassy of " + country, "GOVERNMENT", federation.toUpperCase(), "C");
        assertEquals(countryId, api.given().get("/api/sources/" + sameParty).jsonPath().getString("source.party.id"));
        Response typo = api.given().contentType("application/json").body(Map.of("name", "Consulate of " + country,
                "kind", "GOVERNMENT", "affiliation", "Ruritnia " + run)).post("/api/sources");
        assertEquals(409, typo.statusCode(), typo.asString());
        assertEquals(countryId, typo.jsonPath().getString("candidates[0].id"));

        // a member with no affiliation of its own speaks for its organisation's party
        String spokesman = api.create("/api/sources", Map.of("name", "Spokesman of " + country, "kind", "PERSON",
                "memberOfId", pressService));
        assertEquals(country, api.given().get("/api/sources/" + spokesman).jsonPath().getString("source.rootParty.name"));
    }

    private static JsonPath status(Gateway api, String claim) {
        Response r = api.given().get("/api/claims/" + claim + "/status");
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }
}
