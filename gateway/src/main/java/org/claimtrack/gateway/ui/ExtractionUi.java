package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.extraction.Extraction;
import org.claimtrack.gateway.extraction.ExtractionService;
import org.claimtrack.gateway.extraction.ProposalDecision;
import org.claimtrack.gateway.model.ClaimInput;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.SimilarClaims;
import org.claimtrack.gateway.model.SimilarClaims.SimilarClaim;
import org.claimtrack.gateway.model.SourceInput;
import org.claimtrack.gateway.model.StanceInput;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.service.StanceWriteService;

/**
 * The review page of an extraction: a fact-checker accepts (possibly after editing the claim text, the positions and
 * the new sources' names), or rejects, each proposed claim. Accepting writes through the same services as the API —
 * POST /api/claims (duplicate check), POST /api/sources (name and party checks), POST /api/claims/{id}/stances
 * (quote check) — and only then records the decision. Blocking handlers: the extraction itself runs on a worker.
 */
@Path("/")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ExtractionUi {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Similar claims offered as targets for one proposal. */
    private static final int SIMILAR = 3;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance extraction(Extraction extraction, Document document, List<ProposalRow> rows,
                List<StanceType> stanceTypes, List<Downstream> degraded);
    }

    /** One proposal on the page: the claims it may join, and the problems of the last attempt to accept it. */
    public record ProposalRow(Extraction.Proposal proposal, List<SimilarClaim> similar, FormValues values,
            FormErrors errors) {

        public boolean isOpen() {
            return proposal.decision() == Extraction.Decision.PROPOSED;
        }

        public boolean kept(int stance) {
            return values.optional("action") == null || "on".equals(values.optional("keep-" + stance));
        }

        public String position(int stance) {
            String chosen = values.optional("position-" + stance);
            return chosen != null ? chosen : proposal.stances().get(stance).stance().name();
        }

        public String speakerName(int stance) {
            String edited = values.optional("speaker-" + stance);
            return edited != null ? edited : proposal.stances().get(stance).speaker().name();
        }

        public String text() {
            String edited = values.optional("text");
            return edited != null ? edited : proposal.claimText();
        }

        /** The form field of one stance ("speaker-2"): errors are reported under it. */
        public String field(String name, int stance) {
            return name + "-" + stance;
        }

        public String target() {
            String chosen = values.optional("target");
            return chosen != null ? chosen : "new";
        }
    }

    @Inject
    ExtractionService extractions;

    @Inject
    SourcesReads sources;

    @Inject
    SourcesWrites sourceWrites;

    @Inject
    ClaimsReads claims;

    @Inject
    ClaimsWrites claimWrites;

    @Inject
    StanceWriteService stanceWrites;

    @Inject
    Validator validator;

    @GET
    @Path("extractions/{id}")
    public Response review(@PathParam("id") String id) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Extraction").await().atMost(WAIT);
        }
        Optional<Extraction> extraction = extractions.find(id);
        if (extraction.isEmpty()) {
            return Pages.notFound("Extraction").await().atMost(WAIT);
        }
        return page(extraction.get(), -1, FormValues.empty(), FormErrors.none(), 200);
    }

    @POST
    @Path("extractions/{id}/proposals/{index}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @PathParam("index") String index,
            MultivaluedMap<String, String> form) {
        Optional<Extraction> found = Forms.isId(id) ? extractions.find(id) : Optional.empty();
        if (found.isEmpty() || !index.matches("0|[1-9][0-9]{0,5}")
                || Integer.parseInt(index) >= found.get().proposals().size()) {
            return Pages.notFound("Proposal").await().atMost(WAIT);
        }
        Extraction extraction = found.get();
        int n = Integer.parseInt(index);
        Extraction.Proposal proposal = extraction.proposals().get(n);
        FormValues values = FormValues.of(form);
        String anchor = "/extractions/" + id + "#proposal-" + n;
        if (proposal.decision() != Extraction.Decision.PROPOSED) {
            return Pages.seeOther(anchor);
        }
        try {
            if ("reject".equals(values.optional("action"))) {
                extractions.decide(id, n, new ProposalDecision(Extraction.Decision.REJECTED, null));
                return Pages.seeOther(anchor);
            }
            FormErrors errors = FormErrors.none();
            String claimId = accept(extraction, proposal, values, errors);
            if (claimId == null) {
                return page(extraction, n, values, errors, 422);
            }
            extractions.decide(id, n, new ProposalDecision(Extraction.Decision.ACCEPTED, claimId));
            return Pages.seeOther(anchor);
        } catch (HttpProblem problem) {
            return page(extraction, n, values, FormErrors.of(problem), problem.getStatusCode());
        } catch (RuntimeException failure) {
            return Pages.failure(failure, "Extraction").await().atMost(WAIT);
        }
    }

    /**
     * Writes the claim (or picks the chosen existing one) and the kept stances; answers the claim's id, or null with
     * the errors when something was refused. A stance already on record (409) is not an error: accepting twice is safe.
     */
    private String accept(Extraction extraction, Extraction.Proposal proposal, FormValues values, FormErrors errors) {
        String target = values.optional("target");
        String claimId;
        if (target == null || "new".equals(target)) {
            ClaimInput input = new ClaimInput(values.optional("text"), null, null, null, extraction.language(), null);
            if (!Forms.valid(validator, input, errors)) {
                return null;
            }
            try {
                claimId = claimWrites.create(input).await().atMost(WAIT).getEntity().id();
            } catch (HttpProblem problem) {
                FormErrors refused = FormErrors.of(problem);
                errors.add("text", refused.getExisting() != null
                        ? "A claim with this text is already on record: choose it under “Add to” and accept again."
                        : problem.getDetail());
                return null;
            }
        } else if (Forms.isId(target)) {
            claimId = target;
        } else {
            errors.add("target", "choose a new claim or one of the similar claims");
            return null;
        }
        for (int i = 0; i < proposal.stances().size(); i++) {
            if (!"on".equals(values.optional("keep-" + i))) {
                continue;
            }
            Extraction.ProposedStance stance = proposal.stances().get(i);
            StanceType position = Forms.choice(StanceType.class, values, "position-" + i, errors);
            if (position == null) {
                return null;
            }
            String sourceId = sourceFor(stance.speaker(), values.optional("speaker-" + i), i, errors);
            if (sourceId == null) {
                return null;
            }
            try {
                stanceWrites.add(claimId, new StanceInput(sourceId, position, stance.quote(), stance.selector(),
                        extraction.documentId(), stance.statedAt())).await().atMost(WAIT);
            } catch (HttpProblem problem) {
                if (problem.getStatusCode() != 409) {
                    errors.add("stance-" + i, problem.getDetail() == null ? "refused" : problem.getDetail());
                    return null;
                }
            }
        }
        return claimId;
    }

    /** The speaker's source: the existing one, or the suggested one created now (its name possibly edited). */
    private String sourceFor(Extraction.Speaker speaker, String editedName, int i, FormErrors errors) {
        if (speaker.sourceId() != null) {
            return speaker.sourceId();
        }
        String name = editedName == null ? speaker.name() : editedName;
        SourceInput input = new SourceInput(name, speaker.kind(), speaker.party(), null, null, null, null, null, null,
                "Suggested by claim extraction from the words “" + speaker.mention() + "”.");
        if (!validator.validate(input).isEmpty()) {
            errors.add("speaker-" + i, "a source needs a name of at most 200 characters");
            return null;
        }
        try {
            return sourceWrites.createSource(input).await().atMost(WAIT).getEntity().id();
        } catch (HttpProblem problem) {
            FormErrors refused = FormErrors.of(problem);
            if (refused.getExisting() != null) {
                return refused.getExisting(); // a source of that name is on record: it is the same speaker
            }
            errors.add("speaker-" + i, problem.getDetail() == null ? "the source was refused" : problem.getDetail());
            return null;
        }
    }

    private Response page(Extraction extraction, int failedIndex, FormValues values, FormErrors errors, int status) {
        List<Downstream> degraded = new ArrayList<>();
        Document document = null;
        try {
            document = sources.document(extraction.documentId()).await().atMost(WAIT).getEntity();
        } catch (RuntimeException unavailable) {
            degraded.add(Downstream.SOURCES);
        }
        List<ProposalRow> rows = new ArrayList<>();
        boolean claimsDown = false;
        for (Extraction.Proposal proposal : extraction.proposals()) {
            List<SimilarClaim> similar = List.of();
            if (proposal.decision() == Extraction.Decision.PROPOSED && !claimsDown) {
                try {
                    similar = SimilarClaims.worthShowing(claims.similar(proposal.claimText(), SIMILAR)
                            .await().atMost(WAIT).items());
                } catch (RuntimeException unavailable) {
                    claimsDown = true;
                    degraded.add(Downstream.CLAIMS);
                }
            }
            boolean failed = proposal.index() == failedIndex;
            rows.add(new ProposalRow(proposal, similar, failed ? values : FormValues.empty(),
                    failed ? errors : FormErrors.none()));
        }
        return Pages.html(Templates.extraction(extraction, document, rows, List.of(StanceType.values()), degraded),
                status);
    }
}
