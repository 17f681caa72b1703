package org.claimtrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.ClaimInput;
import org.claimtrack.gateway.model.History;
import org.claimtrack.gateway.model.Note;
import org.claimtrack.gateway.model.NoteInput;
import org.claimtrack.gateway.model.Notes;
import org.claimtrack.gateway.model.Workflow;
import org.claimtrack.gateway.model.WorkflowInput;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.SimilarClaims;
import org.claimtrack.gateway.model.SourceSnapshot;
import org.claimtrack.gateway.model.SourceStance;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.StatusReport;
import org.claimtrack.gateway.model.Verdict;
import org.claimtrack.gateway.model.Retraction;
import org.claimtrack.gateway.model.Withdrawal;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The claims-service's HTTP API (docs/INTERNAL-API.md). Use it through {@link ClaimsReads} and {@link ClaimsWrites}. */
@RegisterRestClient(configKey = "claims")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterProvider(ServiceTokenFilter.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ClaimsApi {

    String IF_MATCH = "If-Match";

    @GET
    @Path("/claims")
    Uni<Page<Claim>> list(@RestQuery MultivaluedMap<String, String> filters);

    @GET
    @Path("/claims/counts")
    Uni<ClaimCounts> counts(@RestQuery MultivaluedMap<String, String> filters);

    @GET
    @Path("/claims/similar")
    Uni<SimilarClaims> similar(@RestQuery String text, @RestQuery Integer limit);

    @GET
    @Path("/claims/{id}")
    Uni<RestResponse<Claim>> get(@RestPath String id);

    @GET
    @Path("/claims/{id}/status")
    Uni<StatusReport> status(@RestPath String id, @RestQuery String asOf);

    @GET
    @Path("/claims/{id}/record")
    Uni<RestResponse<ClaimRecord>> record(@RestPath String id, @RestQuery String asOf);

    @GET
    @Path("/claims/{id}/history")
    Uni<History> history(@RestPath String id);

    @GET
    @Path("/stances")
    Uni<Page<SourceStance>> stancesBy(@RestQuery String sourceId, @RestQuery String documentId,
            @RestQuery int page, @RestQuery int size, @RestQuery String cursor);

    @GET
    @Path("/stances/counts")
    Uni<Items<SourceStanceCounts>> stanceCounts(@RestQuery String sourceIds);

    @GET
    @Path("/stances/references")
    Uni<Items<Reference>> references(@RestQuery String sourceIds, @RestQuery String documentIds);

    @POST
    @Path("/claims")
    Uni<RestResponse<Claim>> create(ClaimInput claim);

    @PUT
    @Path("/claims/{id}")
    Uni<RestResponse<Claim>> update(@RestPath String id, ClaimInput claim, @HeaderParam(IF_MATCH) String ifMatch);

    @DELETE
    @Path("/claims/{id}")
    Uni<Void> delete(@RestPath String id, @HeaderParam(IF_MATCH) String ifMatch, @RestQuery String reason);

    @POST
    @Path("/claims/{id}/stances")
    Uni<Stance> addStance(@RestPath String id, StanceWrite stance);

    @DELETE
    @Path("/claims/{id}/stances/{stanceId}")
    Uni<Void> deleteStance(@RestPath String id, @RestPath String stanceId, @HeaderParam(IF_MATCH) String ifMatch,
            @RestQuery String reason);

    @POST
    @Path("/claims/{id}/stances/{stanceId}/retraction")
    Uni<RestResponse<Stance>> retractStance(@RestPath String id, @RestPath String stanceId, @HeaderParam(IF_MATCH) String ifMatch,
            Retraction retraction);

    @POST
    @Path("/claims/{id}/verdicts")
    Uni<Verdict> addVerdict(@RestPath String id, VerdictWrite verdict);

    @POST
    @Path("/claims/{id}/verdicts/{verdictId}/withdrawal")
    Uni<RestResponse<Verdict>> withdrawVerdict(@RestPath String id, @RestPath String verdictId, @HeaderParam(IF_MATCH) String ifMatch,
            Withdrawal withdrawal);

    @PUT
    @Path("/claims/{id}/workflow")
    Uni<RestResponse<Workflow>> changeWorkflow(@RestPath String id, WorkflowInput workflow, @HeaderParam(IF_MATCH) String ifMatch);

    @POST
    @Path("/claims/{id}/workflow/publication")
    Uni<RestResponse<Workflow>> publish(@RestPath String id, @HeaderParam(IF_MATCH) String ifMatch);

    @GET
    @Path("/claims/{id}/notes")
    Uni<Notes> notes(@RestPath String id);

    @POST
    @Path("/claims/{id}/notes")
    Uni<RestResponse<Note>> addNote(@RestPath String id, NoteInput note);

    @PUT
    @Path("/claims/{id}/notes/{noteId}")
    Uni<RestResponse<Note>> editNote(@RestPath String id, @RestPath String noteId, NoteInput note,
            @HeaderParam(IF_MATCH) String ifMatch);

    @PUT
    @Path("/source-snapshots/{sourceId}")
    Uni<SnapshotRefreshResult> refreshSnapshot(@RestPath String sourceId, SourceSnapshot snapshot,
            @RestQuery String reason);
}
