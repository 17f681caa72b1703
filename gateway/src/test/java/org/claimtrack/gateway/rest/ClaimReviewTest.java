package org.claimtrack.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.claimtrack.gateway.support.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.claimtrack.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimReviewTest extends GatewayTest {

    @Test
    void claimReviewMapsTheLatestVerdictAssertersAndDocuments() {
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z") + ","
                + verdict("88888888-8888-4888-8888-888888888880", "MIXED", "2022-01-02T10:00:00Z"));

        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("ClaimReview"))
                .body("claimReviewed", equalTo(TEXT))
                .body("url", equalTo("http://localhost:8080/api/claims/" + CLAIM))
                .body("datePublished", equalTo("2022-01-05"))
                .body("author.'@type'", equalTo("Organization"))
                .body("author.name", equalTo("Claimtrack"))
                .body("reviewRating.ratingValue", equalTo(1))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.worstRating", equalTo(1))
                .body("reviewRating.alternateName", equalTo("False"))
                .body("itemReviewed.'@type'", equalTo("Claim"))
                .body("itemReviewed.author.name", contains("Government of Ukraine", "Western governments"))
                .body("itemReviewed.author.'@type'", contains("Organization", "Organization"))
                .body("itemReviewed.appearance", hasSize(1))
                .body("itemReviewed.appearance[0].url", equalTo(ARTICLE_URL))
                .body("itemReviewed.datePublished", equalTo("2021-12-29"));
    }

    @Test
    void anotherOrganisationsReviewKeepsItsAuthorUrlAndDateAndIsNeverPublishedUnderOurName() {
        troopsClaim(stubs, importedVerdict(VERDICT, "FALSE", "2021-12-31T08:00:00Z", "FactCheck Org",
                "https://factcheck.example/reviews/troops"));

        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(200)
                .body("url", equalTo("https://factcheck.example/reviews/troops"))
                .body("datePublished", equalTo("2021-12-31"))
                .body("author.'@type'", equalTo("Organization"))
                .body("author.name", equalTo("FactCheck Org"))
                .body("sdPublisher.name", equalTo("Claimtrack"))
                .body("reviewRating.alternateName", equalTo("False"));
        // our own review is ours: our name, our dossier, no sdPublisher
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));
        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(200)
                .body("author.name", equalTo("Claimtrack"))
                .body("url", equalTo("http://localhost:8080/api/claims/" + CLAIM))
                .body("sdPublisher", nullValue());
    }

    @Test
    void theLatestPublishedVerdictIsReviewedNotTheLatestRecorded() {
        // recorded after ours (2026-11-28) but published in 2021: ours (2022) is the latest
        troopsClaim(stubs, importedVerdict("88888888-8888-4888-8888-888888888881", "TRUE", "2021-12-31T08:00:00Z",
                "FactCheck Org", "https://factcheck.example/reviews/troops") + "," + verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));
        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(200)
                .body("author.name", equalTo("Claimtrack"))
                .body("reviewRating.alternateName", equalTo("False"));
    }

    @Test
    void unverifiableHasNoRatingValue() {
        troopsClaim(stubs, verdict(VERDICT, "UNVERIFIABLE", "2022-01-05T10:00:00Z"));

        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(200)
                .body("reviewRating.ratingValue", nullValue())
                .body("reviewRating.alternateName", equalTo("Unverifiable"));
    }

    @Test
    void claimWithoutVerdictHasNoClaimReview() {
        troopsClaim(stubs, null);

        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no verdict"));
    }

    @Test
    void claimReviewNeedsTheSourcesService() {
        troopsClaim(stubs, verdict(VERDICT, "FALSE", "2022-01-05T10:00:00Z"));
        down(stubs.sources());

        given().accept("application/ld+json").get("/api/claims/" + CLAIM + "/claimreview").then().statusCode(503)
                .header("Retry-After", "7");
    }

    @Test
    void feedListsReviewsOfClaimsWithVerdicts() {
        troopsClaim(stubs, verdict(VERDICT, "MOSTLY_TRUE", "2022-01-05T10:00:00Z"));
        stubs.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(page(claim(CLAIM, TEXT, "VERIFIED")))));

        given().get("/api/claimreview").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].reviewRating.ratingValue", equalTo(4))
                .body("items[0].reviewRating.alternateName", equalTo("Mostly true"))
                .body("total", equalTo(1));
        stubs.claims().verify(WireMock.getRequestedFor(urlPathEqualTo("/claims"))
                .withQueryParam("status", WireMock.havingExactly("VERIFIED", "MISLEADING", "FALSE", "UNVERIFIABLE")));
        given().queryParam("size", 51).get("/api/claimreview").then().statusCode(400);
    }
}
