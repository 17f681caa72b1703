package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.api.ClaimRecord;
import org.claimtrack.claims.api.ClaimView;
import org.claimtrack.claims.api.StanceView;
import org.claimtrack.claims.api.StatusReport;
import org.claimtrack.claims.api.VerdictView;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.status.StatusOutcome;

/**
 * The status report of a claim, built in one place for GET /claims/{id}/status and GET /claims/{id}/record: the one
 * stored with the status ({@link StatusKeeper#stored}) when there is one, else evaluated from the record.
 */
@ApplicationScoped
public class StatusReports {

    private final ClaimService claims;
    private final StanceService stances;
    private final VerdictService verdicts;
    private final StatusKeeper status;

    public StatusReports(ClaimService claims, StanceService stances, VerdictService verdicts, StatusKeeper status) {
        this.claims = claims;
        this.stances = stances;
        this.verdicts = verdicts;
        this.status = status;
    }

    /**
     * The stored status with everything it rests on (stored with it: the rules do not run), or (with {@code asOf}) the
     * status as of that instant (evaluated).
     */
    @Transactional
    public StatusReport report(UUID claimId, Instant asOf) {
        Claim claim = claims.get(claimId);
        if (asOf != null) {
            StatusOutcome outcome = status.asOf(claimId, asOf);
            return report(claim, outcome, outcome.verdict() == null ? List.of() : List.of(verdicts.get(outcome.verdict().id())), asOf);
        }
        StatusReport stored = status.stored(claimId);
        if (stored != null) {
            return stored;
        }
        List<Verdict> given = verdicts.ofClaim(claimId);
        return report(claim, status.current(stances.ofClaim(claimId), given), given, null);
    }

    /**
     * The claim, its status report (with {@code asOf}: as of that instant), stances and verdicts (all on record: the
     * reader decides how to show those after the instant), read in one transaction so no write falls between them.
     */
    @Transactional
    public ClaimRecord record(UUID claimId, Instant asOf) {
        Claim claim = claims.read(claimId);
        List<Stance> stated = stances.ofClaim(claimId);
        List<Verdict> given = verdicts.ofClaim(claimId);
        StatusReport report = asOf == null ? status.stored(claimId) : null;
        if (report == null) {
            report = report(claim, asOf == null ? status.current(stated, given) : status.asOf(claimId, asOf), given, asOf);
        }
        return new ClaimRecord(ClaimView.of(claim), report,
                stated.stream().map(StanceView::of).toList(), given.stream().map(VerdictView::of).toList());
    }

    private static StatusReport report(Claim claim, StatusOutcome outcome, List<Verdict> given, Instant asOf) {
        VerdictView latest = outcome.verdict() == null ? null : given.stream()
                .filter(v -> v.id.equals(outcome.verdict().id())).findFirst().map(VerdictView::of).orElse(null);
        return StatusReport.of(claim.id, outcome, latest, asOf);
    }
}
