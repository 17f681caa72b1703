package org.claimtrack.claims.rest;

import org.claimtrack.claims.api.Lists;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Actor;
import org.claimtrack.claims.service.BatchImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Idempotent batch writes (≤ 1,000 items, one transaction each) for the gateway's importer: verdicts here,
 * claims and stances on their own resources (POST /claims/batch, POST /stances/batch).
 */
@Path("/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Batches", description = "Idempotent batch writes for imports: items are CREATED, UNCHANGED (natural key exists) or FAILED.")
public class VerdictResource {

    private final BatchImport batches;

    public VerdictResource(BatchImport batches) {
        this.batches = batches;
    }

    @POST
    @Path("/batch")
    @ServiceWrite
    @Operation(operationId = "createVerdictsBatch", summary = "Add verdicts in a batch",
            description = "Up to 1,000 VerdictInput items, each with claimId. Natural key: claimId + rating + reviewer + explanation.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Lists.BatchVerdictItem.class, maxItems = 1000)))
    @APIResponse(responseCode = "200", description = "One result per item, in input order.")
    @APIResponse(responseCode = "400", description = "The body is not an array of at most 1,000 objects.")
    public Lists.BatchResult verdicts(List<JsonNode> items, @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        return new Lists.BatchResult(batches.verdicts(items, Actor.of(actor)));
    }
}
