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
import org.claimtrack.gateway.model.SourceUpdate.SnapshotRefresh;

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
        return SnapshotRefresher.readThenSave(reads.party(id), () -> writes.updateParty(id, input, ifMatch)).flatMap(saved -> {
            Party before = saved.before();
            Party after = saved.after();
            boolean unchanged = Objects.equals(before.parentId(), after.parentId()) && before.name().equals(after.name());
            Uni<SnapshotRefresh> refresh = unchanged
                    ? SnapshotRefresher.notNeeded("Name and parent are unchanged; no root party changed.")
                    : refreshUnder(after.id(), "party \"" + before.name() + "\" changed: now \"" + after.name()
                            + "\"" + (after.parentId() == null ? " with no parent" : " under party " + after.parentId()));
            return refresh.map(r -> new Tagged(new PartyChange(after, r), saved.etag()));
        });
    }

    /** {@code before} is the party merged away, {@code after} the one it was merged into. */
    public Uni<Tagged> merge(String id, String into) {
        return SnapshotRefresher.readThenSave(reads.party(id), () -> writes.mergeParty(id, into)).flatMap(saved ->
                refreshUnder(saved.after().id(), "party \"" + saved.before().name() + "\" merged into \""
                        + saved.after().name() + "\"")
                        .map(r -> new Tagged(new PartyChange(saved.after(), r), saved.etag())));
    }

    private Uni<SnapshotRefresh> refreshUnder(String partyId, String reason) {
        return reads.partySources(partyId).flatMap(ids -> refresher.refreshAll(ids, reason));
    }
}
