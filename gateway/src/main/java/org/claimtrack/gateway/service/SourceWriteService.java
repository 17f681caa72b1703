package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.Reference;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.PartyRef;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceInput;
import org.claimtrack.gateway.model.SourceSnapshot;
import org.claimtrack.gateway.model.SourceUpdate;
import org.claimtrack.gateway.model.SourceUpdate.SnapshotRefresh;

/**
 * Source and document changes that reach across both services: an updated source refreshes the claims-service's
 * snapshots, and nothing still cited by a stance is deleted.
 */
@ApplicationScoped
public class SourceWriteService {

    @Inject
    SourcesReads sourcesReads;

    @Inject
    SourcesWrites sources;

    @Inject
    ClaimsReads claims;

    @Inject
    SnapshotRefresher refresher;

    public record Tagged(SourceUpdate update, String etag) {
    }

    /**
     * Saves the source, then refreshes the claims-service's snapshots when what they copy (name, kind, affiliation,
     * root party, reliability) may have changed since the record the gateway read first; when the root party changed,
     * its members' too.
     */
    public Uni<Tagged> update(String id, SourceInput input, String ifMatch) {
        Uni<SnapshotRefresher.Saved<Source>> update = SnapshotRefresher.readThenSave(sourcesReads.source(id),
                () -> sources.updateSource(id, input, ifMatch));
        return update.flatMap(saved -> {
            Source before = saved.before();
            Source after = saved.after();
            boolean unchanged = SourceSnapshot.of(before).equals(SourceSnapshot.of(after))
                    && after.version() == before.version() + 1;
            Uni<SnapshotRefresh> refresh = unchanged
                    ? SnapshotRefresher.notNeeded(
                            "Name, kind, affiliation, root party and reliability are unchanged; no status depends on this change.")
                    : Objects.equals(before.rootParty(), after.rootParty()) ? refresher.refresh(after)
                    // a new root party is also the new root of every member of the source
                    : sourcesReads.sourceMembers(id).flatMap(ids -> refresher.refreshAll(ids,
                            "root party of source \"" + after.name() + "\" changed from " + name(before.rootParty())
                                    + " to " + name(after.rootParty())));
            return refresh.map(r -> new Tagged(new SourceUpdate(after, r), saved.etag()));
        });
    }

    static String name(PartyRef party) {
        return party == null ? "none (its own party)" : "\"" + party.name() + "\"";
    }

    public Uni<Void> deleteSource(String id, String ifMatch) {
        return refuseIfCited(List.of(id), List.of(), "source")
                .flatMap(ignored -> sources.deleteSource(id, ifMatch));
    }

    public Uni<Void> deleteDocument(String id, String ifMatch) {
        return refuseIfCited(List.of(), List.of(id), "document")
                .flatMap(ignored -> sources.deleteDocument(id, ifMatch));
    }

    /**
     * 409 listing how many stances and which claims cite it. The check and the delete are two services, so a stance
     * recorded in between is possible; it keeps its snapshot and quote, and its dossier shows the source as missing.
     */
    private Uni<Void> refuseIfCited(List<String> sourceIds, List<String> documentIds, String what) {
        return claims.references(sourceIds, documentIds).flatMap(references -> {
            int stances = references.stream().mapToInt(Reference::stanceCount).sum();
            if (stances == 0) {
                return Uni.createFrom().voidItem();
            }
            Set<String> claimIds = new LinkedHashSet<>();
            references.forEach(r -> claimIds.addAll(r.claimIds() == null ? List.of() : r.claimIds()));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("stanceCount", stances);
            extra.put("claimIds", List.copyOf(claimIds));
            return Uni.createFrom().failure(Problems.conflict("This " + what + " is still cited by " + stances
                    + (stances == 1 ? " stance" : " stances") + " on " + claimIds.size()
                    + (claimIds.size() == 1 ? " claim" : " claims") + "; delete or move those stances first.", extra));
        });
    }
}
