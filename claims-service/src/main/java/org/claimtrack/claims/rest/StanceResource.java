package org.claimtrack.claims.rest;

import org.claimtrack.claims.api.StanceView;
import org.claimtrack.claims.api.Lists;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Actor;
import org.claimtrack.claims.service.BatchImport;
import org.claimtrack.claims.service.ClaimQueries;
import org.claimtrack.claims.service.ListCursor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;

/** Stances across claims, for the gateway's source profiles and its delete guards. */
@Path("/stances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stances")
public class StanceResource {

    /** Ids per request of the counts and references look-ups. */
    static final int MAX_IDS = 500;

    private final ClaimQueries queries;
    private final BatchImport batches;

    public StanceResource(ClaimQueries queries, BatchImport batches) {
        this.queries = queries;
        this.batches = batches;
    }

    @GET
    @Operation(operationId = "listStances", summary = "List stances of a source or document",
            description = "Stances with their claim's text and stored status, newest statement first (statedAt desc, then id). "
                    + "At least one of sourceId and documentId is required.")
    @APIResponse(responseCode = "200", description = "A page of stances.")
    @APIResponse(responseCode = "400", description = "Neither sourceId nor documentId, or an invalid parameter.")
    public Lists.StancePage list(
            @QueryParam("sourceId") @Parameter(description = "The source (UUID).") String sourceId,
            @QueryParam("documentId") @Parameter(description = "The document (UUID).") String documentId,
            @BeanParam PageRequest page,
            @QueryParam(ListCursor.PARAMETER) @Parameter(description = ClaimResource.CURSOR,
                    example = Lists.STANCE_CURSOR_EXAMPLE)
            String cursor) {
        UUID source = QueryParams.uuid("sourceId", sourceId);
        UUID document = QueryParams.uuid("documentId", documentId);
        if (source == null && document == null) {
            throw Problems.badField("sourceId", "sourceId or documentId is required");
        }
        int size = page.size();
        int number = page.page(); // 0 with a cursor: decode refuses any other
        ListCursor after = ListCursor.decode(cursor, ClaimQueries.STANCE_SORT, number);
        ClaimQueries.Page<Stance> result = queries.stances(source, document, after, number, size);
        Map<UUID, Claim> claims = new HashMap<>();
        queries.load(result.items().stream().map(s -> s.claimId).distinct().toList()).forEach(c -> claims.put(c.id, c));
        return new Lists.StancePage(result.items().stream()
                .map(s -> StanceView.of(s, claims.get(s.claimId).text, claims.get(s.claimId).status)).toList(),
                number, size, result.total(), result.nextCursor());
    }

    @POST
    @Path("/batch")
    @ServiceWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Batches")
    @Operation(operationId = "createStancesBatch", summary = "Add stances in a batch",
            description = "Up to 1,000 StanceInput items, each with claimId. Natural key: claimId + sourceId + quote. "
                    + "Each affected claim's status is recomputed once. An unknown claimId makes its item FAILED.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Lists.BatchStanceItem.class, maxItems = 1000)))
    @APIResponse(responseCode = "200", description = "One result per item, in input order.")
    @APIResponse(responseCode = "400", description = "The body is not an array of at most 1,000 objects.")
    public Lists.BatchResult stances(List<JsonNode> items, @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        return new Lists.BatchResult(batches.stances(items, Actor.of(actor)));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countStancesBySource", summary = "Count stances per source, kind and claim status",
            description = "For each requested source: its stances counted by stance kind and by the stored status of their claims (a track record).")
    @APIResponse(responseCode = "200", description = "One entry per requested source, in request order.")
    @APIResponse(responseCode = "400", description = "sourceIds missing, not UUIDs, or more than 500.")
    public Lists.StanceCountsBySource counts(
            @QueryParam("sourceIds") @Parameter(required = true, description = "Comma-separated source ids (at most 500).") String sourceIds) {
        List<UUID> ids = ids("sourceIds", sourceIds, true);
        return new Lists.StanceCountsBySource(queries.stanceCounts(ids).entrySet().stream()
                .map(e -> new Lists.SourceStanceCounts(e.getKey(), e.getValue())).toList());
    }

    @GET
    @Path("/references")
    @Operation(operationId = "findStanceReferences", summary = "Which sources and documents stances cite",
            description = "Lists only the given ids that at least one stance cites, with the number of stances and up to 20 claim ids, "
                    + "so the gateway can refuse to delete a source or document that claims still cite.")
    @APIResponse(responseCode = "200", description = "The cited ids.")
    @APIResponse(responseCode = "400", description = "No ids given, ids not UUIDs, or more than 500.")
    public Lists.References references(
            @QueryParam("sourceIds") @Parameter(description = "Comma-separated source ids.") String sourceIds,
            @QueryParam("documentIds") @Parameter(description = "Comma-separated document ids.") String documentIds) {
        List<UUID> sources = ids("sourceIds", sourceIds, false);
        List<UUID> documents = ids("documentIds", documentIds, false);
        if (sources.isEmpty() && documents.isEmpty()) {
            throw Problems.badField("sourceIds", "sourceIds or documentIds is required");
        }
        if (sources.size() + documents.size() > MAX_IDS) {
            throw Problems.badField("sourceIds", "at most " + MAX_IDS + " ids in all");
        }
        return new Lists.References(queries.references(sources, documents).stream()
                .map(r -> new Lists.Reference(r.kind(), r.id(), r.stanceCount(), r.claimIds())).toList());
    }

    private static List<UUID> ids(String name, String value, boolean required) {
        List<UUID> ids = new ArrayList<>();
        if (value != null) {
            Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).forEach(s -> ids.add(QueryParams.uuid(name, s)));
        }
        if (required && ids.isEmpty()) {
            throw Problems.badField(name, "at least one id is required");
        }
        if (ids.size() > MAX_IDS) {
            throw Problems.badField(name, "at most " + MAX_IDS + " ids");
        }
        return ids.stream().distinct().toList();
    }
}
