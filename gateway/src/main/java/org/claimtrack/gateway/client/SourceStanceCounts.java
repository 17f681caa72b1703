package org.claimtrack.gateway.client;

import java.util.Map;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.StanceType;

/** Per source: its stances counted by stance type and current claim status. */
public record SourceStanceCounts(String sourceId, Map<StanceType, Map<ClaimStatus, Long>> byStance) {
}
