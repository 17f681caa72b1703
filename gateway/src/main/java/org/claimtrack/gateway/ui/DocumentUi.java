package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
