package org.claimtrack.gateway.client;

import java.util.List;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.StatusReport;
import org.claimtrack.gateway.model.Verdict;

/** The claims-service's {@code GET /claims/{id}/record}: a claim with everything on it, read in one transaction. */
public record ClaimRecord(Claim claim, StatusReport status, List<Stance> stances, List<Verdict> verdicts) {
    public List<Stance> stances() {
        return stances == null ? List.of() : stances;
    }

    public List<Verdict> verdicts() {
        return verdicts == null ? List.of() : verdicts;
    }
}
