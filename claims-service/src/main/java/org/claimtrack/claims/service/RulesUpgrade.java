package org.claimtrack.claims.service;

import org.claimtrack.contract.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.status.StatusEngine;
import org.claimtrack.contract.Timestamps;
import org.jboss.logging.Logger;

/**
 * Brings every stored status up to the current rules: a claim stored under an older {@link StatusEngine#RULES_VERSION}
 * is recomputed in the background after start, in batches, each claim's history saying so when its status changes.
 * Without this, a claim nobody touches would keep a status the current rules would not give it, and filters and
 * counts by status would disagree with the status report. The same run stores the status report of every claim that
 * has none stored (stored before reports were kept, or created with nothing on it), so reads stop evaluating it.
 */
@ApplicationScoped
public class RulesUpgrade {

    private static final Logger LOG = Logger.getLogger(RulesUpgrade.class);
    private static final int BATCH = 500;

    private final EntityManager em;
    private final StatusKeeper status;

    public RulesUpgrade(EntityManager em, StatusKeeper status) {
        this.em = em;
        this.status = status;
    }

    void onStart(@Observes StartupEvent event) {
        Thread upgrade = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Recomputing statuses stored under older rules stopped; the next start resumes it");
            }
        }, "rules-upgrade");
        upgrade.setDaemon(true); // readiness does not wait for it: every claim keeps answering while it runs
        upgrade.start();
    }

    /** Recomputes every claim stored under older rules; returns how many claims it recomputed. */
    public int run() {
        int done = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::upgradeBatch);
            done += batch;
            if (batch > 0) {
                LOG.infof("Recomputed %d claims stored under older status rules (now rules version %d)", done,
                        StatusEngine.RULES_VERSION);
            }
        } while (batch == BATCH);
        return done;
    }

    private int upgradeBatch() {
        // locked in id order, the lock order of every multi-claim write
        // and claims stored before their report was (claim_status_report, V60): recomputing stores it
        List<Claim> claims = em.createQuery("from Claim c where c.rulesVersion < :current or not exists "
                        + "(select 1 from StoredStatusReport r where r.claimId = c.id) order by c.id", Claim.class)
                .setParameter("current", StatusEngine.RULES_VERSION).setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        status.recomputeAll(claims, Timestamps.now(), Actor.SYSTEM); // stores the current rules version on each
        return claims.size();
    }
}
