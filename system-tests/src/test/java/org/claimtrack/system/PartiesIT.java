package org.claimtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

        // on request, the dossier says how each source's party was decided: through memberOf, and up a parent party
        String league = "Northern League " + run;
        String leagueId = api.create("/api/parties", Map.of("name", league));
        String delegationId = api.create("/api/parties", Map.of("name", "Delegation to the " + league, "parentId", leagueId));
        String delegate = api.create("/api/sources", Map.of("name", "Delegate of " + league, "kind", "PERSON",
                "partyId", delegationId));
        api.stance(claim, spokesman, "ASSERTS", "The crossing stays closed.", "2021-12-30T12:00:00Z");
        api.stance(claim, delegate, "DENIES", "The crossing was never closed.", "2021-12-30T13:00:00Z");
        Response dossier = api.given().queryParam("explain", "partyChains").get("/api/claims/" + claim);
        assertEquals(200, dossier.statusCode(), dossier.asString());
        JsonPath d = dossier.jsonPath();
        assertEquals(List.of(), d.getList("degraded"));
        assertEquals("DISPUTED", d.getString("status.status"));
        JsonPath spokesmanChain = d.param("id", spokesman);
        String chain = "status.evidence.asserting[0].sources.find { it.sourceId == id }.partyChain";
        assertEquals(List.of("SOURCE", "MEMBER_OF", "PARTY"), spokesmanChain.getList(chain + ".steps.link"));
        assertEquals(List.of(spokesman, pressService, countryId), spokesmanChain.getList(chain + ".steps.id"));
        assertEquals(country, spokesmanChain.getString(chain + ".rootParty.name"));
        assertEquals(List.of("SOURCE", "PARTY", "PARENT"), d.getList("status.evidence.denying[0].sources[0].partyChain.steps.link"));
        assertEquals(List.of("Delegate of " + league, "Delegation to the " + league, league),
                d.getList("status.evidence.denying[0].sources[0].partyChain.steps.name"));
        assertEquals(leagueId, d.getString("status.evidence.denying[0].sources[0].partyChain.rootParty.id"));
        // without the parameter no chain; a value it does not know is a 400 problem naming it
        assertNull(api.given().get("/api/claims/" + claim).jsonPath().get("status.evidence.denying[0].sources[0].partyChain"));
        Response bad = api.given().queryParam("explain", "chains").get("/api/claims/" + claim);
        assertEquals(400, bad.statusCode(), bad.asString());
        assertEquals("explain", bad.jsonPath().getString("errors[0].field"));
    }

    private static JsonPath status(Gateway api, String claim) {
        Response r = api.given().get("/api/claims/" + claim + "/status");
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }
}
