package org.claimtrack.gateway.ui;

import java.time.Instant;
import java.util.List;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Dossier;
import org.claimtrack.gateway.model.Dossier.DossierStance;
import org.claimtrack.gateway.model.PartyChain;
import org.claimtrack.gateway.model.Reliability;
import org.claimtrack.gateway.model.SimilarClaims;
import org.claimtrack.gateway.model.SimilarClaims.SimilarClaim;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.model.StatusReport;
import org.claimtrack.gateway.model.Verdict;

/**
 * A dossier arranged for reading: the stances side by side, one column per kind of stance; with
 * {@code partyChains} (asked for by the page's link), how each evidence source's party was decided.
 */
public record DossierView(Dossier dossier, boolean partyChains) {

    /** The value of the page's {@code explain} parameter that asks for the chains (the API's value too). */
    public static final String PARTY_CHAINS = "partyChains";

    /** One evidence source: the position its party takes, the party it counts for, and its chain there (null if unknown). */
    public record ChainRow(StanceType position, String party, String source, PartyChain chain) {
    }

    public record Column(StanceType type, String key, List<StanceView> stances) {
    }

    /**
     * A stance with the best name the gateway has: the source's current record, else the claims-service snapshot;
     * {@code asOf} is the instant the page is shown as of (null = now).
     */
    public record StanceView(DossierStance stance, Instant asOf) {

        /** Retracted by the instant shown: it no longer counts there. */
        public boolean retracted() {
            return stance.retraction() != null && (asOf == null || !stance.retraction().retractedAt().isAfter(asOf));
        }

        /** Retracted, but after the instant shown: it still counted then. */
        public boolean retractedLater() {
            return stance.retraction() != null && !retracted();
        }

        /** The text version the stance quoted; stances recorded before versions were kept quoted version 1 or earlier. */
        public int quotedVersion() {
            return stance.documentVersion() == null ? 1 : stance.documentVersion();
        }

        public String id() {
            return stance.id();
        }

        public String sourceId() {
            return stance.sourceId();
        }

        public String sourceName() {
            if (stance.source() != null) {
                return stance.source().name();
            }
            return stance.sourceSnapshot() != null ? stance.sourceSnapshot().name() : "Unknown source";
        }

        public String affiliation() {
            String affiliation = stance.source() != null ? stance.source().affiliation()
                    : stance.sourceSnapshot() != null ? stance.sourceSnapshot().affiliation() : null;
            return affiliation == null || affiliation.isBlank() ? null : affiliation;
        }

        public Reliability reliability() {
            return stance.source() != null ? stance.source().reliability()
                    : stance.sourceSnapshot() != null ? stance.sourceSnapshot().reliability() : null;
        }
    }

    public Claim claim() {
        return dossier.claim();
    }

    /** How many stances stand on superseded text: still counted, flagged. */
    public int supersededCount() {
        return dossier.stancesOnSupersededText() == null ? 0 : dossier.stancesOnSupersededText().size();
    }

    /** Four columns (asserts, denies, questions, reports), or none when nobody has a stance yet. */
    public List<Column> columns() {
        if (dossier.stances() == null || dossier.stances().isEmpty()) {
            return List.of();
        }
        return List.of(
                column(StanceType.ASSERTS, "asserts"),
                column(StanceType.DENIES, "denies"),
                column(StanceType.QUESTIONS, "questions"),
                column(StanceType.REPORTS, "reports"));
    }

    /**
     * Every source of the status's evidence with its chain, by position as the explanation lists them (asserting,
     * denying, questioning, reporting).
     */
    public List<ChainRow> chainRows() {
        StatusReport status = dossier.status();
        if (!partyChains || status == null || status.evidence() == null) {
            return List.of();
        }
        List<ChainRow> rows = new java.util.ArrayList<>();
        addRows(rows, StanceType.ASSERTS, status.evidence().asserting());
        addRows(rows, StanceType.DENIES, status.evidence().denying());
        addRows(rows, StanceType.QUESTIONS, status.evidence().questioning());
        addRows(rows, StanceType.REPORTS, status.evidence().reporting());
        return rows;
    }

    private static void addRows(List<ChainRow> rows, StanceType position, List<StatusReport.Party> parties) {
        if (parties == null) {
            return;
        }
        for (StatusReport.Party party : parties) {
            for (StatusReport.PartySource source : party.sources() == null ? List.<StatusReport.PartySource>of() : party.sources()) {
                rows.add(new ChainRow(position, party.party() == null || party.party().isBlank() ? null
                        : party.party(), source.name(), source.partyChain()));
            }
        }
    }

    public List<Verdict> verdicts() {
        return dossier.verdicts() == null ? List.of() : dossier.verdicts();
    }


    /** The verdict that counts at the instant shown (the status report's). */
    public boolean counts(Verdict verdict) {
        return dossier.status() != null && dossier.status().verdict() != null && dossier.status().verdict().id().equals(verdict.id());
    }

    /** Withdrawn by the instant shown. */
    public boolean withdrawn(Verdict verdict) {
        return verdict.withdrawal() != null && (dossier.asOf() == null || !verdict.withdrawal().withdrawnAt().isAfter(dossier.asOf()));
    }

    /** Withdrawn, but after the instant shown: it still counted then. */
    public boolean withdrawnLater(Verdict verdict) {
        return verdict.withdrawal() != null && !withdrawn(verdict);
    }

    public List<SimilarClaim> similar() {
        return SimilarClaims.worthShowing(dossier.similar());
    }

    private Column column(StanceType type, String key) {
        return new Column(type, key, dossier.stances().stream()
                .filter(s -> s.stance() == type).map(s -> new StanceView(s, dossier.asOf())).toList());
    }
}
