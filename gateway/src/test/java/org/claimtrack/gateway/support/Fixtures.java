package org.claimtrack.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

/**
 * The founding example as the two services would answer it: "Russia has deployed up to 100,000 soldiers on
 * Ukraine's borders", asserted by Kiev and Western governments, denied by Moscow, all quoted from one article.
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String CLAIM = "3f1c2a9e-8b7d-4c1e-9f2a-5d6e7f8a9b0c";
    public static final String KIEV = "11111111-1111-4111-8111-111111111111";
    public static final String WEST = "22222222-2222-4222-8222-222222222222";
    public static final String MOSCOW = "33333333-3333-4333-8333-333333333333";
    public static final String OUTLET = "44444444-4444-4444-8444-444444444444";
    public static final String MINISTRY = "55555555-5555-4555-8555-555555555555";
    public static final String ARTICLE = "66666666-6666-4666-8666-666666666666";
    public static final String STANCE_KIEV = "77777777-7777-4777-8777-777777777771";
    public static final String STANCE_WEST = "77777777-7777-4777-8777-777777777772";
    public static final String STANCE_MOSCOW = "77777777-7777-4777-8777-777777777773";
    public static final String VERDICT = "88888888-8888-4888-8888-888888888888";
    public static final String SIMILAR = "99999999-9999-4999-8999-999999999999";
    public static final String MISSING = "00000000-0000-4000-8000-000000000000";

    public static final String TEXT = "Russia has deployed up to 100,000 soldiers on Ukraine's borders";
    public static final String ACCUSATION = "Kiev and Western countries have accused Russia of having deployed up to "
            + "100,000 soldiers on the borders of Ukraine";
    public static final String DENIAL = "which Moscow denied";
    public static final String ARTICLE_URL = "https://example.org/2021/12/30/geneva-security-guarantees";
    public static final String ARTICLE_TITLE = "Russia wants sure US guarantees during the Geneva talks";

    private Fixtures() {
    }

    public static String claim(String id, String text, String status) {
        return """
                {"id": "%s", "text": "%s", "topic": "russia-ukraine", "tags": ["military"], "language": "en",
                 "createdAt": "2026-11-28T10:00:00Z", "updatedAt": "2026-11-28T10:05:00Z", "version": 3,
                 "status": "%s", "credibility": 3, "assertingParties": ["Ukraine", "Western governments"],
                 "denyingParties": ["Russia"], "counts": {"asserts": 2, "denies": 1, "questions": 0, "reports": 0},
                 "workflow": %s}
                """.formatted(id, text, status, workflow("IN_REVIEW", 2));
    }

    /** The claims-service's workflow of a claim: assigned to the test editor, due 5 Jan 2022 (overdue). */
    public static String workflow(String workStatus, long version) {
        return """
                {"workStatus": "%s", "assignee": "test-editor", "dueDate": "2022-01-05", "overdue": true,
                 "next": ["IN_PROGRESS", "PUBLISHED", "ARCHIVED"], "version": %d, "changedAt": "2026-11-28T10:06:00Z",
                 "changedBy": "test-reviewer"}
                """.formatted(workStatus, version);
    }

    public static String source(String id, String name, String kind, String affiliation, String reliability,
            String memberOfId) {
        return """
                {"id": "%s", "name": "%s", "kind": "%s", "affiliation": "%s", "reliability": "%s", %s
                 "createdAt": "2026-11-28T09:00:00Z", "updatedAt": "2026-11-28T09:00:00Z", "version": 0}
                """.formatted(id, name, kind, affiliation, reliability,
                memberOfId == null ? "" : "\"memberOfId\": \"" + memberOfId + "\",");
    }

    public static String kiev() {
        return source(KIEV, "Government of Ukraine", "GOVERNMENT", "Ukraine", "C", null);
    }

    public static String west() {
        return source(WEST, "Western governments", "GROUP", "Western governments", "C", null);
    }

    public static String moscow() {
        return source(MOSCOW, "Government of Russia", "GOVERNMENT", "Russia", "C", null);
    }

    public static String outlet() {
        return source(OUTLET, "Example News", "MEDIA_OUTLET", "", "B", null);
    }

    public static String article(boolean withText) {
        return """
                {"id": "%s", "url": "%s", "title": "%s", "publisherId": "%s", "publishedAt": "2021-12-30T15:00:00Z",
                 "language": "en", "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 "textLength": 5230, %s "createdAt": "2026-11-28T09:00:00Z", "updatedAt": "2026-11-28T09:00:00Z", "version": 0}
                """.formatted(ARTICLE, ARTICLE_URL, ARTICLE_TITLE, OUTLET,
                withText ? "\"archivedText\": \"" + ACCUSATION + " in the past few weeks, " + DENIAL + ".\"," : "");
    }

    public static String stance(String id, String sourceId, String stance, String quote, String snapshotName,
            String affiliation, String statedAt) {
        return """
                {"id": "%s", "claimId": "%s", "sourceId": "%s", "stance": "%s", "quote": "%s",
                 "selector": {"exact": "%s"}, "documentId": "%s", "statedAt": "%s", "createdAt": "2026-11-28T10:01:00Z",
                 "source": {"name": "%s", "kind": "GOVERNMENT", "affiliation": "%s", "reliability": "C"}}
                """.formatted(id, CLAIM, sourceId, stance, quote, quote, ARTICLE, statedAt, snapshotName, affiliation);
    }

    /** A stance without verbatim words: a fact-checker's paraphrase attributed to the source (an imported ClaimReview). */
    public static String attribution(String id, String sourceId, String reportedBy, String snapshotName, String statedAt) {
        return """
                {"id": "%s", "claimId": "%s", "sourceId": "%s", "stance": "ASSERTS", "kind": "ATTRIBUTION", "reportedBy": "%s",
                 "documentId": "%s", "statedAt": "%s", "createdAt": "2026-11-28T10:01:00Z",
                 "source": {"name": "%s", "kind": "GOVERNMENT", "affiliation": "", "reliability": "F"}}
                """.formatted(id, CLAIM, sourceId, reportedBy, ARTICLE, statedAt, snapshotName);
    }

    /** Another organisation's verdict, imported: published before it was recorded here, with its url. */
    public static String importedVerdict(String id, String rating, String publishedAt, String organization, String url) {
        return """
                {"id": "%s", "claimId": "%s", "rating": "%s", "explanation": "Satellite imagery shows the build-up.",
                 "reviewer": "%s", "organization": "%s", "url": "%s", "publishedAt": "%s", "createdAt": "2026-11-28T10:05:00Z"}
                """.formatted(id, CLAIM, rating, organization, organization, url, publishedAt);
    }

    /** The troops claim's three stances, as the items of a list. */
    public static String stanceItems() {
        return stance(STANCE_MOSCOW, MOSCOW, "DENIES", DENIAL, "Government of Russia", "Russia",
                "2021-12-30T11:00:00Z") + ","
                + stance(STANCE_KIEV, KIEV, "ASSERTS", ACCUSATION, "Government of Ukraine", "Ukraine", "2021-12-29T09:00:00Z")
                + "," + stance(STANCE_WEST, WEST, "ASSERTS", ACCUSATION, "Western governments", "Western governments",
                        "2021-12-29T10:00:00Z");
    }

    public static String status(String status, String verdict) {
        return """
                {"claimId": "%s", "status": "%s", "credibility": 3,
                 "evidence": {"asserting": [{"party": "Ukraine", "sources": [{"sourceId": "%s", "name": "Government of Ukraine", "reliability": "C"}]},
                                            {"party": "Western governments", "sources": [{"sourceId": "%s", "name": "Western governments", "reliability": "C"}]}],
                              "denying": [{"party": "Russia", "sources": [{"sourceId": "%s", "name": "Government of Russia", "reliability": "C"}]}],
                              "questioning": [], "reporting": []},
                 %s "explanation": "Ukraine and Western governments assert it; Russia denies it.", "rulesVersion": 1}
                """.formatted(CLAIM, status, KIEV, WEST, MOSCOW, verdict == null ? "" : "\"verdict\": " + verdict + ",");
    }

    public static String verdict(String id, String rating, String createdAt) {
        return """
                {"id": "%s", "claimId": "%s", "rating": "%s", "explanation": "Satellite imagery shows the build-up.",
                 "reviewer": "desk", "createdAt": "%s"}
                """.formatted(id, CLAIM, rating, createdAt);
    }

    /**
     * The latest published verdict without a withdrawal among these list items (as the claims-service picks the one
     * that counts: publishedAt, else createdAt), as JSON, or null.
     */
    static String counting(String verdictItems) {
        try {
            JsonNode latest = null;
            for (JsonNode v : JSON.readTree("[" + verdictItems + "]")) {
                if (!v.has("withdrawal") && (latest == null || countsFrom(v).compareTo(countsFrom(latest)) > 0)) {
                    latest = v;
                }
            }
            return latest == null ? null : latest.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("verdict items are not JSON: " + verdictItems, e);
        }
    }

    private static String countsFrom(JsonNode verdict) {
        return (verdict.hasNonNull("publishedAt") ? verdict.get("publishedAt") : verdict.get("createdAt")).asText();
    }

    public static String page(String... items) {
        return "{\"items\": [" + String.join(",", items) + "], \"page\": 0, \"size\": 20, \"total\": " + items.length + "}";
    }

    public static String problem(int status, String title, String detail, String extra) {
        return """
                {"type": "about:blank", "title": "%s", "status": %d, "detail": "%s", "instance": "/internal"%s}
                """.formatted(title, status, detail, extra == null ? "" : ", " + extra);
    }

    /** Stubs every claims-service and sources-service read a dossier of the troops claim needs. */
    public static void troopsClaim(Downstreams d, String verdicts) {
        String claim = claim(CLAIM, TEXT, verdicts == null ? "DISPUTED" : "FALSE");
        d.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM)).willReturn(okJson(claim).withHeader("ETag", "\"3\"")));
        d.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/status")).willReturn(okJson(status("DISPUTED", null))));
        troopsRecord(d, claim, stanceItems(), verdicts == null ? "" : verdicts);
        d.claims().stubFor(get(urlPathEqualTo("/claims/similar")).willReturn(okJson("""
                {"items": [{"id": "%s", "text": "%s", "status": "DISPUTED", "score": 1.0},
                           {"id": "%s", "text": "Russia has massed troops near Ukraine", "status": "SINGLE_PARTY", "score": 0.71}]}
                """.formatted(CLAIM, TEXT, SIMILAR))));
        d.sources().stubFor(post(urlPathEqualTo("/sources/lookup")).willReturn(okJson(
                "{\"items\": [" + kiev() + "," + west() + "," + moscow() + "," + outlet() + "], \"missingIds\": []}")));
        d.sources().stubFor(post(urlPathEqualTo("/records/lookup")).willReturn(okJson(
                "{\"sources\": [" + kiev() + "," + west() + "," + moscow() + "," + outlet() + "], \"documents\": ["
                        + article(false) + "], \"missingSourceIds\": [], \"missingDocumentIds\": []}")));
    }

    /**
     * Stubs the troops claim's record (GET /claims/{id}/record, what a dossier is built from) with these parts; its
     * status report names the latest verdict not withdrawn, as the claims-service's does.
     */
    public static void troopsRecord(Downstreams d, String claim, String stanceItems, String verdictItems) {
        d.claims().stubFor(get(urlPathEqualTo("/claims/" + CLAIM + "/record")).willReturn(okJson(
                "{\"claim\": " + claim + ", \"status\": " + status("DISPUTED", counting(verdictItems)) + ", \"stances\": [" + stanceItems
                        + "], \"verdicts\": [" + verdictItems + "]}").withHeader("ETag", "\"3\"")));
    }

    /** The service answers nothing useful: the connection is reset. */
    public static void down(WireMockServer service) {
        service.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every answer comes later than the gateway's test timeouts allow. */
    public static void slow(WireMockServer service, String body) {
        service.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .atPriority(1).willReturn(okJson(body).withFixedDelay(4_000)));
    }
}
