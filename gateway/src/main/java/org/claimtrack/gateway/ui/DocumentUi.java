package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
public class DocumentUi {

    static final int PAGE_SIZE = 50;
    /** Every stance quoting one document is highlighted; the services answer at most this many per page. */
    static final int QUOTES = 200;

    @Inject
    SourcesReads sources;

    @Inject
    SourcesWrites sourceWrites;

    @Inject
    DocumentDetailService details;

    @Inject
    Pickers pickers;

    @Inject
    Validator validator;

    @GET
    public Uni<Response> list(@QueryParam("q") String q, @QueryParam("page") String page) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        String search = ClaimFilters.blankToNull(q);
        if (search != null) {
            query.putSingle("q", search);
        }
        query.putSingle("page", Integer.toString(Forms.pageIndex(page)));
        query.putSingle("size", Integer.toString(PAGE_SIZE));
        String pageLink = "/documents?" + (search == null ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&")
                + "page=";
        return sources.documents(query)
                .flatMap(found -> Pages.render(Views.documents(search, found, Pager.of(found), pageLink, List.of())))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Document"));
    }

    @GET
    @Path("{id}")
    public Uni<Response> document(@PathParam("id") String id) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Document");
        }
        return details.detail(id, 0, QUOTES).flatMap(tagged -> {
            DocumentDetail detail = tagged.detail();
            List<SourceStance> quoting = detail.stances() == null ? List.of() : detail.stances().items();
            return Pages.render(Views.document(detail,
                    HighlightedText.of(detail.document().archivedText(), quoting, detail.passages()), detail.degraded()));
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Document"));
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

    @GET
    @Path("new")
    public Uni<Response> newDocument() {
        return documentForm(null, FormValues.empty(), FormErrors.none(), 200);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> form) {
        return form().create(form, input -> sourceWrites.createDocument(input).map(created -> created.getEntity().id()));
    }

    @GET
    @Path("{id}/edit")
    public Uni<Response> edit(@PathParam("id") String id) {
        return form().edit(id, DocumentUi::values);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return form().update(id, form, (input, ifMatch) -> sourceWrites.updateDocument(id, input, ifMatch));
    }

    private RecordForm<DocumentInput, Document> form() {
        return new RecordForm<>("Document", "/documents/", validator, DocumentUi::documentInput,
                id -> sources.document(id).map(RestResponse::getEntity), this::documentForm, DocumentUi::conflictRows,
                Document::version);
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

    private static FormValues values(Document document) {
        return FormValues.empty().put("url", document.url()).put("title", document.title())
                .put("publisherId", document.publisherId()).put("publishedAt", FormValues.local(document.publishedAt()))
                .put("language", document.language()).put("archivedText", document.archivedText())
                .put("version", document.version());
    }
}
