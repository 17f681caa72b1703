package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.model.ArchiveRequest;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Page;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.Document;
import org.claimtrack.gateway.model.DocumentDetail;
import org.claimtrack.gateway.model.DocumentInput;
import org.claimtrack.gateway.model.SourceStance;
import org.claimtrack.gateway.service.DocumentDetailService;
import org.jboss.resteasy.reactive.RestResponse;

/** Documents: the list, a document's archived text with its quoted passages, and the create and edit forms. */
@Path("/documents")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class DocumentUi extends RecordPages<DocumentInput, Document> {

    /** Every stance quoting one document is highlighted; the services answer at most this many per page. */
    static final int QUOTES = 200;

    @Inject
    SourcesReads sources;

    @Inject
    SourcesWrites sourceWrites;

    @Inject
    DocumentDetailService details;

    @Inject
    ClaimsReads claims;

    @GET
    public Uni<Response> list(@QueryParam("q") String q, @QueryParam("page") String page) {
        ListSearch list = ListSearch.of("/documents", q, page);
        return sources.documents(list.query())
                .flatMap(found -> Pages.render(Views.documents(list.search(), found, Pager.of(found), list.pageLink(),
                        List.of())))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Document"));
    }

    @GET
    @Path("{id}")
    public Uni<Response> document(@PathParam("id") String id) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Document");
        }
        return details.detail(id, 0, QUOTES, null).flatMap(tagged -> {
            DocumentDetail detail = tagged.detail();
            List<SourceStance> quoting = detail.stances() == null ? List.of() : detail.stances().items();
            return Pages.render(Views.document(detail,
                    HighlightedText.of(detail.document().archivedText(), quoting, detail.passages()), detail.degraded()));
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Document"));
    }

    /** The form that archives a web page by its address. */
    @GET
    @Path("archive")
    public Uni<Response> archiveForm() {
        return archivePage(FormValues.empty(), FormErrors.none(), 200);
    }

    /**
     * Archives the page: the sources-service fetches it once (up to 15 s, the form shows progress meanwhile), then
     * the new document opens, ready to be quoted. A refused address comes back beside the field, in words.
     */
    @POST
    @Path("archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> archive(MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        ArchiveRequest input = new ArchiveRequest(values.optional("url"), values.optional("title"),
                values.optional("publisherId"), values.instant("publishedAt", errors), values.optional("language"));
        if (!Forms.valid(validator, input, errors)) {
            return archivePage(values, errors, 400);
        }
        return sourceWrites.archiveDocument(input).map(created -> Pages.seeOther("/documents/" + created.getEntity().id()))
                .onFailure(HttpProblem.class).recoverWithUni(failure -> archivePage(values,
                        FormErrors.of((HttpProblem) failure), ((HttpProblem) failure).getStatusCode()));
    }

    private Uni<Response> archivePage(FormValues values, FormErrors errors, int status) {
        return pickers.sources(null, values.optional("publisherId")).onFailure().recoverWithItem(List.of())
                .flatMap(publishers -> Pages.render(Views.archiveForm(values, errors, publishers), status));
    }

    /**
     * Quoting a document starts here: find the claim the words support or deny, then its stance form opens with this
     * document (and the words selected on the document page, if any) filled in.
     */
    @GET
    @Path("{id}/quote")
    public Uni<Response> quote(@PathParam("id") String id, @QueryParam("q") String q, @QueryParam("quote") String quote) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Document");
        }
        String words = quote == null || quote.isBlank() ? null : quote.strip();
        String search = q == null ? "" : q.strip();
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        if (!search.isEmpty()) {
            query.putSingle("q", search);
        }
        query.putSingle("size", "20");
        Uni<Page<Claim>> found = search.isEmpty() ? Uni.createFrom().item((Page<Claim>) null) : claims.list(query);
        return Uni.combine().all().unis(sources.document(id), found).asTuple().flatMap(t -> {
            List<QuoteTarget> targets = t.getItem2() == null ? List.of() : t.getItem2().items().stream()
                    .map(claim -> new QuoteTarget(claim, "/claims/" + claim.id() + "/stances/new?documentId=" + id
                            + (words == null ? "" : "&quote=" + URLEncoder.encode(words, StandardCharsets.UTF_8))))
                    .toList();
            return Pages.render(Views.documentQuote(t.getItem1().getEntity(), search, words, targets, t.getItem2() != null));
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Document"));
    }

    /** A claim the document can be quoted in, with the link to its prefilled stance form. */
    public record QuoteTarget(Claim claim, String href) {
    }

    /** One archived text version, read-only: what a stance on superseded text quoted. */
    @GET
    @Path("{id}/versions/{number}")
    public Uni<Response> version(@PathParam("id") String id, @PathParam("number") String number) {
        if (!Forms.isId(id) || !number.matches("[1-9][0-9]{0,8}")) {
            return Pages.notFound("Text version");
        }
        return Uni.combine().all().unis(sources.document(id), sources.textVersion(id, number), sources.textVersions(id))
                .asTuple().flatMap(t -> Pages.render(Views.documentVersion(t.getItem1().getEntity(), t.getItem2(),
                        t.getItem3().items())))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Text version"));
    }

    @Override
    RecordForm<DocumentInput, Document> form() {
        return new RecordForm<>("Document", "/documents/", validator, DocumentUi::documentInput,
                id -> sources.document(id).map(RestResponse::getEntity), this::documentForm, DocumentUi::conflictRows,
                Document::id, Document::version, sourceWrites::createDocument, sourceWrites::updateDocument);
    }

    private Uni<Response> documentForm(Document document, FormValues values, FormErrors errors, int status) {
        return pickers.sources(null, values.optional("publisherId")).onFailure().recoverWithItem(List.of())
                .flatMap(publishers -> Pages.render(Views.documentForm(document, values, errors, publishers, List.of()),
                        status));
    }

    private static List<ConflictRow> conflictRows(DocumentInput yours, Document current) {
        return List.of(
                ConflictRow.of("Title", yours.title(), current.title()),
                ConflictRow.of("Web address", yours.url(), current.url()),
                ConflictRow.of("Publisher", yours.publisherId(), current.publisherId()),
                ConflictRow.of("Published at", yours.publishedAt(), current.publishedAt()),
                ConflictRow.of("Language", yours.language(), current.language()),
                ConflictRow.of("Archived text", yours.archivedText(), current.archivedText()));
    }

    private static DocumentInput documentInput(FormValues values, FormErrors errors) {
        return new DocumentInput(values.optional("url"), values.optional("title"), values.optional("publisherId"),
                values.instant("publishedAt", errors), values.optional("language"), values.optional("archivedText"),
                values.optional("reason"));
    }

    @Override
    FormValues formValues(Document document) {
        return FormValues.empty().put("url", document.url()).put("title", document.title())
                .put("publisherId", document.publisherId()).put("publishedAt", FormValues.local(document.publishedAt()))
                .put("language", document.language()).put("archivedText", document.archivedText())
                .put("version", document.version());
    }
}
