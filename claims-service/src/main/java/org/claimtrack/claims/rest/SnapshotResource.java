package org.claimtrack.claims.rest;

import org.claimtrack.claims.api.Lists;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.claimtrack.contract.Problems;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.claimtrack.claims.api.StanceInput.SourceSnapshot;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.Actor;
import org.claimtrack.claims.service.InputCheck;
import org.claimtrack.claims.service.SnapshotRefresh;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gateway's hook for source changes: new snapshot in, stances updated, statuses recomputed. */
@Path("/source-snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Source snapshots", description = "Keeping the source data copied onto stances up to date.")
public class SnapshotResource {

    private final SnapshotRefresh refresh;
    private final InputCheck check;

    public SnapshotResource(SnapshotRefresh refresh, InputCheck check) {
        this.refresh = refresh;
        this.check = check;
    }

    @PUT
    @Path("/{sourceId}")
    @ServiceWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refreshSourceSnapshot", summary = "Refresh a source's snapshot on its stances",
            description = "Sets name, kind, affiliation, root party and reliability on every stance of the source whose copy differs and recomputes their claims, "
                    + "in batches of 200 claims. Only a claim whose status, credibility or parties change gets a new version, updatedAt "
                    + "and history entry, whose details carry `reason` when given. Idempotent (no If-Match): repeating it changes nothing. "
                    + "A source without stances gives all zeros.")
    @APIResponse(responseCode = "200", description = "What changed.")
    public Lists.SnapshotRefresh put(@PathParam("sourceId") UUID sourceId, SourceSnapshot input,
            @Parameter(description = "Why the snapshot changed, for the claims' history (at most 300 characters).",
                    example = "party \"Russian Federation\" merged into \"Russia\"")
            @QueryParam("reason") String reason,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        SourceSnapshot snapshot = check.require(ClaimResource.requireBody(input).normalized());
        SnapshotRefresh.Result result = refresh.refresh(sourceId, snapshot, HistoryReason.of(reason), Actor.of(actor));
        return new Lists.SnapshotRefresh(result.stancesUpdated(), result.claimsRecomputed(), result.statusesChanged());
    }
}
