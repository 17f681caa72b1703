package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The services' idempotent batch writes and the id look-up (docs/INTERNAL-API.md, "Batch writes"). One
 * interface for both services: {@code kind} is the path's first segment ({@code sources}, {@code documents},
 * {@code claims}, {@code stances}, {@code verdicts}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BatchApi {

    @POST
    @Path("/{kind}/batch")
    JsonNode batch(@PathParam("kind") String kind, JsonNode items);

    @POST
    @Path("/{kind}/lookup")
    JsonNode lookup(@PathParam("kind") String kind, JsonNode ids);

    /** Brings the service's planner statistics up to date after a bulk load (service-contract TableStatistics). */
    @POST
    @Path("/statistics")
    JsonNode statistics();

    /** A bundle's parties are few: written one by one (a 409 with existingId means it is already there). */
    @POST
    @Path("/parties")
    JsonNode createParty(JsonNode party);
}
