package org.claimtrack.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * PostgreSQL only: whether tables were vacuumed and analyzed by hand (not by autovacuum) and their row estimates are
 * current.
 */
public final class PlannerStatistics {

    private PlannerStatistics() {
    }

    /**
     * Fails unless each table was analyzed ({@code last_analyze}) and vacuumed ({@code last_vacuum}: its visibility map
     * is current, so counts over an index read no rows) by hand after {@code since}, neither ever set by autovacuum,
     * and the planner's row estimate ({@code pg_class.reltuples}) is its row count.
     */
    public static void assertVacuumedAndAnalyzedSince(DataSource db, Instant since, String... tables) {
        String sql = "select s.last_analyze, c.reltuples, s.last_vacuum from pg_stat_user_tables s join pg_class c on c.oid = s.relid "
                + "where s.relname = ?";
        try (Connection c = db.getConnection(); PreparedStatement stats = c.prepareStatement(sql)) {
            for (String table : tables) {
                stats.setString(1, table);
                long rows;
                try (PreparedStatement count = c.prepareStatement("select count(*) from " + table);
                        ResultSet r = count.executeQuery()) {
                    r.next();
                    rows = r.getLong(1);
                }
                try (ResultSet r = stats.executeQuery()) {
                    if (!r.next()) {
                        throw new AssertionError("no table " + table);
                    }
                    Timestamp analyzed = r.getTimestamp(1);
                    if (analyzed == null || analyzed.toInstant().isBefore(since)) {
                        throw new AssertionError(table + " was not analyzed since " + since + " (last_analyze " + analyzed + ")");
                    }
                    Timestamp vacuumed = r.getTimestamp(3);
                    if (vacuumed == null || vacuumed.toInstant().isBefore(since)) {
                        throw new AssertionError(table + " was not vacuumed since " + since + " (last_vacuum " + vacuumed + ")");
                    }
                    if (Math.round(r.getDouble(2)) != rows) {
                        throw new AssertionError(table + ": the planner estimates " + r.getDouble(2) + " rows, it has " + rows);
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("reading the planner statistics failed: " + e.getMessage(), e);
        }
    }
}
