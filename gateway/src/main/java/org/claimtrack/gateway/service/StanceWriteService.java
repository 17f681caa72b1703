package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.client.QuoteCheck;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.StanceWrite;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Selector;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceSnapshot;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.StanceInput;

/**
 * Records a stance only once the gateway has checked, in parallel, that its source exists and that its quote
 * occurs in the document's archived text, and that it was not stated after the document was published; every
 * reference problem is reported at once (422).
 */
@ApplicationScoped
public class StanceWriteService {

    /** Stands for "the document does not exist" among quote-check answers. */
    private static final QuoteCheck MISSING_DOCUMENT = new QuoteCheck(false, null, null, null, null, null, null);

    @Inject
    SourcesReads sources;

    @Inject
    ClaimsWrites claims;

    public Uni<Stance> add(String claimId, StanceInput input) {
        Uni<Optional<Source>> source = sources.source(input.sourceId()).map(r -> Optional.of(r.getEntity()))
                .onFailure(Problems::isNotFound).recoverWithItem(Optional.empty());
        Uni<QuoteCheck> quote = input.documentId() == null ? Uni.createFrom().nullItem()
                : sources.quoteCheck(input.documentId(), quoteRequest(input))
                        .onFailure(Problems::isNotFound).recoverWithItem(MISSING_DOCUMENT);
        Uni<Optional<Document>> document = input.documentId() == null ? Uni.createFrom().item(Optional.empty())
                // the look-up answers documents without their text: only publishedAt is needed here
                : sources.records(List.of(), List.of(input.documentId())).map(r -> r.documents().stream().findFirst());
        return Uni.combine().all().unis(source, quote, document).asTuple().flatMap(checked -> {
            List<Problems.FieldError> errors = new ArrayList<>();
            Map<String, Object> extra = new LinkedHashMap<>();
            if (checked.getItem1().isEmpty()) {
                errors.add(new Problems.FieldError("sourceId", "no source with id " + input.sourceId()));
            }
            QuoteCheck check = checked.getItem2();
            if (check == MISSING_DOCUMENT) {
                errors.add(new Problems.FieldError("documentId", "no document with id " + input.documentId()));
            } else if (check != null && !check.found()) {
                errors.add(new Problems.FieldError("quote", "does not occur in the document's archived text"));
                if (check.closest() != null) {
                    extra.put("closest", check.closest());
                }
            }
            Instant published = checked.getItem3().map(Document::publishedAt).orElse(null);
            if (errors.isEmpty() && QuotedStatementDates.statedAfterPublished(input.statedAt(), published)) {
                return Uni.createFrom().failure(Problems.unprocessable(QuotedStatementDates.detail(input.statedAt(), published),
                        List.of(new Problems.FieldError("statedAt", QuotedStatementDates.statedAtMessage(published)),
                                new Problems.FieldError("publishedAt", "the document " + input.documentId() + " was published at "
                                        + published)), extra));
            }
            if (!errors.isEmpty()) {
                return Uni.createFrom().failure(Problems.unprocessable(
                        "The stance refers to something that does not exist or does not say this.", errors, extra));
            }
            StanceWrite write = new StanceWrite(input.sourceId(), input.stance(), input.quote(), selector(input, check),
                    input.documentId(), input.statedAt(), SourceSnapshot.of(checked.getItem1().get()),
                    // the text version the quote was just found in, so a later edit of the text shows on the stance
                    check == null ? null : check.textVersion());
            return claims.addStance(claimId, write);
        });
    }

    private static QuoteCheck.Request quoteRequest(StanceInput input) {
        Selector selector = input.selector();
        return new QuoteCheck.Request(input.quote(), selector == null ? null : selector.prefix(),
                selector == null ? null : selector.suffix());
    }

    /** The caller's selector, or one built from where the quote was found. */
    private static Selector selector(StanceInput input, QuoteCheck check) {
        if (input.selector() != null || check == null || check.matchedText() == null) {
            return input.selector();
        }
        return new Selector(check.matchedText(), null, null);
    }
}
