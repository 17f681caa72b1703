package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.client.SourceStanceCounts;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceProfile;
import org.claimtrack.gateway.model.SourceProfile.TrackRecord;
import org.claimtrack.gateway.model.SourceStance;
import org.claimtrack.gateway.model.StanceType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A source's profile: its record and memberOf chain (sources-service) beside its track record and stances
 * (claims-service, fetched in parallel). Without the claims-service the profile answers, marked degraded.
 */
@ApplicationScoped
public class SourceProfileService {

    /** memberOf chains are acyclic (the sources-service refuses cycles); this only bounds a corrupted one. */
    static final int MAX_CHAIN = 10;

    @Inject
    SourcesReads sources;

    @Inject
    ClaimsReads claims;

    public record Tagged(SourceProfile profile, String etag) {
    }

    private record ClaimSide(TrackRecord trackRecord, Page<SourceStance> stances) {
    }

    public Uni<Tagged> profile(String id, int page, int size, String cursor) {
        Uni<ClaimSide> claimSide = Uni.combine().all()
                .unis(claims.stanceCounts(id), claims.stancesBySource(id, page, size, cursor)).asTuple()
                .map(t -> new ClaimSide(trackRecord(id, t.getItem1()), t.getItem2()))
                .onFailure(ServiceUnavailable.class).recoverWithNull();
        Uni<RestResponse<Source>> source = sources.source(id);
        return Uni.combine().all().unis(source, claimSide).asTuple()
                .flatMap(t -> chain(t.getItem1().getEntity(), new ArrayList<>(), new HashSet<>()).map(chain -> {
                    ClaimSide side = t.getItem2();
                    return new Tagged(new SourceProfile(t.getItem1().getEntity(), chain,
                            side == null ? null : side.trackRecord(), side == null ? null : side.stances(),
                            side == null ? List.of(Downstream.CLAIMS) : List.of()),
                            t.getItem1().getHeaderString("ETag"));
                }));
    }

    /** Walks memberOf upwards; a parent that no longer exists ends the chain. */
    private Uni<List<Source>> chain(Source from, List<Source> chain, Set<String> seen) {
        seen.add(from.id());
        if (from.memberOfId() == null || seen.contains(from.memberOfId()) || chain.size() >= MAX_CHAIN) {
            return Uni.createFrom().item(chain);
        }
        return sources.source(from.memberOfId()).map(RestResponse::getEntity)
                .onFailure(Problems::isNotFound).recoverWithNull()
                .flatMap(parent -> {
                    if (parent == null) {
                        return Uni.createFrom().item(chain);
                    }
                    chain.add(parent);
                    return chain(parent, chain, seen);
                });
    }

    static TrackRecord trackRecord(String sourceId, List<SourceStanceCounts> counts) {
        Map<StanceType, Map<ClaimStatus, Long>> byStance = counts.stream()
                .filter(c -> sourceId.equals(c.sourceId())).findFirst()
                .map(SourceStanceCounts::byStance).orElse(Map.of());
        return new TrackRecord(byStance.getOrDefault(StanceType.ASSERTS, Map.of()),
                byStance.getOrDefault(StanceType.DENIES, Map.of()),
                byStance.getOrDefault(StanceType.QUESTIONS, Map.of()),
                byStance.getOrDefault(StanceType.REPORTS, Map.of()));
    }
}
