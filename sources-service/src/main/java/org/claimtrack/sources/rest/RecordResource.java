package org.claimtrack.sources.rest;

import static org.claimtrack.contract.ServiceApi.BAD_REQUEST;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimtrack.sources.api.Lists.Records;
import org.claimtrack.sources.api.Lists.RecordsRequest;
import org.claimtrack.sources.service.RecordLookup;
import org.claimtrack.contract.ServiceApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records", description = "Sources and documents together, for showing what cites them.")
public class RecordResource {

    private final RecordLookup records;

    public RecordResource(RecordLookup records) {
        this.records = records;
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ServiceApi.READ_ONLY, value = "true")
    @Operation(operationId = "lookupRecords", summary = "Fetch sources and documents by id in one call",
            description = "Returns the documents with the given ids (without archived text) and the sources with the given "
                    + "ids together with the documents' publishers, so that a list of stances can be shown from one answer; "
                    + "at most 500 ids of each kind (more is a 400). A read: no service token needed.")
    @APIResponse(responseCode = "200", description = "The records found and the ids asked for that do not exist.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Records.class),
                    examples = @ExampleObject(name = "oneMissing", value = Examples.RECORDS)))
    public Records lookup(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordsRequest.class),
                    examples = @ExampleObject(name = "aStance", value = Examples.RECORDS_REQUEST)))
            @Valid @NotNull RecordsRequest request) {
        return records.of(request.sourceIdsOrNone(), request.documentIdsOrNone());
    }
}
