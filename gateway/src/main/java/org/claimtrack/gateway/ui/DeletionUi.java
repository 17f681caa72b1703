package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.service.SourceWriteService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The deletes the API has, for admins in the web UI: a claim, a stance recorded by mistake, a source, a document. Each
 * is a confirmation page (what goes, what stays, a reason where the record keeps one, a box to tick) whose form sends
 * the record's version; the same services as the API refuse what may not go (a source or document still cited: 409
 * with the claims that cite it).
 */
@Path("/claims") // shares its root with ClaimUi: the router picks a class by its root first
@UiPage
@Produces(MediaType.TEXT_HTML)
public class DeletionUi {

    /**
     * What a confirmation page shows and where it sends the form.
     *
     * @param reasonKept whether the record keeps a reason (the claim's history does; the sources-service keeps none)
     */
    public record Deletion(String kind, String label, String detail, String consequence, String action, String cancel,
            long version, boolean reasonKept) {
    }

    @Inject
    ClaimsReads claims;

    @Inject
    ClaimsWrites claimWrites;

    @Inject
    SourcesReads sources;

    @Inject
    SourceWriteService sourceWrites;

    @GET
    @Path("{id}/delete")
    public Uni<Response> claimPage(@PathParam("id") String id) {
        return page(claimDeletion(id), FormValues.empty(), FormErrors.none(), 200);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> deleteClaim(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return confirmed(claimDeletion(id), form,
                (values, reason) -> claimWrites.delete(id, Forms.ifMatch(values), reason).map(done -> Pages.seeOther("/")));
    }

    @GET
    @Path("{id}/stances/{stanceId}/delete")
    public Uni<Response> stancePage(@PathParam("id") String id, @PathParam("stanceId") String stanceId) {
        return page(stanceDeletion(id, stanceId), FormValues.empty(), FormErrors.none(), 200);
    }

    @POST
    @Path("{id}/stances/{stanceId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> deleteStance(@PathParam("id") String id, @PathParam("stanceId") String stanceId,
            MultivaluedMap<String, String> form) {
        return confirmed(stanceDeletion(id, stanceId), form, (values, reason) -> claimWrites.deleteStance(id, stanceId, null, reason)
                .map(done -> Pages.seeOther("/claims/" + id + "#evidence-heading")));
    }

    Uni<Response> sourcePage(String id) {
        return page(sourceDeletion(id), FormValues.empty(), FormErrors.none(), 200);
    }

    Uni<Response> deleteSource(String id, MultivaluedMap<String, String> form) {
        return confirmed(sourceDeletion(id), form,
                (values, reason) -> sourceWrites.deleteSource(id, Forms.ifMatch(values)).map(done -> Pages.seeOther("/sources")));
    }

    Uni<Response> documentPage(String id) {
        return page(documentDeletion(id), FormValues.empty(), FormErrors.none(), 200);
    }

    Uni<Response> deleteDocument(String id, MultivaluedMap<String, String> form) {
        return confirmed(documentDeletion(id), form,
                (values, reason) -> sourceWrites.deleteDocument(id, Forms.ifMatch(values)).map(done -> Pages.seeOther("/documents")));
    }

    private Uni<Deletion> claimDeletion(String id) {
        if (!Forms.isId(id)) {
            return Uni.createFrom().nullItem();
        }
        return claims.claim(id).map(RestResponse::getEntity).map(claim -> new Deletion("claim", "Claim", claim.text(),
                "Its stances and verdicts go with it. Its history stays readable at /claims/" + id + "/history, with your "
                        + "reason. Nothing can bring it back: to take back a position, retract a stance or withdraw a verdict instead.",
                "/claims/" + id + "/delete", "/claims/" + id, claim.version(), true));
    }

    private Uni<Deletion> stanceDeletion(String id, String stanceId) {
        if (!Forms.isId(id) || !Forms.isId(stanceId)) {
            return Uni.createFrom().nullItem();
        }
        return claims.record(id).map(RestResponse::getEntity).map(record -> {
            Stance stance = record.stances().stream().filter(s -> s.id().equals(stanceId)).findFirst().orElse(null);
            if (stance == null) {
                return null;
            }
            String who = stance.source() == null ? "A source" : stance.source().name();
            String words = stance.quote() != null ? ": \u201c" + stance.quote() + "\u201d" : " (according to " + stance.reportedBy() + ")";
            return new Deletion("stance", "Stance", who + " " + UiFormat.words(stance.stance()).toLowerCase(java.util.Locale.ROOT)
                    + words, "For a stance recorded by mistake. The claim's status is recomputed without it; the claim's "
                    + "history keeps that it was there, who removed it and why. A source that took its words back is "
                    + "retracted instead, and stays on the record.", "/claims/" + id + "/stances/" + stanceId + "/delete",
                    "/claims/" + id + "#stance-" + stanceId, record.claim().version(), true);
        });
    }

    private Uni<Deletion> sourceDeletion(String id) {
        if (!Forms.isId(id)) {
            return Uni.createFrom().nullItem();
        }
        return sources.source(id).map(RestResponse::getEntity).map(source -> new Deletion("source", "Source", source.name(),
                "Only a source no stance cites can go: otherwise the page names the claims that cite it. The sources-service "
                        + "keeps no trace of a deleted source.", "/sources/" + id + "/delete", "/sources/" + id, source.version(), false));
    }

    private Uni<Deletion> documentDeletion(String id) {
        if (!Forms.isId(id)) {
            return Uni.createFrom().nullItem();
        }
        return sources.document(id).map(RestResponse::getEntity).map(document -> new Deletion("document", "Document",
                document.title(), "Only a document no stance quotes can go, with all its archived text versions: otherwise "
                        + "the page names the claims that quote it.", "/documents/" + id + "/delete", "/documents/" + id,
                document.version(), false));
    }

    private interface Delete {
        Uni<Response> send(FormValues values, String reason);
    }

    /** Sends the delete once the box is ticked (and a reason given where one is kept); otherwise the page again, saying why. */
    private Uni<Response> confirmed(Uni<Deletion> deletion, MultivaluedMap<String, String> form, Delete delete) {
        FormValues values = FormValues.of(form);
        return deletion.flatMap(d -> {
            if (d == null) {
                return Pages.notFound("Record");
            }
            FormErrors errors = FormErrors.none();
            if (values.optional("confirm") == null) {
                errors.add("confirm", "tick the box to confirm");
            }
            String reason = values.optional("reason");
            if (d.reasonKept() && reason == null) {
                errors.add("reason", "say why, for the history");
            } else if (reason != null && reason.length() > 300) {
                errors.add("reason", "must be at most 300 characters");
            }
            if (!errors.isEmpty()) {
                return Pages.render(Views.confirmDelete(d, values, errors), 400);
            }
            return delete.send(values, reason).onFailure(HttpProblem.class).recoverWithUni(failure -> {
                HttpProblem problem = (HttpProblem) failure;
                FormErrors refused = FormErrors.none().general(problem.getDetail());
                return Pages.render(Views.confirmDelete(d, values, refused), problem.getStatusCode());
            });
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Record"));
    }

    private Uni<Response> page(Uni<Deletion> deletion, FormValues values, FormErrors errors, int status) {
        return deletion.flatMap(d -> d == null ? Pages.notFound("Record") : Pages.render(Views.confirmDelete(d, values, errors), status))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Record"));
    }

}
