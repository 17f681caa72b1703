package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Note;
import org.claimtrack.gateway.model.NoteInput;
import org.claimtrack.gateway.model.WorkStatus;
import org.claimtrack.gateway.model.WorkflowInput;
import org.claimtrack.gateway.security.Users;
import org.claimtrack.gateway.service.WorkflowWriteService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The desk's pages of a claim: its workflow (work status, assignee, due date; publishing for reviewers) and its
 * internal notes. The claim page shows both with one-click moves; these pages hold the full forms and come back with
 * the messages when a form is refused. Writes go through the same services as the API.
 */
@Path("/claims")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ClaimWorkUi {

    private static final List<WorkStatus> WORK_STATUSES = List.of(WorkStatus.values());

    @Inject
    ClaimsReads claims;

    @Inject
    ClaimsWrites writes;

    @Inject
    WorkflowWriteService workflows;

    @Inject
    Users users;

    @Inject
    UiUser viewer;

    @Inject
    Validator validator;

    /** The claim page's desk panel: workflow, notes for editors, and the activity timeline. Never fails the page. */
    Uni<DeskView> desk(Claim claim) {
        Uni<List<HistoryRow>> timeline = claims.history(claim.id()).map(HistoryRow::newestFirst).onFailure().recoverWithNull();
        Uni<List<Note>> notes = viewer.isCanEdit()
                ? claims.notes(claim.id()).map(n -> n.items()).onFailure().recoverWithNull()
                : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(timeline, notes).asTuple()
                .map(t -> new DeskView(claim.id(), claim.workflow(), t.getItem2(), t.getItem1(), viewer.isCanReview()));
    }

    @GET
    @Path("{id}/workflow")
    public Uni<Response> workflowForm(@PathParam("id") String id) {
        return Pages.aboutClaim(claims, id, claim -> workflowPage(claim, values(claim), FormErrors.none(), 200));
    }

    /**
     * Saves a move, an assignment or a due date; the form carries the workflow's version. When someone changed the
     * workflow meanwhile, the form comes back with the reader's values over the current version, saying who changed
     * what: sending it again applies the reader's change on top.
     */
    @POST
    @Path("{id}/workflow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> changeWorkflow(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        WorkStatus status = Forms.choice(WorkStatus.class, values, "workStatus", errors);
        LocalDate due = date(values, "dueDate", errors);
        WorkflowInput input = new WorkflowInput(status, values.optional("assignee"), due);
        return Pages.aboutClaim(claims, id, claim -> {
            if (!Forms.valid(validator, input, errors)) {
                return workflowPage(claim, values, errors, 400);
            }
            return workflows.change(id, input, Forms.ifMatch(values))
                    .map(done -> Pages.seeOther("/claims/" + id + "#desk"))
                    .onFailure(HttpProblem.class).recoverWithUni(failure -> refused(id, values, (HttpProblem) failure));
        });
    }

    /** IN_REVIEW → PUBLISHED (reviewers: the access rules check it). */
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> publish(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Claim");
        }
        FormValues values = FormValues.of(form);
        return workflows.publish(id, Forms.ifMatch(values))
                .map(done -> Pages.seeOther("/claims/" + id + "#desk"))
                .onFailure(HttpProblem.class).recoverWithUni(failure -> refused(id, values, (HttpProblem) failure))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    /** A refused workflow change: the form again, over the current workflow, with the reader's values and why. */
    private Uni<Response> refused(String id, FormValues values, HttpProblem problem) {
        return claims.claim(id).map(RestResponse::getEntity).flatMap(current -> {
            boolean stale = Forms.isStale(problem);
            FormErrors errors = stale ? FormErrors.none().general(changedMeanwhile(current)) : FormErrors.of(problem);
            // the current version, so that sending the form again applies the reader's change on top
            values.put("version", current.workflow().version());
            if (values.optional("workStatus") == null) { // a refused publication: show where the claim stands
                values.put("workStatus", current.workflow().workStatus().name()).put("assignee", current.workflow().assignee())
                        .put("dueDate", current.workflow().dueDate());
            }
            return workflowPage(current, values, errors, problem.getStatusCode());
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    private static String changedMeanwhile(Claim current) {
        var w = current.workflow();
        return (w.changedBy() == null ? "Someone" : w.changedBy()) + " changed the workflow"
                + (w.changedAt() == null ? "" : " at " + UiFormat.dayTime(w.changedAt(), java.util.Locale.ENGLISH))
                + " after you loaded the page: it is now " + UiFormat.words(w.workStatus())
                + (w.assignee() == null ? ", assigned to nobody" : ", assigned to " + w.assignee())
                + (w.dueDate() == null ? "" : ", due " + w.dueDate())
                + ". Your change is below: send it again to apply it on top, or go back to keep theirs.";
    }

    private Uni<Response> workflowPage(Claim claim, FormValues values, FormErrors errors, int status) {
        // the user store is a blocking (JPA) read: off the event loop
        return Uni.createFrom().item(() -> users.list().stream().map(user -> user.username).toList())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(names -> Pages.render(Views.workflowForm(claim, values, errors, WORK_STATUSES, names), status));
    }

    private static FormValues values(Claim claim) {
        var w = claim.workflow();
        return FormValues.empty().put("workStatus", w.workStatus().name()).put("assignee", w.assignee())
                .put("dueDate", w.dueDate()).put("version", w.version());
    }

    private static LocalDate date(FormValues values, String field, FormErrors errors) {
        String text = values.optional(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            errors.add(field, "must be a date such as 2022-01-05");
            return null;
        }
    }

    @GET
    @Path("{id}/notes/{noteId}")
    public Uni<Response> note(@PathParam("id") String id, @PathParam("noteId") String noteId) {
        return notePage(id, noteId, null, FormErrors.none(), 200);
    }

    /** Adds a note (the signed-in user is its author), then shows it on the claim page. */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> addNote(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Claim");
        }
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        NoteInput input = new NoteInput(values.optional("text"));
        if (!Forms.valid(validator, input, errors)) {
            return Pages.aboutClaim(claims, id, claim -> Pages.render(Views.noteForm(claim, null, values, errors), 400));
        }
        return writes.addNote(id, input).map(added -> Pages.seeOther("/claims/" + id + "#note-" + added.getEntity().id()))
                .onFailure(HttpProblem.class).recoverWithUni(failure -> claims.claim(id).map(RestResponse::getEntity)
                        .flatMap(claim -> Pages.render(Views.noteForm(claim, null, values, FormErrors.of((HttpProblem) failure)),
                                ((HttpProblem) failure).getStatusCode())))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    /** A new text for a note; the earlier ones stay listed on its page. */
    @POST
    @Path("{id}/notes/{noteId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> editNote(@PathParam("id") String id, @PathParam("noteId") String noteId,
            MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        NoteInput input = new NoteInput(values.optional("text"));
        if (!Forms.valid(validator, input, errors)) {
            return notePage(id, noteId, values, errors, 400);
        }
        return writes.editNote(id, noteId, input, Forms.ifMatch(values))
                .map(done -> Pages.seeOther("/claims/" + id + "#note-" + noteId))
                .onFailure(HttpProblem.class).recoverWithUni(failure -> {
                    HttpProblem problem = (HttpProblem) failure;
                    FormErrors refused = Forms.isStale(problem)
                            ? FormErrors.none().general("Someone edited this note after you opened it: their text is now "
                                    + "the current one, listed below. Your text is kept in the form: send it again to "
                                    + "replace theirs (theirs stays in the earlier texts).")
                            : FormErrors.of(problem);
                    return notePage(id, noteId, values, refused, problem.getStatusCode());
                });
    }

    /** A note with every earlier text and the edit form (the reader's text when a form came back). */
    private Uni<Response> notePage(String id, String noteId, FormValues typed, FormErrors errors, int status) {
        if (!Forms.isId(id) || !Forms.isId(noteId)) {
            return Pages.notFound("Note");
        }
        return Uni.combine().all().unis(claims.claim(id).map(RestResponse::getEntity), claims.notes(id)).asTuple()
                .flatMap(t -> {
                    Note note = t.getItem2().items().stream().filter(n -> n.id().equals(noteId)).findFirst().orElse(null);
                    if (note == null) {
                        return Pages.notFound("Note");
                    }
                    FormValues values = typed == null ? FormValues.empty().put("text", note.text()) : typed;
                    values.put("version", note.version());
                    return Pages.render(Views.noteForm(t.getItem1(), note, values, errors), status);
                }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }
}
