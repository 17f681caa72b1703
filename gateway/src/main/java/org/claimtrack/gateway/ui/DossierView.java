package org.claimtrack.gateway.ui;

import java.util.List;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Dossier;
import org.claimtrack.gateway.model.Dossier.DossierStance;
import org.claimtrack.gateway.model.Reliability;
import org.claimtrack.gateway.model.SimilarClaims.SimilarClaim;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.model.Verdict;

/** A dossier arranged for reading: the stances side by side, one column per kind of stance. */
public record DossierView(Dossier dossier) {

    public record Column(StanceType type, String key, String title, String nobody, List<StanceView> stances) {
    }

    /** A stance with the best name the gateway has: the source's current record, else the claims-service snapshot. */
    public record StanceView(DossierStance stance) {

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
                column(StanceType.ASSERTS, "asserts", "Asserts", "asserts it"),
                column(StanceType.DENIES, "denies", "Denies", "denies it"),
                column(StanceType.QUESTIONS, "questions", "Questions", "questions it"),
                column(StanceType.REPORTS, "reports", "Reports", "reports it"));
    }

    public List<Verdict> verdicts() {
        return dossier.verdicts() == null ? List.of() : dossier.verdicts();
    }

    public List<SimilarClaim> similar() {
        return dossier.similar() == null ? List.of() : dossier.similar();
    }

    private Column column(StanceType type, String key, String title, String nobody) {
        return new Column(type, key, title, nobody, dossier.stances().stream()
                .filter(s -> s.stance() == type).map(StanceView::new).toList());
    }
}
