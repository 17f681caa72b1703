package org.claimtrack.claims.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.api.Lists;
import org.claimtrack.claims.service.History;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.contract.ServiceWrite;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The changes the gateway turns into webhook deliveries: kept until acknowledged, so a gateway replica that dies between
 * reading and delivering loses nothing (another reads them again; the gateway keeps one delivery per event and
 * subscription whoever reads it).
 */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Status changes and new verdicts, for the gateway's webhooks.")
public class EventResource {

    static final int MAX_ACKNOWLEDGED = 1000;

    private final History history;

    public EventResource(History history) {
        this.history = history;
    }

    @GET
    @Transactional
    @Operation(operationId = "listEvents", summary = "Events not yet acknowledged, oldest first",
            description = "A claim's status or credibility changed (STATUS_CHANGED: `from`, `to`, `credibilityFrom`, `credibilityTo`, "
                    + "`rulesVersion`) or a verdict was added (VERDICT_ADDED: the verdict). Written in the transaction of the change.")
    @APIResponse(responseCode = "200", description = "At most `limit` events.")
    @APIResponse(responseCode = "400", description = "limit is out of range.")
    public Lists.Events list(@QueryParam("limit") @Parameter(description = "1..500, default 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) String limit) {
        int max = QueryParams.intIn("limit", limit, 1, 500, 100);
        return new Lists.Events(history.events(max).stream()
                .map(e -> new Lists.Event(e.id, e.claimId, e.type, e.at, history.details(e))).toList());
    }

    @POST
    @Path("/acknowledgement")
    @ServiceWrite
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeEvents", summary = "Acknowledge events (they are deleted)",
            description = "The gateway has stored its deliveries for these events. Ids already acknowledged are ignored, so "
                    + "repeating it is safe.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Lists.EventIds.class)))
    @APIResponse(responseCode = "200", description = "How many events were deleted.")
    @APIResponse(responseCode = "400", description = "ids is missing, empty or longer than 1,000.")
    public Lists.Acknowledged acknowledge(Lists.EventIds body) {
        List<UUID> ids = body == null ? null : body.ids();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_ACKNOWLEDGED || ids.contains(null)) {
            throw Problems.badField("ids", "1 to " + MAX_ACKNOWLEDGED + " event ids");
        }
        return new Lists.Acknowledged(history.acknowledge(ids));
    }
}
