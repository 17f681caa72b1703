package org.claimtrack.gateway.extraction;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.claimtrack.extraction.Article;
import org.claimtrack.extraction.Extractor;
import org.claimtrack.extraction.Lexicon;
import org.claimtrack.extraction.Proposal;
import org.claimtrack.extraction.ProposedStance;
import org.claimtrack.extraction.Speaker;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Selector;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.service.Actor;
import org.claimtrack.gateway.service.Problems;

/**
 * Runs the extraction for a document and keeps its proposals; records what a person decided. It writes no claim,
 * stance or source itself: accepting goes through the normal API paths (the review page uses the same services as
 * POST /api/claims and /api/claims/{id}/stances). Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SourcesReads sources;

    @Inject
    SourcesWrites sourceWrites;

    @Inject
    ClaimsReads claims;

    @Inject
    ExtractionStore store;

    @Inject
    Actor actor;

    /** Extracts from a document on record, or archives the pasted one first; answers the stored extraction. */
    public Extraction start(ExtractionRequest request) {
        if ((request.documentId() == null) == (request.document() == null)) {
            throw badRequest("documentId", "give either documentId or document (a pasted text), not both or neither");
        }
        String documentId = request.documentId();
        if (request.document() != null) {
            if (request.document().archivedText() == null || request.document().archivedText().isBlank()) {
                throw badRequest("document.archivedText", "the pasted text to extract from is missing");
            }
            checkLanguage("document.language", request.document().language());
            documentId = sourceWrites.createDocument(request.document()).await().atMost(WAIT).getEntity().id();
        }
        Document document = document(documentId);
        String field = request.document() != null ? "document.language" : "documentId";
        if (document.archivedText() == null || document.archivedText().isBlank()) {
            throw Problems.unprocessable("The document has no archived text to extract from.",
                    List.of(new Problems.FieldError("documentId", "document " + documentId + " has no archived text")),
                    Map.of());
        }
        String language = checkLanguage(field, document.language());
        Instant statedDefault = document.publishedAt() != null ? document.publishedAt() : document.createdAt();
        List<Proposal> proposals = new Extractor(new SourcesRegistry(sources))
                .extract(new Article(document.archivedText(), language, statedDefault, publisher(document)));
        UUID id = store.create(new ExtractionStore.Header(documentId, document.textVersion(), document.contentSha256(),
                language, engine(language)), proposals.stream().map(ExtractionService::stored).toList(), actor.current());
        return store.find(id).orElseThrow();
    }

    public Optional<Extraction> find(String id) {
        return store.find(UUID.fromString(id));
    }

    /** The newest extraction of a document, if any was made. */
    public Optional<String> latestFor(String documentId) {
        return store.forDocument(documentId).stream().findFirst();
    }

    /**
     * Records a decision on one proposal: 404 for no such extraction or proposal, 422 for an accepted claim that does
     * not exist, 409 when the proposal was decided otherwise before (the first decision stands; the same decision
     * again changes nothing).
     */
    public Extraction decide(String id, int index, ProposalDecision decision) {
        Extraction extraction = find(id).orElseThrow(() -> Problems.notFound("No extraction with id " + id));
        if (index < 0 || index >= extraction.proposals().size()) {
            throw Problems.notFound("Extraction " + id + " has no proposal " + index);
        }
        if (decision.decision() == Extraction.Decision.PROPOSED) {
            throw badRequest("decision", "must be ACCEPTED or REJECTED");
        }
        if (decision.decision() == Extraction.Decision.ACCEPTED) {
            if (decision.claimId() == null) {
                throw badRequest("claimId", "required when the proposal is ACCEPTED: the claim it was accepted into");
            }
            try {
                claims.claim(decision.claimId()).await().atMost(WAIT);
            } catch (RuntimeException e) {
                if (Problems.isNotFound(e)) {
                    throw Problems.unprocessable("The claim does not exist.",
                            List.of(new Problems.FieldError("claimId", "no claim with id " + decision.claimId())), Map.of());
                }
                throw e;
            }
        } else if (decision.claimId() != null) {
            throw badRequest("claimId", "only with ACCEPTED");
        }
        if (!store.decide(UUID.fromString(id), index, decision.decision(), decision.claimId(), actor.current())) {
            Extraction.Proposal earlier = find(id).orElseThrow().proposals().get(index);
            if (earlier.decision() == decision.decision() && Objects.equals(earlier.claimId(), decision.claimId())) {
                return find(id).orElseThrow(); // the same decision again: already recorded, nothing changes
            }
            throw Problems.conflict("Proposal " + index + " was already " + earlier.decision() + " by "
                    + earlier.decidedBy() + " at " + earlier.decidedAt() + "; the first decision stands.", Map.of());
        }
        return find(id).orElseThrow();
    }

    private Document document(String documentId) {
        try {
            return sources.document(documentId).await().atMost(WAIT).getEntity();
        } catch (RuntimeException e) {
            if (Problems.isNotFound(e)) {
                throw Problems.unprocessable("The document does not exist.",
                        List.of(new Problems.FieldError("documentId", "no document with id " + documentId)), Map.of());
            }
            throw e;
        }
    }

    /** The publisher speaks for what it states in its own voice; without one, such statements are not proposed. */
    private Speaker publisher(Document document) {
        if (document.publisherId() == null) {
            return null;
        }
        try {
            Source source = sources.source(document.publisherId()).await().atMost(WAIT).getEntity();
            var known = SourcesRegistry.known(source);
            return new Speaker(source.name(), source.id(), source.name(), known.kind(), known.partyName());
        } catch (RuntimeException e) {
            if (Problems.isNotFound(e)) {
                return null;
            }
            throw e;
        }
    }

    private static String checkLanguage(String field, String language) {
        if (language == null || language.isBlank()) {
            throw Problems.unprocessable("The document's language is not set; extraction needs it.",
                    List.of(new Problems.FieldError(field, "language is required for extraction (supported: en)")),
                    Map.of());
        }
        if (!Lexicon.supports(language)) {
            throw Problems.unprocessable("No extraction rules for this language yet.",
                    List.of(new Problems.FieldError(field, "no extraction rules for language " + language
                            + " (supported: en)")), Map.of());
        }
        return Lexicon.forLanguage(language).orElseThrow().language();
    }

    static String engine(String language) {
        return "rules-" + language + "/1";
    }

    private static ExtractionStore.StoredProposal stored(Proposal proposal) {
        return new ExtractionStore.StoredProposal(proposal.claimText(), proposal.stances().stream()
                .map(ExtractionService::stance).toList());
    }

    private static Extraction.ProposedStance stance(ProposedStance stance) {
        Speaker speaker = stance.speaker();
        return new Extraction.ProposedStance(
                new Extraction.Speaker(speaker.mention(), speaker.sourceId(), speaker.name(),
                        SourceKind.valueOf(speaker.kind()), speaker.party()),
                StanceType.valueOf(stance.position().name()), stance.quote().exact(),
                new Selector(stance.quote().exact(), stance.quote().prefix(), stance.quote().suffix()),
                stance.quote().start(), stance.quote().end(), stance.statedAt(), stance.reason(), stance.confidence());
    }

    private static HttpProblem badRequest(String field, String message) {
        return HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail(field + ": " + message)
                .with("errors", List.of(new Problems.FieldError(field, message))).build();
    }
}
