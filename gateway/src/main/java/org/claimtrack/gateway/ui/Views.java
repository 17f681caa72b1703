package org.claimtrack.gateway.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.claimtrack.gateway.client.QuoteCheck;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.TextVersion;
import org.claimtrack.gateway.model.DocumentDetail;
import org.claimtrack.gateway.model.Reliability;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.model.SourceProfile;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.model.Verdict;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Rating;
import org.claimtrack.gateway.model.SimilarClaims.SimilarClaim;
import org.claimtrack.gateway.model.StatusReport;

/** Every page and fragment of the web UI; templates live in {@code templates/ui/}, checked at build time. */
@CheckedTemplate(basePath = "ui")
final class Views {

    private Views() {
    }

    static native TemplateInstance claims(ClaimFilters filters, List<ClaimStatus> statuses, Page<Claim> claims,
            Pager pager, ClaimCounts counts, List<Downstream> degraded);

    static native TemplateInstance dossier(DossierView view, StatusReport status, AsOf asOf, String jsonLd,
            List<Downstream> degraded, DeskView desk);

    static native TemplateInstance workflowForm(Claim claim, FormValues values, FormErrors errors,
            List<org.claimtrack.gateway.model.WorkStatus> statuses, List<String> users);

    static native TemplateInstance noteForm(Claim claim, org.claimtrack.gateway.model.Note note, FormValues values,
            FormErrors errors);

    static native TemplateInstance statusPanel(StatusReport status);

    static native TemplateInstance history(Claim claim, List<HistoryRow> rows);

    static native TemplateInstance similar(List<SimilarClaim> similar);

    static native TemplateInstance claimForm(Claim claim, FormValues values, FormErrors errors, List<SimilarClaim> similar,
            List<Downstream> degraded);

    static native TemplateInstance conflict(String kind, String yourVersion, long currentVersion, List<ConflictRow> rows,
            String reloadUrl, String viewUrl, String changedBy, FormValues mine);

    static native TemplateInstance verdictForm(Claim claim, FormValues values, FormErrors errors, List<Rating> ratings,
            List<Downstream> degraded);

    static native TemplateInstance retractForm(Claim claim, Stance stance, FormValues values, FormErrors errors,
            List<Downstream> degraded);

    static native TemplateInstance withdrawForm(Claim claim, Verdict verdict, FormValues values, FormErrors errors,
            List<Downstream> degraded);

    static native TemplateInstance stanceForm(Claim claim, FormValues values, FormErrors errors, QuoteCheck.Closest closest,
            List<Source> sources, String selected, List<Document> documents, List<StanceType> stanceTypes,
            List<Downstream> degraded);

    static native TemplateInstance sourceOptions(List<Source> sources, String selected);

    static native TemplateInstance sources(String q, Page<Source> sources, Pager pager, String pageLink,
            List<Downstream> degraded);

    static native TemplateInstance partyList(String q, Page<org.claimtrack.gateway.model.Party> parties, FormErrors errors,
            String merged);

    static native TemplateInstance party(org.claimtrack.gateway.model.Party party, org.claimtrack.gateway.model.Party parent);

    static native TemplateInstance partyForm(org.claimtrack.gateway.model.Party party, FormValues values, FormErrors errors,
            List<org.claimtrack.gateway.model.Party> parents);

    static native TemplateInstance source(SourceProfile profile, List<TrackRow> track, Pager pager,
            List<Downstream> degraded);

    static native TemplateInstance sourceForm(Source source, FormValues values, FormErrors errors, List<SourceKind> kinds,
            List<Reliability> reliabilities, List<Source> parents, List<Downstream> degraded);

    static native TemplateInstance documents(String q, Page<Document> documents, Pager pager, String pageLink,
            List<Downstream> degraded);

    static native TemplateInstance document(DocumentDetail detail, HighlightedText text, List<Downstream> degraded);

    static native TemplateInstance documentVersion(Document document, TextVersion version, List<TextVersion> versions);

    static native TemplateInstance documentForm(Document document, FormValues values, FormErrors errors,
            List<Source> publishers, List<Downstream> degraded);

    static native TemplateInstance archiveForm(FormValues values, FormErrors errors, List<Source> publishers);

    static native TemplateInstance documentQuote(Document document, String q, String quote,
            List<DocumentUi.QuoteTarget> claims, boolean searched);

    static native TemplateInstance importForm(FormErrors errors, List<Downstream> degraded);

    static native TemplateInstance importJob(ImportUi.JobView view, List<Downstream> degraded);

    static native TemplateInstance importProgress(ImportUi.JobView view);

    static native TemplateInstance confirmDelete(DeletionUi.Deletion deletion, FormValues values, FormErrors errors);

    static native TemplateInstance error(String heading, String message, List<Downstream> degraded);
}
