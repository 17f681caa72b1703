package org.claimtrack.gateway.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.StatusReport;

/** Every page and fragment of the web UI; templates live in {@code templates/ui/}, checked at build time. */
@CheckedTemplate(basePath = "ui")
final class Views {

    private Views() {
    }

    static native TemplateInstance claims(ClaimFilters filters, List<ClaimStatus> statuses, Page<Claim> claims,
            Pager pager, ClaimCounts counts, List<Downstream> degraded);

    static native TemplateInstance dossier(DossierView view, StatusReport status, AsOf asOf, String jsonLd,
            List<Downstream> degraded);

    static native TemplateInstance statusPanel(StatusReport status);

    static native TemplateInstance error(String heading, String message, List<Downstream> degraded);
}
