package org.claimtrack.gateway.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The source-snapshot refreshes still owed to the claims-service, in the gateway's database (migration V111) so that
 * every replica sees and retries them and none is lost with a pod. Blocking JDBC: callers run it on a worker thread.
 */
@ApplicationScoped
public class PendingRefreshes {

    /** Rows read per retry round. */
    static final int ROUND = 500;

    @Inject
    AgroalDataSource db;

    /** Records that the refresh of {@code sourceId} is owed as of {@code at} (a later change moves the mark on). */
    public void owe(String sourceId, Instant at, String error) {
        String why = Rows.clip(error, 500);
        if (update("UPDATE pending_snapshot_refresh SET owed_at = CASE WHEN owed_at < ? THEN ? ELSE owed_at END, "
                + "last_error = ? WHERE source_id = ?", Timestamp.from(at), Timestamp.from(at), why, sourceId) == 1) {
            return;
        }
        try {
            update("INSERT INTO pending_snapshot_refresh (source_id, owed_at, last_error) VALUES (?, ?, ?)",
                    sourceId, Timestamp.from(at), why);
        } catch (IllegalStateException duplicate) {
            // another replica recorded it at the same moment: move its mark instead
            update("UPDATE pending_snapshot_refresh SET owed_at = CASE WHEN owed_at < ? THEN ? ELSE owed_at END, "
                    + "last_error = ? WHERE source_id = ?", Timestamp.from(at), Timestamp.from(at), why, sourceId);
        }
    }

    /** A refresh that read the source at {@code readAt} went through: it settles what was owed up to then. */
    public void settled(String sourceId, Instant readAt) {
        update("DELETE FROM pending_snapshot_refresh WHERE source_id = ? AND owed_at <= ?", sourceId, Timestamp.from(readAt));
    }

    /** A retry that failed again, for the record (how often, and why). */
    public void failedAgain(String sourceId, String error) {
        update("UPDATE pending_snapshot_refresh SET attempts = attempts + 1, last_error = ? WHERE source_id = ?",
                Rows.clip(error, 500), sourceId);
    }

    /** The oldest owed refreshes, at most {@value #ROUND}. */
    public List<String> owed() {
        return Rows.query(db, "pending refreshes", "SELECT source_id FROM pending_snapshot_refresh ORDER BY owed_at LIMIT " + ROUND,
                row -> row.getString(1));
    }

    private int update(String sql, Object... values) {
        return Rows.update(db, "pending refreshes", sql, values);
    }
}
