package org.claimtrack.gateway.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The claims-service's event outbox (docs/INTERNAL-API.md, "Events"). */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EventsApi {

    @GET
    JsonNode list(@QueryParam("limit") int limit);

    @POST
    @Path("/acknowledgement")
    JsonNode acknowledge(JsonNode ids);
}
