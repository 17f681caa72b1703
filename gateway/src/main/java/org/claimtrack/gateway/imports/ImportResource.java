package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.service.Actor;
import org.claimtrack.gateway.service.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk import of Claimtrack bundles and schema.org ClaimReview feeds; idempotent.")
@Blocking
public class ImportResource {

    /** Largest upload, JSON or multipart. */
    public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    static final String LD_JSON = "application/ld+json";

    @Inject
    ImportJobStore jobs;

    @Inject
    ImportRunner runner;

    @Inject
    ObjectMapper mapper;

    @Inject
    UriInfo uri;

    @Inject
    Actor actor;

    private final BundleSchema schema = BundleSchema.packaged();

    @POST
    @Consumes({MediaType.APPLICATION_JSON, LD_JSON})
    @Operation(operationId = "startImport", summary = "Import a bundle or a ClaimReview feed",
            description = "Takes a Claimtrack bundle (seeds/bundle.schema.json) or schema.org ClaimReview objects (an "
                    + "array, an ItemList or one ClaimReview), up to 50 MB, and answers 202 with the job; follow "
                    + "`Location` for progress. A bundle is checked against the schema first: any error rejects it whole "
                    + "(400, every error with a JSON pointer) and nothing is written. Items are matched by natural key "
                    + "(source name, document url, claim text, stance source+claim+quote), so sending the same upload "
                    + "again creates nothing and reports every item unchanged.")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "A bundle (seeds/bundle.schema.json) or a ClaimReview feed")),
            @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)),
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not JSON, or a bundle that does not match the schema (`errors`: "
            + "`field` is a JSON pointer into the upload); nothing was written")
    @APIResponse(responseCode = "413", description = "Larger than 50 MB")
    @APIResponse(responseCode = "415", description = "Not JSON (send a file as multipart to /api/imports/uploads)")
    public Response importJson(InputStream body)
            throws IOException {
        java.nio.file.Path file = Files.createTempFile("claimtrack-import-", ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            copyLimited(body, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return accept(file, null);
    }

    /** The multipart form of the upload: one file part named {@code file}. */
    public static class UploadForm {
        @RestForm("file")
        @PartType(MediaType.APPLICATION_OCTET_STREAM)
        @Schema(type = SchemaType.STRING, format = "binary", description = "The bundle or feed, as JSON")
        public FileUpload file;
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "startImportUpload", summary = "Import an uploaded file",
            description = "The same as startImport, with the JSON sent as the multipart file part `file` (an operation "
                    + "of its own, so that generated clients send the right body). Like every API call with HTTP Basic "
                    + "or a bearer token, it needs no CSRF token.")
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)),
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "No `file` part, not JSON, or a bundle that does not match the schema; nothing was written")
    @APIResponse(responseCode = "413", description = "Larger than 50 MB")
    public Response importUpload(UploadForm form)
            throws IOException {
        if (form == null || form.file == null) {
            throw badRequest("Send the bundle or feed as the multipart file part named \"file\".",
                    List.of(new Problems.FieldError("file", "required")));
        }
        if (form.file.size() > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        java.nio.file.Path file = Files.createTempFile("claimtrack-import-", ".json");
        Files.copy(form.file.uploadedFile(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String name = form.file.fileName();
        return accept(file, name == null || name.isBlank() ? null : name.strip());
    }

    @GET
    @Operation(operationId = "listImports", summary = "Import jobs, newest first",
            description = "Every import job of this deployment (editors), newest first, with its progress and counts; "
                    + "a job's item errors are on the job itself (getImport), not in this list.")
    @APIResponse(responseCode = "200", description = "A page of jobs")
    @APIResponse(responseCode = "400", description = "A bad status, page or size (named in `errors`)")
    public Page<ImportJob> list(
            @Parameter(description = "Only jobs in these statuses (repeatable)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ImportJob.Status.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "100000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        Set<ImportJob.Status> statuses = EnumSet.noneOf(ImportJob.Status.class);
        for (String value : status == null ? List.<String>of() : status) {
            statuses.add(QueryParams.enumValue("status", value, ImportJob.Status.class));
        }
        statuses.remove(null); // a blank status= (an empty one is refused by EmptyQueryValues)
        return jobs.list(statuses, QueryParams.intIn("page", page, 0, 100_000, 0), QueryParams.intIn("size", size, 1, 100, 20));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "An import job and its progress",
            description = "Items done of total, how many were created, unchanged or failed, and the failed items' errors "
                    + "(first " + ImportJobStore.MAX_ERRORS + ") with JSON pointers into the upload. Jobs are kept across restarts and "
                    + "shared by every gateway replica: a job whose replica stopped or died is resumed by another.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "404", description = "No import job with this id")
    public ImportJob get(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) String id) {
        return jobs.find(UUID.fromString(id)).orElseThrow(() -> Problems.notFound("No import job with this id."));
    }

    /** Inspects the spooled upload; a valid one becomes a queued job with its upload stored beside it. The file is deleted. */
    private Response accept(java.nio.file.Path file, String fileName) throws IOException {
        Upload.Inspection inspection;
        try {
            inspection = new Upload(mapper, file).inspect(schema);
        } catch (JsonProcessingException e) {
            Files.deleteIfExists(file);
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw badRequest("The upload is not valid JSON" + where + ": " + readable(e), List.of());
        } catch (JsonItems.MalformedUpload e) {
            Files.deleteIfExists(file);
            throw badRequest(e.getMessage(), List.of());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (inspection.violationCount() > 0) {
            Files.deleteIfExists(file);
            throw badRequest("The bundle does not match the bundle schema: " + inspection.violationCount()
                    + " error(s)" + (inspection.violationCount() > inspection.violations().size()
                            ? ", the first " + inspection.violations().size() + " listed" : "")
                    + ". Nothing was imported.",
                    inspection.violations().stream().map(v -> new Problems.FieldError(v.pointer(), v.message())).toList());
        }
        ImportJob job;
        try {
            job = jobs.create(inspection.format(), fileName, inspection.total(), actor.current(), file);
        } finally {
            Files.deleteIfExists(file); // the job's upload is in the database now, where every replica reads it
        }
        runner.wake();
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/imports").path(job.id().toString()).build()).build();
    }

    /** Jackson's own words, without its notes about the parser's input source. */
    private static String readable(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int note = message.indexOf(" (start marker at");
        message = note >= 0 ? message.substring(0, note) : message;
        int source = message.indexOf("[Source:");
        message = source >= 0 ? message.substring(0, source) : message;
        return message.lines().findFirst().orElse("").strip();
    }

    private static void copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > MAX_UPLOAD_BYTES) {
                throw tooLarge();
            }
            out.write(buffer, 0, read);
        }
        if (total == 0) {
            throw badRequest("The body is empty: send a bundle or a ClaimReview feed.", List.of());
        }
    }

    private static HttpProblem badRequest(String detail, List<Problems.FieldError> errors) {
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail(detail);
        if (!errors.isEmpty()) {
            problem.with("errors", errors);
        }
        return problem.build();
    }

    private static HttpProblem tooLarge() {
        return HttpProblem.builder().withStatus(413).withTitle("Content Too Large")
                .withDetail("Uploads are limited to 50 MB; split the bundle (importing each part is idempotent).").build();
    }
}
