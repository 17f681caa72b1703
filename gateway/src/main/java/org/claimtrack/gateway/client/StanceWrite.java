package org.claimtrack.gateway.client;

import java.time.Instant;
import org.claimtrack.gateway.model.Selector;
import org.claimtrack.gateway.model.SourceSnapshot;
import org.claimtrack.gateway.model.StanceType;

/** A stance as the claims-service takes it: the gateway's input plus the source snapshot. */
public record StanceWrite(String sourceId, StanceType stance, String quote, Selector selector, String documentId,
        Instant statedAt, SourceSnapshot source, Integer documentVersion) {
}
