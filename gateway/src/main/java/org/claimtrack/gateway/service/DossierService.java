package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Comparator;
import java.util.List;
import org.claimtrack.gateway.client.ClaimRecord;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Dossier;
import org.claimtrack.gateway.model.Dossier.DocumentSummary;
import org.claimtrack.gateway.model.Dossier.DossierStance;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.SimilarClaims.SimilarClaim;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.Verdict;

/**
 * Assembles a claim's dossier: the claim's record (one claims-service read), then similar claims in parallel with
 * two batched sources-service look-ups. Without the sources-service, or without similar claims (a text search, the
 * slowest read), the dossier still answers, marked degraded.
 */
@ApplicationScoped
public class DossierService {

    static final int SIMILAR_LIMIT = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    ClaimsReads claims;

    @Inject
    SourceRecords records;

    /** The dossier and the claim's ETag. */
    public record Tagged(Dossier dossier, String etag) {
    }

    public Uni<Tagged> dossier(String id) {
        return dossier(id, null);
    }

    /**
     * The dossier now, or as of an instant: the status as of then (computed by the claims-service), and only the
     * stances stated and verdicts published by then.
     */
    public Uni<Tagged> dossier(String id, Instant asOf) {
        return claims.record(id, asOf == null ? null : asOf.toString()).flatMap(response -> {
            ClaimRecord record = response.getEntity();
            List<Stance> stances = record.stances().stream().filter(s -> asOf == null || !s.statedAt().isAfter(asOf)).toList();
            List<Verdict> verdicts = record.verdicts().stream()
                    .filter(v -> asOf == null || countsFrom(v) == null || !countsFrom(v).isAfter(asOf)).toList();
            Dossier.AfterAsOf after = asOf == null ? null
                    : new Dossier.AfterAsOf(record.stances().size() - stances.size(), record.verdicts().size() - verdicts.size());
            Dossier.EvidenceSinceVerdict since = sinceVerdict(record.status().verdict(), stances, asOf);
            // optional: any failure (timeout, open circuit, an error answer) leaves it out, marked degraded
            Uni<List<SimilarClaim>> similar = similar(record.claim()).onFailure().recoverWithNull();
            Uni<SourceRecords.Records> current = records
                    .of(stances.stream().map(Stance::sourceId).toList(), stances.stream().map(Stance::documentId).toList())
                    .onFailure(ServiceUnavailable.class).recoverWithNull();
            return Uni.combine().all().unis(similar, current).asTuple().map(more -> new Tagged(
                    new Dossier(record.claim(), record.status(), stances(stances, more.getItem2()),
                            latestFirst(verdicts), asOf, after, since, more.getItem1(),
                            degraded(more.getItem2() == null, more.getItem1() == null)),
                    response.getHeaderString("ETag")));
        });
    }

    private static List<Downstream> degraded(boolean noSources, boolean noSimilar) {
        List<Downstream> missing = new ArrayList<>();
        if (noSources) {
            missing.add(Downstream.SOURCES);
        }
        if (noSimilar) {
            missing.add(Downstream.SIMILAR);
        }
        return missing;
    }

    private Uni<List<SimilarClaim>> similar(Claim claim) {
        return claims.recentSimilar(claim.text(), SIMILAR_LIMIT + 1).map(found -> found.items() == null ? List.<SimilarClaim>of()
                : found.items().stream().filter(s -> !claim.id().equals(s.id())).limit(SIMILAR_LIMIT).toList());
    }

    /** Stances in the order they were stated; with no records (degraded) only what the claims-service holds. */
    static List<DossierStance> stances(List<Stance> stances, SourceRecords.Records current) {
        List<DossierStance> result = new ArrayList<>();
        stances.stream().sorted(Comparator.comparing(Stance::statedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(s -> {
                    Source source = current == null ? null : current.source(s.sourceId());
                    Document document = current == null ? null : current.document(s.documentId());
                    result.add(new DossierStance(s.id(), s.stance(), s.quote(), s.selector(), s.statedAt(), s.createdAt(),
                            s.sourceId(), source, s.source(), s.documentId(),
                            document == null ? null : summary(document, current.source(document.publisherId())),
                            s.retraction(), s.kind(), s.reportedBy()));
                });
        return result;
    }

    /**
     * What changed in the evidence after the verdict that counts was published (its publishedAt: what its reviewer
     * could not have seen): stances recorded after it, stances
     * retracted after it (by {@code asOf}, when given). Null when there is no verdict or nothing changed.
     */
    static Dossier.EvidenceSinceVerdict sinceVerdict(Verdict verdict, List<Stance> stances, Instant asOf) {
        if (verdict == null || countsFrom(verdict) == null) {
            return null;
        }
        Instant given = countsFrom(verdict);
        int added = (int) stances.stream().filter(s -> s.createdAt() != null && s.createdAt().isAfter(given)).count();
        int retracted = (int) stances.stream().map(Stance::retraction)
                .filter(r -> r != null && r.retractedAt().isAfter(given) && (asOf == null || !r.retractedAt().isAfter(asOf)))
                .count();
        if (added == 0 && retracted == 0) {
            return null;
        }
        String changes = added == 0 ? retracted + (retracted == 1 ? " stance retracted" : " stances retracted")
                : added + (added == 1 ? " stance added" : " stances added") + (retracted == 0 ? "" : " and " + retracted + " retracted");
        return new Dossier.EvidenceSinceVerdict(verdict.id(), given, added, retracted,
                changes + " since the verdict of " + DAY.format(given));
    }

    static DocumentSummary summary(Document document, Source publisher) {
        return new DocumentSummary(document.id(), document.title(), document.url(), document.publisherId(),
                publisher == null ? null : publisher.name(), document.publishedAt(), document.language());
    }

    /** When a verdict counts from: when it was published; when it was recorded for a verdict without that time. */
    static Instant countsFrom(Verdict v) {
        return v.publishedAt() != null ? v.publishedAt() : v.createdAt();
    }

    /** Latest published first (as the status rules pick the latest); recorded time for a verdict without one. */
    static List<Verdict> latestFirst(List<Verdict> verdicts) {
        return verdicts.stream()
                .sorted(Comparator.comparing(DossierService::countsFrom,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}
