package org.claimtrack.claims.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.claimtrack.claims.api.ClaimRecord;
import org.claimtrack.claims.api.StatusReport;
import org.claimtrack.claims.service.StatusReports;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.contract.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A claim's verification status, alone or with everything it rests on (one report, built by StatusReports). */
@Path("/claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimStatusResource {

    private final StatusReports reports;

    public ClaimStatusResource(StatusReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/status")
    @Operation(operationId = "getClaimStatus", summary = "Get a claim's verification status",
            description = "Without asOf: the stored status with its evidence, latest verdict, credibility and explanation. "
                    + "With asOf: recomputed from the stances stated (statedAt) and verdicts published (publishedAt) at or before that instant, as recorded today.")
    @APIResponse(responseCode = "200", description = "The status report.")
    @APIResponse(responseCode = "400", description = "asOf is not an ISO-8601 instant.")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public StatusReport status(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "ISO-8601 UTC instant.", example = "2021-12-30T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String asOf) {
        return reports.report(id, QueryParams.instant("asOf", asOf));
    }

    @GET
    @Path("/record")
    @Operation(operationId = "getClaimRecord", summary = "Get a claim with its status, stances and verdicts",
            description = "What GET /claims/{id}, /status, /stances and /verdicts answer, in one response read in one transaction. ETag = the claim's version. "
                    + "With asOf the status is as of that instant (as GET /status?asOf); stances and verdicts are always all on record.")
    @APIResponse(responseCode = "200", description = "The claim's record.",
            headers = @Header(name = "ETag", description = "The claim's version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimRecord.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO-8601 instant.")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public Response record(@PathParam("id") UUID claimId,
            @QueryParam("asOf") @Parameter(description = "ISO-8601 UTC instant.", example = "2021-12-30T09:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String asOf) {
        ClaimRecord record = reports.record(claimId, QueryParams.instant("asOf", asOf));
        return Versions.ok(record, record.claim().version());
    }
}
