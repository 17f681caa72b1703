package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.claimtrack.gateway.imports.ImportJob;
import org.claimtrack.gateway.imports.ImportResource;

/**
 * The import page: upload a bundle or ClaimReview feed, then watch the job's progress and per-item report.
 * It starts and reads jobs through the import API's own resource, so checks and limits are the same.
 */
@Path("/imports")
@UiPage
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ImportUi {

    @Inject
    ImportResource imports;

    @GET
    public Response form() {
        return Pages.html(Views.importForm(FormErrors.none(), List.of()), 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(ImportResource.UploadForm form) throws IOException {
        try {
            Response accepted = imports.importUpload(form);
            ImportJob job = (ImportJob) accepted.getEntity();
            return Pages.seeOther("/imports/" + job.id());
        } catch (HttpProblem problem) {
            return Pages.html(Views.importForm(FormErrors.of(problem), List.of()), problem.getStatusCode());
        }
    }

    @GET
    @Path("{id}")
    public Response job(@PathParam("id") String id) {
        return find(id, job -> Views.importJob(new JobView(job), List.of()));
    }

    /** The progress region alone, polled by the page while the job runs. */
    @GET
    @Path("{id}/progress")
    public Response progress(@PathParam("id") String id) {
        return find(id, job -> Views.importProgress(new JobView(job)));
    }

    private Response find(String id, java.util.function.Function<ImportJob, io.quarkus.qute.TemplateInstance> page) {
        if (!Forms.isId(id)) {
            return Pages.html(Views.error("Import not found", "There is no import job at this address.", List.of()), 404);
        }
        try {
            return Pages.html(page.apply(imports.get(id)), 200);
        } catch (HttpProblem problem) {
            return Pages.html(Views.error("Import not found", "There is no import job at this address.", List.of()),
                    problem.getStatusCode());
        }
    }

    /** A job as the page shows it. */
    public record JobView(ImportJob job) {

        public boolean isRunning() {
            return job.status() == ImportJob.Status.QUEUED || job.status() == ImportJob.Status.RUNNING;
        }

        public int percent() {
            return job.total() == 0 ? (isRunning() ? 0 : 100) : (int) (job.done() * 100 / job.total());
        }
    }
}
