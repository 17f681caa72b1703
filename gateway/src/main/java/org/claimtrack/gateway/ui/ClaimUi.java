package org.claimtrack.gateway.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.claimtrack.gateway.client.ClaimRecord;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.client.QuoteCheck;
import org.claimtrack.gateway.client.VerdictWrite;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.StanceInput;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.model.ClaimInput;
import org.claimtrack.gateway.model.ClaimReview;
import org.claimtrack.gateway.model.Rating;
import org.claimtrack.gateway.model.SimilarClaims;
import org.claimtrack.gateway.model.SimilarClaims.SimilarClaim;
import org.claimtrack.gateway.model.StatusReport;
import org.claimtrack.gateway.model.VerdictInput;
import org.claimtrack.gateway.model.Retraction;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.Verdict;
import org.claimtrack.gateway.model.Withdrawal;
import org.claimtrack.gateway.service.ClaimReviewService;
import org.claimtrack.gateway.service.DossierService;
import org.claimtrack.gateway.service.StanceWriteService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One claim: its dossier, the as-of status panel, and the forms that create and edit it or add a verdict.
 * Forms post, then redirect to the result (post-redirect-get); a rejected form comes back with its messages.
 */
@Path("/claims")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ClaimUi extends RecordPages<ClaimInput, Claim> {

    static final int SIMILAR_LIMIT = 5;
    private static final List<Rating> RATINGS = List.of(Rating.values());
    private static final List<StanceType> STANCE_TYPES = List.of(StanceType.values());

    @Inject
    ClaimsReads claims;

    @Inject
    ClaimsWrites claimWrites;

    @Inject
    DossierService dossiers;

    @Inject
    ClaimReviewService reviews;

    @Inject
    StanceWriteService stanceWrites;

    @Inject
    ObjectMapper json;

    @Inject
    ClaimWorkUi desk;

    @Inject
    UiUser signer;

    @GET
    @Path("{id}")
    public Uni<Response> dossier(@PathParam("id") String id, @QueryParam("asOf") String asOfInput,
            @QueryParam("explain") String explain) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Claim");
        }
        AsOf asOf = AsOf.parse(asOfInput);
        // the whole page as of the instant: status, stances and verdicts (an unreadable asOf shows now, and says so)
        // the party chains are asked for by the page's own link; any other value shows the page without them
        boolean partyChains = DossierView.PARTY_CHAINS.equals(explain);
        return dossiers.dossier(id, asOf.instant(), partyChains).flatMap(tagged -> {
            DossierView view = new DossierView(tagged.dossier(), partyChains);
            // The ClaimReview needs both services; without it the page still shows, just without the data block.
            Uni<String> jsonLd = asOf.instant() != null || tagged.dossier().status().verdict() == null ? Uni.createFrom().nullItem()
                    : reviews.review(id).map(this::jsonLd).onFailure().recoverWithNull();
            return Uni.combine().all().unis(jsonLd, desk.desk(tagged.dossier().claim())).asTuple().flatMap(t -> Pages.render(
                    Views.dossier(view, tagged.dossier().status(), asOf, t.getItem1(), tagged.dossier().degraded(), t.getItem2())));
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    /** The status panel alone, for the as-of control's in-place update. */
    @GET
    @Path("{id}/status-panel")
    public Uni<Response> statusPanel(@PathParam("id") String id, @QueryParam("asOf") String asOfInput) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Claim");
        }
        return claims.status(id, AsOf.parse(asOfInput).query()).flatMap(status -> Pages.render(Views.statusPanel(status)))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    /** What the system recorded about the claim, newest first, in words: why its status is what it is. */
    @GET
    @Path("{id}/history")
    public Uni<Response> history(@PathParam("id") String id) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Claim");
        }
        return Uni.combine().all().unis(claims.claim(id), claims.history(id)).asTuple()
                .flatMap(both -> Pages.render(Views.history(both.getItem1().getEntity(), HistoryRow.newestFirst(both.getItem2()))))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    /** The "similar claims exist" warning for a text being typed (empty when there are none). */
    @GET
    @Path("similar")
    public Uni<Response> similar(@QueryParam("text") String text, @QueryParam("exclude") String exclude) {
        return similarTo(text, exclude).flatMap(found -> Pages.render(Views.similar(found)));
    }

    @GET
    @Path("{id}/verdicts/new")
    public Uni<Response> newVerdict(@PathParam("id") String id) {
        return Pages.aboutClaim(claims, id,
                claim -> Pages.render(Views.verdictForm(claim, FormValues.empty(), FormErrors.none(), RATINGS, List.of())));
    }

    @POST
    @Path("{id}/verdicts/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> addVerdict(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        // signed by the signed-in user, whatever the form says: only "on behalf of" is the reader's to choose
        VerdictInput input = new VerdictInput(Forms.choice(Rating.class, values, "rating", errors),
                values.optional("explanation"), null, values.optional("onBehalfOf"));
        return Pages.aboutClaim(claims, id, claim -> {
            if (!Forms.valid(validator, input, errors)) {
                return Pages.render(Views.verdictForm(claim, values, errors, RATINGS, List.of()), 400);
            }
            return claimWrites.addVerdict(id, VerdictWrite.signed(input, signer.getName()))
                    .map(added -> Pages.seeOther("/claims/" + id))
                    .onFailure(HttpProblem.class).recoverWithUni(problem -> Pages.render(Views.verdictForm(claim, values,
                            FormErrors.of((HttpProblem) problem), RATINGS, List.of()), ((HttpProblem) problem).getStatusCode()));
        });
    }

    @GET
    @Path("{id}/stances/{stanceId}/retract")
    public Uni<Response> retractForm(@PathParam("id") String id, @PathParam("stanceId") String stanceId) {
        return positionChangeForm(retraction, id, stanceId);
    }

    /** Retracts a stance from a time with a reason; it stays on the page, marked retracted. */
    @POST
    @Path("{id}/stances/{stanceId}/retract")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> retract(@PathParam("id") String id, @PathParam("stanceId") String stanceId,
            MultivaluedMap<String, String> form) {
        return changePosition(retraction, id, stanceId, form);
    }

    @GET
    @Path("{id}/verdicts/{verdictId}/withdraw")
    public Uni<Response> withdrawForm(@PathParam("id") String id, @PathParam("verdictId") String verdictId) {
        return positionChangeForm(withdrawal, id, verdictId);
    }

    /** Withdraws a verdict from a time with a reason; it stays in the verdict history, marked withdrawn. */
    @POST
    @Path("{id}/verdicts/{verdictId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> withdraw(@PathParam("id") String id, @PathParam("verdictId") String verdictId,
            MultivaluedMap<String, String> form) {
        return changePosition(withdrawal, id, verdictId, form);
    }

    /**
     * Retracting a stance and withdrawing a verdict are one flow: a time and a reason, written once, after which the
     * item stays on the dossier marked as such. This names what differs.
     *
     * @param <T> the item (stance or verdict)
     * @param <I> what the write sends (retraction or withdrawal)
     */
    private record PositionChange<T, I>(String what, String timeField, Function<ClaimRecord, List<T>> items,
            Function<T, String> itemId, BiFunction<Instant, String, I> input, Write<I> write, Form<T> form) {

        interface Write<I> {
            Uni<?> send(String claimId, String itemId, String ifMatch, I input);
        }

        interface Form<T> {
            TemplateInstance render(Claim claim, T item, FormValues values, FormErrors errors, List<Downstream> degraded);
        }

        /** Where the item stands on the dossier page. */
        String anchor(String id, String itemId) {
            return "/claims/" + id + "#" + what.toLowerCase() + "-" + itemId;
        }
    }

    private final PositionChange<Stance, Retraction> retraction = new PositionChange<>("Stance", "retractedAt",
            ClaimRecord::stances, Stance::id, Retraction::new,
            (id, stanceId, ifMatch, input) -> claimWrites.retractStance(id, stanceId, ifMatch, input), Views::retractForm);

    private final PositionChange<Verdict, Withdrawal> withdrawal = new PositionChange<>("Verdict", "withdrawnAt",
            ClaimRecord::verdicts, Verdict::id, Withdrawal::new,
            (id, verdictId, ifMatch, input) -> claimWrites.withdrawVerdict(id, verdictId, ifMatch, input), Views::withdrawForm);

    /** The empty form, its time set to now. */
    private <T, I> Uni<Response> positionChangeForm(PositionChange<T, I> change, String id, String itemId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FormValues values = FormValues.empty().put(change.timeField(), FormValues.local(now));
        return positionChangeForm(change, id, itemId, values, FormErrors.none(), 200);
    }

    private <T, I> Uni<Response> changePosition(PositionChange<T, I> change, String id, String itemId,
            MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        I input = change.input().apply(values.instant(change.timeField(), errors), values.optional("reason"));
        if (!Forms.valid(validator, input, errors)) {
            return positionChangeForm(change, id, itemId, values, errors, 400);
        }
        // no If-Match: a retraction or withdrawal is written once, so evidence added meanwhile is no conflict
        return change.write().send(id, itemId, null, input)
                .map(done -> Pages.seeOther(change.anchor(id, itemId)))
                .onFailure(HttpProblem.class).recoverWithUni(problem -> positionChangeForm(change, id, itemId, values,
                        FormErrors.of((HttpProblem) problem), ((HttpProblem) problem).getStatusCode()));
    }

    private <T, I> Uni<Response> positionChangeForm(PositionChange<T, I> change, String id, String itemId, FormValues values,
            FormErrors errors, int status) {
        if (!Forms.isId(id) || !Forms.isId(itemId)) {
            return Pages.notFound(change.what());
        }
        return claims.record(id).map(RestResponse::getEntity).flatMap(record -> {
            T item = change.items().apply(record).stream().filter(i -> change.itemId().apply(i).equals(itemId)).findFirst()
                    .orElse(null);
            if (item == null) {
                return Pages.notFound(change.what());
            }
            return Pages.render(change.form().render(record.claim(), item, values, errors, List.of()), status);
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    @GET
    @Path("{id}/stances/new")
    public Uni<Response> newStance(@PathParam("id") String id, @QueryParam("documentId") String documentId,
            @QueryParam("quote") String quote) {
        // "Quote it" on a document page arrives with the document and the words selected there
        FormValues start = FormValues.empty().put("documentId", Forms.isId(documentId) ? documentId : null).put("quote", quote);
        return Pages.aboutClaim(claims, id, claim -> stanceForm(claim, start, FormErrors.none(), null, 200));
    }

    /** Adds a stance through the same checks as the API: the source exists and the quote is in the document. */
    @POST
    @Path("{id}/stances/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> addStance(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        StanceInput input = new StanceInput(values.optional("sourceId"), Forms.choice(StanceType.class, values, "stance", errors),
                UiFormat.bareQuote(values.optional("quote")), null, values.optional("documentId"), values.instant("statedAt", errors));
        return Pages.aboutClaim(claims, id, claim -> {
            if (!Forms.valid(validator, input, errors)) {
                return stanceForm(claim, values, errors, null, 400);
            }
            return stanceWrites.add(id, input)
                    .map(added -> Pages.seeOther("/claims/" + id + "#stance-" + added.id()))
                    .onFailure(HttpProblem.class).recoverWithUni(failure -> {
                        HttpProblem problem = (HttpProblem) failure;
                        return stanceForm(claim, values, FormErrors.of(problem).rename("selector.exact", "quote"),
                                closest(problem), problem.getStatusCode());
                    });
        });
    }

    private Uni<Response> stanceForm(Claim claim, FormValues values, FormErrors errors, QuoteCheck.Closest closest, int status) {
        String selected = values.optional("sourceId");
        // Without the sources-service the form still shows, empty pickers and a banner saying why.
        Uni<List<Source>> sources = pickers.sources(values.optional("sourceSearch"), selected).onFailure().recoverWithNull();
        Uni<List<Document>> documents = pickers.documents(values.optional("documentId")).onFailure().recoverWithNull();
        return Uni.combine().all().unis(sources, documents).asTuple().flatMap(t -> Pages.render(Views.stanceForm(claim,
                values, errors, closest, t.getItem1() == null ? List.of() : t.getItem1(), selected,
                t.getItem2() == null ? List.of() : t.getItem2(), STANCE_TYPES,
                t.getItem1() == null || t.getItem2() == null ? List.of(Downstream.SOURCES) : List.of()), status));
    }

    /** The passage nearest to a quote that was not found, when the quote check offered one. */
    private QuoteCheck.Closest closest(HttpProblem problem) {
        Object closest = problem.getParameters().get("closest");
        if (closest == null) {
            return null;
        }
        return closest instanceof QuoteCheck.Closest found ? found : json.convertValue(closest, QuoteCheck.Closest.class);
    }

    private Uni<Response> claimForm(Claim claim, FormValues values, FormErrors errors, int status) {
        return similarTo(values.optional("text"), claim == null ? null : claim.id())
                .flatMap(similar -> Pages.render(Views.claimForm(claim, values, errors, similar, List.of()), status));
    }

    @Override
    RecordForm<ClaimInput, Claim> form() {
        return new RecordForm<>("Claim", "/claims/", validator, ClaimUi::claimInput,
                id -> claims.claim(id).map(RestResponse::getEntity), this::claimForm, ClaimUi::conflictRows,
                Claim::id, Claim::version, claimWrites::create, claimWrites::update, claimFields);
    }

    /**
     * A claim's version also moves when a stance or verdict is added or taken back: an edit of its fields is refused
     * only when its fields changed since the form was loaded, and the conflict page names who changed them.
     */
    private final RecordForm.Rebase<Claim> claimFields = new RecordForm.Rebase<>() {
        @Override
        public String fieldsKey(Claim claim) {
            return RecordForm.fingerprint(claim.text(), claim.headline(), claim.topic(), claim.tags(), claim.language(),
                    claim.eventTime());
        }

        @Override
        public Uni<String> lastFieldChange(String id) {
            return claims.history(id).map(history -> {
                var items = history.items() == null ? List.<org.claimtrack.gateway.model.History.Entry>of() : history.items();
                for (int i = items.size() - 1; i >= 0; i--) {
                    var entry = items.get(i);
                    if ("CLAIM_UPDATED".equals(entry.action()) || "CLAIM_CREATED".equals(entry.action())) {
                        return entry.actor() + ", " + UiFormat.dayTime(entry.at(), java.util.Locale.ENGLISH);
                    }
                }
                return null;
            });
        }
    };

    private static List<ConflictRow> conflictRows(ClaimInput yours, Claim current) {
        return List.of(
                ConflictRow.of("Claim", yours.text(), current.text()),
                ConflictRow.of("Headline", yours.headline(), current.headline()),
                ConflictRow.of("Topic", yours.topic(), current.topic()),
                ConflictRow.of("Tags", yours.tags(), current.tags()),
                ConflictRow.of("Language", yours.language(), current.language()),
                ConflictRow.of("Event time", yours.eventTime(), current.eventTime()));
    }

    /** Similar claims for a text; none for a short text or when the claims-service cannot answer. */
    private Uni<List<SimilarClaim>> similarTo(String text, String exclude) {
        if (text == null || text.strip().length() < 10) {
            return Uni.createFrom().item(List.of());
        }
        return claims.similar(text.strip(), SIMILAR_LIMIT + 1)
                .map(found -> SimilarClaims.worthShowing(found.items()).stream().filter(s -> !s.id().equals(exclude))
                        .limit(SIMILAR_LIMIT).toList())
                .onFailure().recoverWithItem(List.of());
    }

    private static ClaimInput claimInput(FormValues values, FormErrors errors) {
        String tags = values.optional("tags");
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ClaimInput(values.optional("text"), values.optional("headline"), values.optional("topic"), tagList,
                values.optional("language"), values.instant("eventTime", errors));
    }

    @Override
    FormValues formValues(Claim claim) {
        return FormValues.empty().put("text", claim.text()).put("headline", claim.headline()).put("topic", claim.topic())
                .put("tags", claim.tags() == null ? null : String.join(", ", claim.tags()))
                .put("language", claim.language()).put("eventTime", FormValues.local(claim.eventTime()))
                .put("version", claim.version()).put(RecordForm.BASE, claimFields.fieldsKey(claim));
    }

    /**
     * ClaimReview as a JSON-LD data block. The browser does not run it, but its HTML parser still ends the block at
     * {@code </script>}: writing {@code <}, {@code >} and {@code &} as JSON escapes means no text in it can.
     */
    String jsonLd(ClaimReview review) {
        try {
            return json.writeValueAsString(review).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("ClaimReview cannot be written as JSON", unexpected);
        }
    }
}
