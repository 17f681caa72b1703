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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimtrack.gateway.client.ClaimRecord;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.QuoteLocate;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.client.SourcePartyChain;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Dossier;
import org.claimtrack.gateway.model.Dossier.DocumentSummary;
import org.claimtrack.gateway.model.Dossier.DossierStance;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.PartyChain;
import org.claimtrack.gateway.model.SimilarClaims.SimilarClaim;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.StatusReport;
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

    @Inject
    SourcesReads sources;

    @Inject
    DossierTag tags;

    /** The dossier and its ETag ({@link DossierTag}); no dossier when the caller's copy is current (304). */
    public record Tagged(Dossier dossier, String etag) {
        public boolean notModified() {
            return dossier == null;
        }
    }

    public Uni<Tagged> dossier(String id) {
        return dossier(id, null, false, null);
    }

    public Uni<Tagged> dossier(String id, Instant asOf, boolean partyChains) {
        return dossier(id, asOf, partyChains, null);
    }

    /**
     * The dossier now, or as of an instant: the status as of then (computed by the claims-service), and only the
     * stances stated and verdicts published by then. With {@code partyChains}, each source in the status's evidence
     * carries how its root party was decided (one more batched sources-service call, in parallel with the records).
     * With {@code ifNoneMatch} naming the dossier's current tag, no dossier (the caller answers 304): the tag needs
     * the record and the records look-up only, so the similar-claims search and the quote checks are not made.
     */
    public Uni<Tagged> dossier(String id, Instant asOf, boolean partyChains, String ifNoneMatch) {
        return claims.record(id, asOf == null ? null : asOf.toString()).flatMap(response -> {
            ClaimRecord record = response.getEntity();
            List<Stance> stances = record.stances().stream().filter(s -> asOf == null || !s.statedAt().isAfter(asOf)).toList();
            // optional: any failure (timeout, open circuit, an error answer) leaves it out, marked degraded
            Uni<List<SimilarClaim>> similar = similar(record.claim()).onFailure().recoverWithNull();
            Uni<SourceRecords.Records> current = records
                    .of(stances.stream().map(Stance::sourceId).toList(), stances.stream().map(Stance::documentId).toList())
                    .onFailure(ServiceUnavailable.class).recoverWithNull();
            Uni<Map<String, PartyChain>> chains = partyChains ? partyChains(record.status())
                    : Uni.createFrom().item(Map.of());
            Uni<Joined> joined = Uni.combine().all().unis(current, chains).asTuple().map(found -> new Joined(found.getItem1(),
                    found.getItem2(), tags.of(record, asOf, partyChains, found.getItem1(), found.getItem2())));
            if (ifNoneMatch != null) {
                // a conditional read: the tag first, the search and the quote checks only for a changed dossier
                return joined.flatMap(j -> DossierTag.matches(ifNoneMatch, j.tag()) ? Uni.createFrom().item(new Tagged(null, j.tag()))
                        : Uni.combine().all().unis(similar, superseded(stances, j.records())).asTuple()
                                .map(more -> new Tagged(assemble(record, stances, asOf, partyChains, j, more.getItem2(),
                                        more.getItem1()), j.tag())));
            }
            Uni<Checked> checked = joined.flatMap(j -> superseded(stances, j.records()).map(s -> new Checked(j, s)));
            return Uni.combine().all().unis(similar, checked).asTuple().map(more -> new Tagged(assemble(record, stances, asOf,
                    partyChains, more.getItem2().joined(), more.getItem2().superseded(), more.getItem1()),
                    more.getItem2().joined().tag()));
        });
    }

    /** What the dossier joins to its record (null: could not be read) and the tag they make with it. */
    private record Joined(SourceRecords.Records records, Map<String, PartyChain> chains, String tag) {
    }

    /** The joined reads and, per checked stance id, whether the current text lacks its passage. */
    private record Checked(Joined joined, Map<String, Boolean> superseded) {
    }

    private static Dossier assemble(ClaimRecord record, List<Stance> stances, Instant asOf, boolean partyChains, Joined j,
            Map<String, Boolean> superseded, List<SimilarClaim> similar) {
        List<Verdict> verdicts = record.verdicts().stream()
                .filter(v -> asOf == null || countsFrom(v) == null || !countsFrom(v).isAfter(asOf)).toList();
        Dossier.AfterAsOf after = asOf == null ? null
                : new Dossier.AfterAsOf(record.stances().size() - stances.size(), record.verdicts().size() - verdicts.size());
        Dossier.EvidenceSinceVerdict since = sinceVerdict(record.status().verdict(), stances, asOf);
        List<DossierStance> dossierStances = stances(stances, j.records(), superseded);
        return new Dossier(record.claim(),
                partyChains && j.chains() != null ? record.status().withPartyChains(j.chains()) : record.status(),
                dossierStances, latestFirst(verdicts), asOf, after, since, similar,
                degraded(j.records() == null || superseded == null || j.chains() == null, similar == null),
                dossierStances.stream().filter(s -> Boolean.TRUE.equals(s.onSupersededText())).map(DossierStance::id).toList());
    }

    /** Per source named in the status's evidence, its chain to its root party; null when the sources-service could not answer. */
    private Uni<Map<String, PartyChain>> partyChains(StatusReport status) {
        if (status == null || status.evidence() == null) {
            return Uni.createFrom().item(Map.of());
        }
        return sources.partyChains(status.evidence().sourceIds())
                .map(found -> found.stream().collect(Collectors.toMap(SourcePartyChain::sourceId, SourcePartyChain::chain,
                        (a, b) -> a)))
                .onFailure(ServiceUnavailable.class).recoverWithNull();
    }

    /**
     * Whether the current text of each stance's document still holds its passage, asked only where the text was
     * edited since the stance quoted it (one locate call per such document and 500 quotes, in parallel). A stance recorded before
     * text versions were kept counts as having quoted version 1, the version every earlier text became. Null when
     * the sources-service could not answer.
     */
    Uni<Map<String, Boolean>> superseded(List<Stance> stances, SourceRecords.Records current) {
        if (current == null) {
            return Uni.createFrom().nullItem();
        }
        Map<String, List<QuoteLocate.Quote>> byDocument = new LinkedHashMap<>();
        for (Stance s : stances) {
            Document document = current.document(s.documentId());
            int quoted = s.documentVersion() == null ? 1 : s.documentVersion();
            QuoteLocate.Quote quote = s.isAttribution() ? null
                    : DocumentDetailService.locatable(s.id(), s.selector(), s.quote());
            if (document != null && document.textVersion() != null && document.textVersion() > quoted && quote != null) {
                byDocument.computeIfAbsent(document.id(), d -> new ArrayList<>()).add(quote);
            }
        }
        if (byDocument.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Map<String, Boolean>>> calls = new ArrayList<>();
        byDocument.forEach((documentId, quotes) -> {
            // the sources-service locates at most 500 quotes per call
            for (int from = 0; from < quotes.size(); from += SourcesReads.LOOKUP_MAX) {
                List<QuoteLocate.Quote> part = quotes.subList(from, Math.min(quotes.size(), from + SourcesReads.LOOKUP_MAX));
                calls.add(sources.locateQuotes(documentId, new QuoteLocate.Request(part)).map(found -> found.items().stream()
                        .collect(Collectors.toMap(QuoteLocate.Item::key, i -> !i.found()))));
            }
        });
        return Uni.join().all(calls).andFailFast()
                .map(parts -> parts.stream().flatMap(m -> m.entrySet().stream())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a || b)))
                .onFailure().recoverWithNull();
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
    static List<DossierStance> stances(List<Stance> stances, SourceRecords.Records current, Map<String, Boolean> superseded) {
        List<DossierStance> result = new ArrayList<>();
        stances.stream().sorted(Comparator.comparing(Stance::statedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(s -> {
                    Source source = current == null ? null : current.source(s.sourceId());
                    Document document = current == null ? null : current.document(s.documentId());
                    result.add(new DossierStance(s.id(), s.stance(), s.quote(), s.selector(), s.statedAt(), s.createdAt(),
                            s.sourceId(), source, s.source(), s.documentId(),
                            document == null ? null : summary(document, current.source(document.publisherId())),
                            s.retraction(), s.kind(), s.reportedBy(), s.documentVersion(),
                            onSupersededText(s, document, superseded)));
                });
        return result;
    }

    /** True or false when known; unknown without a document or an answer from the sources-service. */
    private static Boolean onSupersededText(Stance stance, Document document, Map<String, Boolean> superseded) {
        if (document == null || superseded == null) {
            return null;
        }
        if (stance.isAttribution()) {
            return false; // no words were quoted, so no edit of the text can leave them behind
        }
        return superseded.getOrDefault(stance.id(), false);
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
                publisher == null ? null : publisher.name(), document.publishedAt(), document.language(),
                document.textVersion());
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
