package org.claimtrack.system;

import static io.restassured.config.ObjectMapperConfig.objectMapperConfig;
import static io.restassured.config.RestAssuredConfig.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.claimtrack.system.client.ApiClient;
import org.claimtrack.system.client.JacksonObjectMapper;
import org.claimtrack.system.client.model.Claim;
import org.claimtrack.system.client.model.ClaimInput;
import org.claimtrack.system.client.model.ClaimReview;
import org.claimtrack.system.client.model.ClaimStatus;
import org.claimtrack.system.client.model.Document;
import org.claimtrack.system.client.model.DocumentDetail;
import org.claimtrack.system.client.model.DocumentInput;
import org.claimtrack.system.client.model.Dossier;
import org.claimtrack.system.client.model.DossierStance;
import org.claimtrack.system.client.model.History;
import org.claimtrack.system.client.model.ImportJob;
import org.claimtrack.system.client.model.PageClaim;
import org.claimtrack.system.client.model.PageClaimReview;
import org.claimtrack.system.client.model.EvidenceParty;
import org.claimtrack.system.client.model.Rating;
import org.claimtrack.system.client.model.Reliability;
import org.claimtrack.system.client.model.Retraction;
import org.claimtrack.system.client.model.Source;
import org.claimtrack.system.client.model.SourceInput;
import org.claimtrack.system.client.model.SourceKind;
import org.claimtrack.system.client.model.SourceProfile;
import org.claimtrack.system.client.model.StanceInput;
import org.claimtrack.system.client.model.StanceKind;
import org.claimtrack.system.client.model.StanceType;
import org.claimtrack.system.client.model.StatusReport;
import org.claimtrack.system.client.model.Verdict;
import org.claimtrack.system.client.model.VerdictInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main journeys of a fact-checker and an importing newsroom, driven through the Java client that
 * openapi-generator 7.25.0 generated from the gateway's document; every response is checked against that document.
 */
class JourneysIT {

    private static final Function<Response, Response> OK = r -> r;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ClaimtrackSystem system;
    private static ApiClient api;
    private static ApiClient anonymous;

    @BeforeAll
    static void client() {
        system = SharedSystem.get();
        api = client(true);
        anonymous = client(false);
    }

    /** The generated client, pointed at the running gateway, with the OpenAPI response check on every call. */
    private static ApiClient client(boolean asAdmin) {
        String gateway = system.gatewayUrl();
        String password = system.adminPassword();
        return ApiClient.api(ApiClient.Config.apiConfig().reqSpecSupplier(() -> {
            RequestSpecBuilder spec = new RequestSpecBuilder().setBaseUri(gateway)
                    .setConfig(config().objectMapperConfig(objectMapperConfig().defaultObjectMapper(JacksonObjectMapper.jackson())))
                    .addFilter(OpenApiCheck.filter(gateway));
            if (asAdmin) {
                spec.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((ClaimtrackSystem.ADMIN + ":" + password).getBytes()));
            }
            return spec;
        }));
    }

    @Test
    void aFactCheckerRecordsBothSidesAndAVerdictAndPublishesClaimReview() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String text = "Kiev and Western countries have accused Russia of massing troops, which Moscow denied (" + run + ").";
        Source kiev = createSource("Journey Kiev " + run, SourceKind.GOVERNMENT, "Ukraine", Reliability.C);
        Source west = createSource("Journey Western countries " + run, SourceKind.GROUP, "United States", Reliability.C);
        Source moscow = createSource("Journey Moscow " + run, SourceKind.GOVERNMENT, "Russia", Reliability.D);
        Source outlet = createSource("Journey outlet " + run, SourceKind.MEDIA_OUTLET, "", Reliability.B);
        Document article = api.documents().createDocument().body(new DocumentInput()
                        .url("https://journeys.example.org/" + run).title("Geneva talks " + run).publisherId(outlet.getId())
                        .publishedAt(at("2021-12-30T15:00:00Z")).language("en").archivedText(text))
                .execute(expect(201)).as(Document.class);

        Claim claim = api.claims().createClaim().body(new ClaimInput()
                        .text("Russia has deployed up to 100,000 soldiers on Ukraine's borders (" + run + ").")
                        .topic("journeys").tags(List.of("troops", run)))
                .execute(expect(201)).as(Claim.class);
        assertEquals(ClaimStatus.UNSOURCED, claim.getStatus());
        addStance(claim, kiev, StanceType.ASSERTS, "Kiev and Western countries have accused Russia", article,
                "2021-12-30T06:00:00Z");
        addStance(claim, west, StanceType.ASSERTS, "Kiev and Western countries have accused Russia", article,
                "2021-12-30T06:00:00Z");
        addStance(claim, moscow, StanceType.DENIES, "which Moscow denied", article, "2021-12-30T07:00:00Z");

        Dossier dossier = api.claims().getClaimDossier().idPath(claim.getId()).executeAs(expect(200));
        assertEquals(ClaimStatus.DISPUTED, dossier.getStatus().getStatus());
        assertEquals(3, dossier.getStances().size());
        for (DossierStance s : dossier.getStances()) {
            assertNotNull(s.getSource(), "each stance carries its source's current record");
            assertEquals(article.getTitle(), s.getDocument().getTitle());
            assertTrue(text.contains(s.getQuote()), s.getQuote());
        }
        assertTrue(parties(dossier.getStatus().getEvidence().getAsserting()).containsAll(List.of("Ukraine", "United States")));
        assertEquals(List.of("Russia"), parties(dossier.getStatus().getEvidence().getDenying()));
        assertNotNull(dossier.getStatus().getRulesVersion());
        assertNotNull(dossier.getStatus().getExplanation());
        assertTrue(dossier.getDegraded() == null || dossier.getDegraded().isEmpty(), "all services up");

        // The timeline: before Moscow's denial the claim stood undisputed.
        StatusReport before = api.claims().getClaimStatus().idPath(claim.getId())
                .asOfQuery("2021-12-30T06:30:00Z").executeAs(expect(200));
        assertEquals(ClaimStatus.CORROBORATED, before.getStatus());
        StatusReport beforeAnything = api.claims().getClaimStatus().idPath(claim.getId())
                .asOfQuery("2021-12-29T00:00:00Z").executeAs(expect(200));
        assertEquals(ClaimStatus.UNSOURCED, beforeAnything.getStatus());

        // No ClaimReview without a verdict; then a reviewer rates it FALSE.
        api.claimReview().getClaimReview().idPath(claim.getId()).execute(expectStatus(404));
        api.claims().addVerdict().idPath(claim.getId()).body(new VerdictInput().rating(Rating.FALSE)
                .explanation("No evidence of that many troops.").reviewer("journeys desk")).execute(expectStatus(201));
        assertEquals(ClaimStatus.FALSE, api.claims().getClaimStatus().idPath(claim.getId()).executeAs(expect(200)).getStatus());

        Response reviewResponse = api.claimReview().getClaimReview().idPath(claim.getId()).execute(expectStatus(200));
        assertTrue(reviewResponse.contentType().startsWith("application/ld+json"), reviewResponse.contentType());
        ClaimReview review = reviewResponse.as(ClaimReview.class);
        assertEquals(claim.getText(), review.getClaimReviewed());
        assertEquals(1, review.getReviewRating().getRatingValue());
        assertEquals(5, review.getReviewRating().getBestRating());
        assertEquals(1, review.getReviewRating().getWorstRating());
        assertTrue(review.getItemReviewed().getAuthor().stream().anyMatch(a -> a.getName().equals(kiev.getName())));
        assertTrue(review.getItemReviewed().getAppearance().stream().anyMatch(a -> article.getUrl().equals(a.getUrl())));
        PageClaimReview feed = api.claimReview().listClaimReviews().sizeQuery(50).executeAs(expect(200));
        assertTrue(feed.getItems().stream().anyMatch(r -> r.getClaimReviewed().equals(claim.getText())));

        // Kiev's track record: it asserted a claim now rated FALSE.
        SourceProfile profile = api.sources().getSourceProfile().idPath(kiev.getId()).executeAs(expect(200));
        assertEquals(1L, profile.getTrackRecord().getAsserts().get("FALSE"));
        assertFalse(profile.getStances().getItems().isEmpty());
        DocumentDetail detail = api.documents().getDocument().idPath(article.getId()).executeAs(expect(200));
        assertEquals(3, detail.getStances().getItems().size(), "the stances that quote the article");

        History history = api.claims().getClaimHistory().idPath(claim.getId()).executeAs(expect(200));
        assertTrue(history.getItems().size() >= 5, "created, three stances, a verdict: " + history.getItems().size());

        // Listing, filtering, counting, similarity.
        PageClaim falseClaims = api.claims().listClaims().statusQuery("FALSE").tagQuery(run).executeAs(expect(200));
        assertEquals(1, falseClaims.getItems().size());
        assertTrue(api.claims().countClaims().tagQuery(run).executeAs(expect(200)).getTotal() >= 1);
        assertTrue(api.claims().findSimilarClaims().textQuery("Russia deployed 100,000 soldiers on the borders of Ukraine")
                .executeAs(expect(200)).getItems().stream().anyMatch(s -> s.getId().equals(claim.getId())));
    }

    @Test
    void editsNeedTheCurrentVersionAndBadReferencesAreRefused() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Claim claim = api.claims().createClaim().body(new ClaimInput().text("Journeys: the talks lasted eight hours " + run))
                .execute(expect(201)).as(Claim.class);
        Response current = api.claims().getClaimDossier().idPath(claim.getId()).execute(expectStatus(200));
        String etag = current.header("ETag");
        assertNotNull(etag);
        ClaimInput edit = new ClaimInput().text("Journeys: the talks lasted seven and a half hours " + run);
        api.claims().updateClaim().idPath(claim.getId()).body(edit).execute(expectStatus(428));
        api.claims().updateClaim().idPath(claim.getId()).ifMatchHeader("\"999\"").body(edit).execute(expectStatus(412));
        Claim edited = api.claims().updateClaim().idPath(claim.getId()).ifMatchHeader(etag).body(edit).executeAs(expect(200));
        assertEquals(edit.getText(), edited.getText());
        api.claims().updateClaim().idPath(claim.getId()).ifMatchHeader(etag).body(edit).execute(expectStatus(412));

        Source ministry = createSource("Journeys ministry " + run, SourceKind.GOVERNMENT, "Russia", Reliability.C);
        api.claims().addStance().idPath(claim.getId()).body(new StanceInput().sourceId(UUID.randomUUID().toString())
                .stance(StanceType.ASSERTS).quote("Eight hours.").statedAt(at("2021-12-30T10:00:00Z")))
                .execute(expectStatus(422));
        Document doc = api.documents().createDocument().body(new DocumentInput().url("https://journeys.example.org/doc-" + run)
                .title("Doc " + run).archivedText("The talks lasted eight hours, the ministry said.")).execute(expect(201))
                .as(Document.class);
        api.claims().addStance().idPath(claim.getId()).body(new StanceInput().sourceId(ministry.getId())
                .stance(StanceType.ASSERTS).quote("The talks lasted twelve hours").documentId(doc.getId())
                .statedAt(at("2021-12-30T10:00:00Z"))).execute(expectStatus(422));
        api.sources().createSource().body(new SourceInput().name("journeys MINISTRY " + run).kind(SourceKind.PERSON))
                .execute(expectStatus(409));

        // Anonymous callers read but do not write.
        anonymous.claims().getClaimDossier().idPath(claim.getId()).execute(expectStatus(200));
        anonymous.claims().createClaim().body(new ClaimInput().text("Anonymous writes are refused " + run))
                .execute(expectStatus(401));
        assertEquals(0, api.claims().countClaims().qQuery("Anonymous writes are refused " + run).executeAs(expect(200))
                .getTotal());
    }

    @Test
    void anEditedDocumentKeepsItsOldVersionReadableAndTheStanceOnItIsFlagged() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "Kiev accused Russia of massing troops, which Moscow denied (" + run + ").";
        String second = "Kiev accused Russia of massing troops (" + run + ").";
        Source moscow = createSource("Archive Moscow " + run, SourceKind.GOVERNMENT, "Russia", Reliability.C);
        Document doc = api.documents().createDocument().body(new DocumentInput().url("https://archive.example.org/" + run)
                .title("Archive " + run).archivedText(first)).execute(expect(201)).as(Document.class);
        assertEquals(1, doc.getTextVersion());
        Claim claim = api.claims().createClaim().body(new ClaimInput()
                .text("Russia massed troops on the border, archive journey " + run + ".")).execute(expect(201)).as(Claim.class);
        addStance(claim, moscow, StanceType.DENIES, "which Moscow denied", doc, "2021-12-30T07:00:00Z");

        // The publisher's text changes: the edit adds version 2, version 1 stays readable with its SHA-256.
        Document edited = api.documents().updateDocument().idPath(doc.getId()).ifMatchHeader("\"" + doc.getVersion() + "\"")
                .body(new DocumentInput().url(doc.getUrl()).title(doc.getTitle()).archivedText(second).reason("corrected " + run))
                .executeAs(expect(200));
        assertEquals(2, edited.getTextVersion());
        var versions = anonymous.documents().listDocumentTextVersions().idPath(doc.getId()).executeAs(expect(200)).getItems();
        assertEquals(List.of(1, 2), versions.stream().map(v -> v.getNumber()).toList());
        assertEquals(doc.getContentSha256(), versions.get(0).getContentSha256());
        assertEquals("corrected " + run, versions.get(1).getReason());
        assertEquals(ClaimtrackSystem.ADMIN, versions.get(1).getActor());
        var old = anonymous.documents().getDocumentTextVersion().idPath(doc.getId()).numberPath("1").executeAs(expect(200));
        assertEquals(first, old.getText());
        assertEquals(sha256(first), old.getContentSha256());
        anonymous.documents().getDocumentTextVersion().idPath(doc.getId()).numberPath("3").execute(expectStatus(404));

        // The denial still counts, flagged as standing on superseded text, in the dossier and on the document.
        Dossier dossier = api.claims().getClaimDossier().idPath(claim.getId()).executeAs(expect(200));
        assertEquals(ClaimStatus.DENIED, dossier.getStatus().getStatus());
        DossierStance denial = dossier.getStances().get(0);
        assertEquals(1, denial.getDocumentVersion());
        assertEquals(2, denial.getDocument().getTextVersion());
        assertEquals(Boolean.TRUE, denial.getOnSupersededText());
        assertEquals(List.of(denial.getId()), dossier.getStancesOnSupersededText());
        DocumentDetail detail = api.documents().getDocument().idPath(doc.getId()).executeAs(expect(200));
        assertEquals(List.of(denial.getId()), detail.getStancesOnSupersededText());
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theSeedBundleImportsOnceAndTheTroopsClaimIsDisputed() throws Exception {
        String bundle = Files.readString(seedBundle());
        ImportJob first = runImport(bundle, "application/json");
        assertTrue(List.of("SUCCEEDED").contains(first.getStatus().getValue()), first.toString());
        assertEquals(0L, first.getFailed());

        // The seed's own troops claim (other tests write claims that quote the same figure).
        JsonNode troopsClaim = null;
        for (JsonNode c : JSON.readTree(bundle).path("claims")) {
            if (c.path("text").asText().contains("100,000 soldiers")) {
                troopsClaim = c;
            }
        }
        assertNotNull(troopsClaim);
        String troopsText = troopsClaim.path("text").asText();
        PageClaim troops = api.claims().listClaims().qQuery("100,000").sizeQuery(100).executeAs(expect(200));
        Claim claim = troops.getItems().stream().filter(c -> c.getText().equals(troopsText)).findFirst()
                .orElseThrow(() -> new AssertionError("troops claim not found: " + troops));
        assertEquals(ClaimStatus.DISPUTED, claim.getStatus());
        assertTrue(claim.getAssertingParties().contains("Ukraine"), claim.getAssertingParties().toString());
        assertTrue(claim.getDenyingParties().contains("Russia"), claim.getDenyingParties().toString());
        Dossier dossier = api.claims().getClaimDossier().idPath(claim.getId()).executeAs(expect(200));
        assertTrue(dossier.getStances().size() >= 3);
        assertTrue(dossier.getStances().stream().allMatch(s -> s.getDocument() != null && s.getQuote() != null));

        // The denial's moment: just before it, the claim was not yet disputed.
        Instant denial = Instant.MAX;
        for (JsonNode s : troopsClaim.path("stances")) {
            if (s.path("stance").asText().equals("DENIES")) {
                Instant statedAt = Instant.parse(s.path("statedAt").asText());
                denial = statedAt.isBefore(denial) ? statedAt : denial;
            }
        }
        StatusReport beforeDenial = api.claims().getClaimStatus().idPath(claim.getId())
                .asOfQuery(denial.minusSeconds(1).toString()).executeAs(expect(200));
        // docs/STATUS-RULES.md, "The seed's troops claim": Ukraine (C) and West (C) assert, nobody denies yet
        assertEquals(ClaimStatus.CORROBORATED, beforeDenial.getStatus());
        assertEquals(2, beforeDenial.getCredibility());

        // The dossier as of 30 Dec 2021 09:00 UTC shows only what was said by then, and counts what it leaves out.
        Instant nineAm = Instant.parse("2021-12-30T09:00:00Z");
        Dossier morning = api.claims().getClaimDossier().idPath(claim.getId()).asOfQuery(nineAm.toString()).executeAs(expect(200));
        assertEquals(nineAm, morning.getAsOf().toInstant());
        assertEquals(ClaimStatus.CORROBORATED, morning.getStatus().getStatus());
        assertEquals(2, morning.getStatus().getCredibility());
        assertFalse(morning.getStances().isEmpty());
        assertTrue(morning.getStances().stream().allMatch(s -> !s.getStatedAt().toInstant().isAfter(nineAm)), morning.toString());
        assertEquals(dossier.getStances().size() - morning.getStances().size(), morning.getAfterAsOf().getStances());
        assertTrue(morning.getAfterAsOf().getStances() > 0, "Moscow's denial came later");

        long claimsBefore = api.claims().countClaims().executeAs(expect(200)).getTotal();
        ImportJob again = runImport(bundle, "application/json");
        assertEquals("SUCCEEDED", again.getStatus().getValue());
        assertEquals(0L, again.getCreated(), "the same bundle twice creates nothing new");
        assertEquals(claimsBefore, api.claims().countClaims().executeAs(expect(200)).getTotal());
    }

    @Test
    void aRetractionEndsADisputeFromItsTimeOnAndTheRecordKeepsIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String text = "Kiev said the column crossed at dawn, which Moscow denied (" + run + ").";
        Source kiev = createSource("Retraction Kiev " + run, SourceKind.GOVERNMENT, "Ukraine", Reliability.C);
        Source moscow = createSource("Retraction Moscow " + run, SourceKind.GOVERNMENT, "Russia", Reliability.D);
        Source outlet = createSource("Retraction outlet " + run, SourceKind.MEDIA_OUTLET, "", Reliability.B);
        Document article = api.documents().createDocument().body(new DocumentInput()
                        .url("https://journeys.example.org/retraction/" + run).title("Column " + run).publisherId(outlet.getId())
                        .publishedAt(at("2021-12-30T15:00:00Z")).language("en").archivedText(text))
                .execute(expect(201)).as(Document.class);
        Claim claim = api.claims().createClaim().body(new ClaimInput()
                        .text("A Russian column crossed into Ukraine at dawn (" + run + ").").topic("journeys"))
                .execute(expect(201)).as(Claim.class);
        addStance(claim, kiev, StanceType.ASSERTS, "Kiev said the column crossed at dawn", article, "2021-12-30T06:00:00Z");

        // time is enforced: not after the document that quotes it, not in the future
        api.claims().addStance().idPath(claim.getId()).body(new StanceInput().sourceId(moscow.getId()).stance(StanceType.DENIES)
                .quote("which Moscow denied").documentId(article.getId()).statedAt(at("2021-12-30T16:00:00Z")))
                .execute(expectStatus(422));
        api.claims().addStance().idPath(claim.getId()).body(new StanceInput().sourceId(moscow.getId()).stance(StanceType.DENIES)
                .quote("which Moscow denied").documentId(article.getId()).statedAt(at("2031-01-01T00:00:00Z")))
                .execute(expectStatus(400));
        addStance(claim, moscow, StanceType.DENIES, "which Moscow denied", article, "2021-12-30T07:00:00Z");

        Response read = api.claims().getClaimDossier().idPath(claim.getId()).execute(expect(200));
        Dossier disputed = read.as(Dossier.class);
        assertEquals(ClaimStatus.DISPUTED, disputed.getStatus().getStatus());
        String denial = disputed.getStances().stream().filter(s -> s.getStance() == StanceType.DENIES).findFirst()
                .orElseThrow().getId();

        api.claims().retractStance().idPath(claim.getId()).stanceIdPath(denial).ifMatchHeader(read.header("ETag"))
                .body(new Retraction().retractedAt(at("2021-12-31T09:00:00Z")).reason("The ministry took it back (" + run + ")."))
                .execute(expect(200));

        assertEquals(ClaimStatus.SINGLE_PARTY, api.claims().getClaimStatus().idPath(claim.getId()).executeAs(expect(200)).getStatus());
        assertEquals(ClaimStatus.DISPUTED, api.claims().getClaimStatus().idPath(claim.getId())
                .asOfQuery("2021-12-31T08:59:59Z").executeAs(expect(200)).getStatus());
        assertEquals(ClaimStatus.SINGLE_PARTY, api.claims().getClaimStatus().idPath(claim.getId())
                .asOfQuery("2021-12-31T09:00:00Z").executeAs(expect(200)).getStatus());
        Dossier after = api.claims().getClaimDossier().idPath(claim.getId()).executeAs(expect(200));
        assertEquals(2, after.getStances().size(), "the retracted stance stays on record");
        DossierStance retracted = after.getStances().stream().filter(s -> s.getId().equals(denial)).findFirst().orElseThrow();
        assertEquals(Instant.parse("2021-12-31T09:00:00Z"), retracted.getRetraction().getRetractedAt().toInstant());
        Dossier before = api.claims().getClaimDossier().idPath(claim.getId()).asOfQuery("2021-12-31T08:00:00Z")
                .executeAs(expect(200));
        assertEquals(ClaimStatus.DISPUTED, before.getStatus().getStatus());
        History history = api.claims().getClaimHistory().idPath(claim.getId()).executeAs(expect(200));
        assertTrue(history.getItems().stream().anyMatch(h -> "STANCE_RETRACTED".equals(String.valueOf(h.getAction()))),
                history.toString());
        // a second retraction, or a stale version, changes nothing
        api.claims().retractStance().idPath(claim.getId()).stanceIdPath(denial).ifMatchHeader(read.header("ETag"))
                .body(new Retraction().retractedAt(at("2021-12-31T10:00:00Z")).reason("again")).execute(expectStatus(412));
    }

    @Test
    void aClaimReviewFeedImportsWithNumericStringAndTextRatings() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String feed = """
                [
                 {"@context": "https://schema.org", "@type": "ClaimReview",
                  "claimReviewed": "Feed %1$s: the exercises start in February.",
                  "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Feed speaker %1$s"},
                                   "datePublished": "2021-12-29",
                                   "appearance": {"@type": "CreativeWork", "url": "https://feed-news.example/%1$s/february"}},
                  "author": {"@type": "Organization", "name": "Feed checkers %1$s"},
                  "datePublished": "2022-01-02T10:00:00Z", "url": "https://feed-checkers.example/%1$s/february",
                  "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 4, "worstRating": 1}},
                 {"@context": "https://schema.org", "@type": "ClaimReview",
                  "claimReviewed": "Feed %1$s: the meeting was cancelled.",
                  "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "Feed ministry %1$s"}},
                  "datePublished": "2021-12-30",
                  "author": {"@type": "Organization", "name": "Feed checkers %1$s"},
                  "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "worstRating": "1"}},
                 {"@context": "https://schema.org", "@type": "ClaimReview",
                  "claimReviewed": "Feed %1$s: the talks lasted eight hours.",
                  "author": {"@type": "Organization", "name": "Feed checkers %1$s"},
                  "reviewRating": {"@type": "Rating", "alternateName": "Mixed"}}
                ]
                """.formatted(run);
        ImportJob job = runImport(feed, "application/ld+json");
        assertEquals("SUCCEEDED", job.getStatus().getValue(), job.toString());
        PageClaim imported = api.claims().listClaims().qQuery("Feed " + run).executeAs(expect(200));
        assertEquals(3, imported.getItems().size(), imported.toString());
        for (Claim c : imported.getItems()) {
            ClaimStatus expected = c.getText().contains("February") ? ClaimStatus.VERIFIED
                    : c.getText().contains("cancelled") ? ClaimStatus.FALSE : ClaimStatus.MISLEADING;
            assertEquals(expected, c.getStatus(), c.getText());
        }

        // The fact-checker's paraphrase is an attribution by the fact-checker, never the speaker's quote.
        Claim february = imported.getItems().stream().filter(c -> c.getText().contains("February")).findFirst().orElseThrow();
        Dossier dossier = api.claims().getClaimDossier().idPath(february.getId()).executeAs(expect(200));
        DossierStance stance = dossier.getStances().get(0);
        assertEquals(StanceKind.ATTRIBUTION, stance.getKind());
        assertEquals("Feed checkers " + run, stance.getReportedBy());
        assertEquals(null, stance.getQuote());
        assertEquals("https://feed-news.example/" + run + "/february", stance.getDocument().getUrl());
        assertEquals("https://feed-news.example/" + run + "/february", stance.getDocument().getTitle());
        // The review counts from when it was published, by whom, with its url; recorded later, here.
        Verdict verdict = dossier.getVerdicts().get(0);
        assertEquals(Instant.parse("2022-01-02T10:00:00Z"), verdict.getPublishedAt().toInstant());
        assertEquals("Feed checkers " + run, verdict.getOrganization());
        assertEquals("https://feed-checkers.example/" + run + "/february", verdict.getUrl());
        assertTrue(verdict.getCreatedAt().toInstant().isAfter(verdict.getPublishedAt().toInstant()));
        assertEquals(ClaimStatus.SINGLE_PARTY, api.claims().getClaimStatus().idPath(february.getId())
                .asOfQuery("2022-01-02T09:59:59Z").executeAs(expect(200)).getStatus());
        assertEquals(ClaimStatus.VERIFIED, api.claims().getClaimStatus().idPath(february.getId())
                .asOfQuery("2022-01-02T10:00:00Z").executeAs(expect(200)).getStatus());
        // Re-published as theirs, never under our name.
        ClaimReview review = api.claimReview().getClaimReview().idPath(february.getId()).execute(expectStatus(200))
                .as(ClaimReview.class);
        assertEquals("Feed checkers " + run, review.getAuthor().getName());
        assertEquals("https://feed-checkers.example/" + run + "/february", review.getUrl());
        assertEquals("2022-01-02", review.getDatePublished());
        assertNotNull(review.getSdPublisher());
        // The claim page shows it as "according to", with no quotation marks around the paraphrase.
        String page = io.restassured.RestAssured.given().baseUri(system.gatewayUrl()).accept("text/html").get("/claims/" + february.getId())
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("According to <strong>Feed checkers " + run + "</strong>"), page);
        assertFalse(page.contains("“Feed " + run), "the paraphrase is never shown as a quote");
        assertFalse(page.contains("blockquote class=\"quote\""), "no quote block for an attribution");
    }

    private static ImportJob runImport(String body, String contentType) {
        ImportJob started = api.imports().startImport().reqSpec(r -> r.setContentType(contentType).setBody(body))
                .executeAs(expect(202));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        ImportJob job = started;
        while (List.of("QUEUED", "RUNNING").contains(job.getStatus().getValue()) && System.nanoTime() < deadline) {
            ServiceProcess.sleep(200);
            job = api.imports().getImport().idPath(started.getId()).executeAs(expect(200));
        }
        return job;
    }

    private static Source createSource(String name, SourceKind kind, String affiliation, Reliability reliability) {
        return api.sources().createSource().body(new SourceInput().name(name).kind(kind).affiliation(affiliation)
                .reliability(reliability)).execute(expect(201)).as(Source.class);
    }

    @Test
    void aNewsroomToolWalksTheClaimListByCursorWhileClaimsAreWritten() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        java.util.function.Supplier<String> write = () -> api.claims().createClaim().body(new ClaimInput()
                        .text("Cursor journey claim " + UUID.randomUUID() + " about convoys (" + run + ").").tags(List.of(run)))
                .execute(expect(201)).as(Claim.class).getId().toString();
        for (int i = 0; i < 7; i++) {
            write.get();
        }
        for (String sort : List.of("updatedAt,desc", "createdAt,asc")) {
            List<String> before = api.claims().listClaims().tagQuery(run).sortQuery(sort).sizeQuery(100)
                    .executeAs(expect(200)).getItems().stream().map(c -> c.getId().toString()).toList();
            List<String> walked = new java.util.ArrayList<>();
            List<String> added = new java.util.ArrayList<>();
            String cursor = null;
            do {
                var request = api.claims().listClaims().tagQuery(run).sortQuery(sort).sizeQuery(3);
                PageClaim page = (cursor == null ? request : request.cursorQuery(cursor)).executeAs(expect(200));
                page.getItems().forEach(c -> walked.add(c.getId().toString()));
                if (cursor == null) {
                    added.add(write.get()); // written while the tool walks
                }
                cursor = page.getNext();
            } while (cursor != null);
            List<String> expected = new java.util.ArrayList<>(before);
            if (sort.endsWith("asc")) {
                expected.addAll(added); // oldest first: the new claim is after the cursor, once
            }
            assertEquals(expected, walked, sort);
        }
        Response refused = api.claims().listClaims().cursorQuery("not-a-cursor").execute(expect(400));
        assertEquals("cursor", refused.jsonPath().getString("errors[0].field"));
    }

    private static void addStance(Claim claim, Source source, StanceType type, String quote, Document doc, String statedAt) {
        api.claims().addStance().idPath(claim.getId()).body(new StanceInput().sourceId(source.getId()).stance(type)
                .quote(quote).documentId(doc.getId()).statedAt(at(statedAt))).execute(expectStatus(201));
    }

    private static List<String> parties(List<EvidenceParty> parties) {
        return parties.stream().map(EvidenceParty::getParty).toList();
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Function<Response, Response> expect(int status) {
        return r -> {
            assertEquals(status, r.statusCode(), r.asString());
            return r;
        };
    }

    private static Function<Response, Response> expectStatus(int status) {
        return expect(status);
    }

    private static Path seedBundle() {
        return Path.of(System.getProperty("claimtrack.root", "..")).resolve("seeds/geneva-2021-12-30.json");
    }
}
