package org.claimtrack.claims.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The claim change feed in the database (tables claim_change and claim_change_head, migration V10): written in the
 * transaction of every claim change, read by each replica's search index to stay current (docs/search.md).
 */
public final class ChangeFeed {

    /** One change: the claim is to be read again (or removed from the index when it no longer exists). */
    public record Change(long seq, UUID claimId) {
    }

    /** The last number handed out, and which database's feed this is. */
    public record Head(long seq, String generation) {
    }

    private ChangeFeed() {
    }

    /**
     * Appends the changed claims with the next numbers. Called last in the writing transaction: the head row stays
     * locked until the commit, so numbers become visible in order and no reader skips one still uncommitted.
     */
    public static void append(Connection connection, Collection<UUID> claimIds, Instant at) throws SQLException {
        if (claimIds.isEmpty()) {
            return;
        }
        try (PreparedStatement bump = connection.prepareStatement("update claim_change_head set seq = seq + ? where id = 1")) {
            bump.setLong(1, claimIds.size());
            bump.executeUpdate();
        }
        long last;
        try (PreparedStatement read = connection.prepareStatement("select seq from claim_change_head where id = 1");
                ResultSet rs = read.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        long seq = last - claimIds.size();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into claim_change (seq, claim_id, changed_at) values (?, ?, ?)")) {
            Timestamp when = Timestamp.from(at);
            for (UUID id : claimIds) {
                insert.setLong(1, ++seq);
                insert.setObject(2, id);
                insert.setTimestamp(3, when);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static Head head(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select seq, created_at from claim_change_head where id = 1");
                ResultSet rs = read.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("claim_change_head has no row: migration V10 did not run");
            }
            return new Head(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant().toString());
        }
    }

    /** Changes after {@code seq}, in order, at most {@code limit}. */
    public static List<Change> after(Connection connection, long seq, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(
                "select seq, claim_id from claim_change where seq > ? order by seq fetch first " + limit + " rows only")) {
            read.setLong(1, seq);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getObject(2, UUID.class)));
                }
            }
        }
        return changes;
    }

    /** The oldest change still kept (0 when none is): an index that stopped before it missed pruned changes. */
    public static long oldest(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select min(seq) from claim_change");
                ResultSet rs = read.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Forgets changes older than {@code before}; returns how many. */
    public static int prune(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from claim_change where changed_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        }
    }
}
