package org.claimtrack.claims.search;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.contract.Timestamps;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * Writes every claim change into the change feed ({@link ChangeFeed}) in the changing transaction, whichever code
 * path made it: Hibernate reports each insert, update and delete of a claim row here, and the feed rows are written
 * once per transaction after its last flush, just before the commit (so the feed's head row is locked only for that
 * moment). A claim's stance and verdict changes update its row (version, status), so they are reported too.
 */
@ApplicationScoped
@Unremovable // looked up by the JPA listener below, which Hibernate instantiates
public class ClaimChanges {

    private static final Object KEY = ClaimChanges.class;

    private final Session session;
    private final TransactionSynchronizationRegistry transaction;

    public ClaimChanges(Session session, TransactionSynchronizationRegistry transaction) {
        this.session = session;
        this.transaction = transaction;
    }

    void changed(UUID claimId) {
        @SuppressWarnings("unchecked")
        Set<UUID> changed = (Set<UUID>) transaction.getResource(KEY);
        if (changed == null) {
            Set<UUID> ids = new LinkedHashSet<>();
            transaction.putResource(KEY, ids);
            session.unwrap(SessionImplementor.class).getActionQueue().registerCallback((BeforeCompletionCallback)
                    s -> s.doWork(connection -> ChangeFeed.append(connection, ids, Timestamps.now())));
            changed = ids;
        }
        changed.add(claimId);
    }

    /** The JPA entity listener on {@link Claim}. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Claim claim) {
            Arc.container().instance(ClaimChanges.class).get().changed(claim.id);
        }
    }
}
