package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.Party;
import org.claimtrack.gateway.model.PartyChange;
import org.claimtrack.gateway.model.PartyInput;
import org.claimtrack.gateway.model.SourceUpdate.RefreshState;
import org.claimtrack.gateway.model.SourceUpdate.SnapshotRefresh;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Party changes that move root parties: a merge or a new parent (or name, which the evidence shows) is followed by a
 * snapshot refresh of every source under the party, so the claims they are cited on are recomputed, and their
 * history says why.
 */
@ApplicationScoped
public class PartyWriteService {

    @Inject
    SourcesReads reads;

    @Inject
    SourcesWrites writes;

    @Inject
    SnapshotRefresher refresher;

    public record Tagged(PartyChange change, String etag) {
    }

    public Uni<Tagged> update(String id, PartyInput input, String ifMatch) {
        return reads.party(id).map(RestResponse::getEntity)
                .flatMap(before -> writes.updateParty(id, input, ifMatch).flatMap(saved -> {
                    Party after = saved.getEntity();
                    boolean unchanged = Objects.equals(before.parentId(), after.parentId())
                            && before.name().equals(after.name());
                    Uni<SnapshotRefresh> refresh = unchanged
                            ? Uni.createFrom().item(new SnapshotRefresh(RefreshState.NOT_NEEDED, 0, 0, 0,
                                    "Name and parent are unchanged; no root party changed."))
                            : refreshUnder(after.id(), "party \"" + before.name() + "\" changed: now \"" + after.name()
                                    + "\"" + (after.parentId() == null ? " with no parent" : " under party " + after.parentId()));
                    return refresh.map(r -> new Tagged(new PartyChange(after, r), saved.getHeaderString("ETag")));
                }));
    }

    public Uni<Tagged> merge(String id, String into) {
        return reads.party(id).map(RestResponse::getEntity)
                .flatMap(merged -> writes.mergeParty(id, into).flatMap(saved -> {
                    Party target = saved.getEntity();
                    return refreshUnder(target.id(), "party \"" + merged.name() + "\" merged into \"" + target.name() + "\"")
                            .map(r -> new Tagged(new PartyChange(target, r), saved.getHeaderString("ETag")));
                }));
    }

    private Uni<SnapshotRefresh> refreshUnder(String partyId, String reason) {
        return reads.partySources(partyId).flatMap(ids -> refresher.refreshAll(ids, reason));
    }
}
