package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimtrack.gateway.client.ClaimRecord;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.config.GatewayConfig;
import org.claimtrack.gateway.model.ClaimReview;
import org.claimtrack.gateway.model.ClaimReview.Appearance;
import org.claimtrack.gateway.model.ClaimReview.ItemReviewed;
import org.claimtrack.gateway.model.ClaimReview.ReviewRating;
import org.claimtrack.gateway.model.ClaimReview.Thing;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Rating;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.model.Verdict;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * schema.org ClaimReview for claims with a verdict. Authors and appearances come from the current
 * sources-service records, so a ClaimReview needs both services (503 otherwise: it is published to outside
 * aggregators, where a half-filled review would be taken as complete).
 */
@ApplicationScoped
public class ClaimReviewService {

    /** Statuses that only a verdict produces: the claims that have a ClaimReview. */
    static final List<ClaimStatus> REVIEWED = List.of(ClaimStatus.VERIFIED, ClaimStatus.MISLEADING, ClaimStatus.FALSE,
            ClaimStatus.UNVERIFIABLE);

    @Inject
    ClaimsReads claims;

    @Inject
    SourceRecords records;

    @Inject
    GatewayConfig config;

    public Uni<ClaimReview> review(String claimId) {
        return claims.record(claimId).map(RestResponse::getEntity)
                .flatMap(reviewed -> {
                    if (counting(reviewed) == null) {
                        return Uni.createFrom().failure(Problems.notFound("Claim " + claimId
                                + " has no verdict that counts (none yet, or all withdrawn), so there is no ClaimReview for it."));
                    }
                    return toReviews(List.of(reviewed)).map(reviews -> reviews.get(0));
                });
    }

    /** A page of reviews: one claims list call, one record call per claim (in parallel), two batched look-ups. */
    public Uni<Page<ClaimReview>> feed(int page, int size, String cursor) {
        MultivaluedMap<String, String> filters = new MultivaluedHashMap<>();
        REVIEWED.forEach(s -> filters.add("status", s.name()));
        filters.putSingle("sort", "updatedAt,desc");
        filters.putSingle("page", Integer.toString(page));
        filters.putSingle("size", Integer.toString(size));
        if (cursor != null && !cursor.isBlank()) {
            filters.putSingle("cursor", cursor); // the claims list's own cursor: its next is the feed's
        }
        return claims.list(filters).flatMap(claimPage -> {
            if (claimPage.items().isEmpty()) {
                return Uni.createFrom().item(new Page<>(List.<ClaimReview>of(), claimPage.page(), claimPage.size(),
                        claimPage.total(), claimPage.next()));
            }
            List<Uni<ClaimRecord>> each = claimPage.items().stream()
                    .map(c -> claims.record(c.id()).map(RestResponse::getEntity))
                    .toList();
            return Uni.join().all(each).andFailFast()
                    .map(all -> all.stream().filter(r -> counting(r) != null).toList())
                    .flatMap(this::toReviews)
                    .map(reviews -> new Page<>(reviews, claimPage.page(), claimPage.size(), claimPage.total(), claimPage.next()));
        });
    }

    /** The verdict that counts: the status report's (the latest not withdrawn); a withdrawn verdict is never published. */
    private static Verdict counting(ClaimRecord reviewed) {
        return reviewed.status() == null ? null : reviewed.status().verdict();
    }

    private Uni<List<ClaimReview>> toReviews(List<ClaimRecord> reviewed) {
        List<Stance> stances = reviewed.stream().flatMap(r -> r.stances().stream()).toList();
        return records.of(stances.stream().map(Stance::sourceId).toList(),
                stances.stream().map(Stance::documentId).toList())
                .map(current -> reviewed.stream().map(r -> map(r, current)).toList());
    }

    private ClaimReview map(ClaimRecord reviewed, SourceRecords.Records current) {
        Verdict latest = counting(reviewed);
        List<Stance> asserting = reviewed.stances().stream().filter(s -> s.stance() == StanceType.ASSERTS)
                .sorted(Comparator.comparing(Stance::statedAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<Thing> authors = asserting.stream().map(Stance::sourceId).distinct().map(current::source)
                .filter(Objects::nonNull).map(ClaimReviewService::thing).toList();
        List<Appearance> appearances = new ArrayList<>();
        reviewed.stances().stream().map(Stance::documentId).filter(Objects::nonNull).distinct().map(current::document)
                .filter(Objects::nonNull).forEach(d -> appearances.add(appearance(d)));
        Instant firstAsserted = asserting.isEmpty() ? null : asserting.get(0).statedAt();
        Rating rating = latest.rating();
        String dossier = config.publicBaseUrl().replaceAll("/+$", "") + "/api/claims/" + reviewed.claim().id();
        Thing us = new Thing("Organization", config.publisher().name(), config.publisher().url().orElse(null));
        // another organisation's review keeps its author, url and date; we only republish it (sdPublisher)
        boolean ours = latest.isOurs();
        return new ClaimReview("https://schema.org", "ClaimReview",
                ours || latest.url() == null ? dossier : latest.url(),
                reviewed.claim().text(), date(latest.publishedAt() != null ? latest.publishedAt() : latest.createdAt()),
                ours ? us : new Thing("Organization", latest.organization(), null),
                new ReviewRating("Rating", rating.ratingValue().isPresent() ? rating.ratingValue().getAsInt() : null, 5, 1,
                        rating.words()),
                new ItemReviewed("Claim", authors, appearances, date(firstAsserted)), ours ? null : us);
    }

    static Thing thing(Source source) {
        return new Thing(source.kind() == SourceKind.PERSON ? "Person" : "Organization", source.name(), source.url());
    }

    static Appearance appearance(Document document) {
        return new Appearance("CreativeWork", document.url(), document.title(), date(document.publishedAt()));
    }

    static String date(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
