package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
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

    @Inject
    ClaimsReads claims;

    @Inject
    SourceRecords records;

    /** The dossier and the claim's ETag. */
    public record Tagged(Dossier dossier, String etag) {
    }

    public Uni<Tagged> dossier(String id) {
        return claims.record(id).flatMap(response -> {
            ClaimRecord record = response.getEntity();
            List<Stance> stances = record.stances();
            // optional: any failure (timeout, open circuit, an error answer) leaves it out, marked degraded
            Uni<List<SimilarClaim>> similar = similar(record.claim()).onFailure().recoverWithNull();
            Uni<SourceRecords.Records> current = records
                    .of(stances.stream().map(Stance::sourceId).toList(), stances.stream().map(Stance::documentId).toList())
                    .onFailure(ServiceUnavailable.class).recoverWithNull();
            return Uni.combine().all().unis(similar, current).asTuple().map(more -> new Tagged(
                    new Dossier(record.claim(), record.status(), stances(stances, more.getItem2()),
                            latestFirst(record.verdicts()), more.getItem1(),
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
                            s.kind(), s.reportedBy()));
                });
        return result;
    }

    static DocumentSummary summary(Document document, Source publisher) {
        return new DocumentSummary(document.id(), document.title(), document.url(), document.publisherId(),
                publisher == null ? null : publisher.name(), document.publishedAt(), document.language());
    }

    /** Latest published first (as the status rules pick the latest); recorded time for a verdict without one. */
    static List<Verdict> latestFirst(List<Verdict> verdicts) {
        return verdicts.stream()
                .sorted(Comparator.comparing((Verdict v) -> v.publishedAt() != null ? v.publishedAt() : v.createdAt(),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}
