package org.claimtrack.gateway.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC for the gateway's small tables of shared work (import jobs, pending refreshes, webhooks): one statement per
 * call, values bound in order. Plain SQL rather than entities because their claims and leases are compare-and-set
 * UPDATEs whose row counts are the answer. A database error becomes an {@link IllegalStateException} naming
 * {@code what}.
 */
public final class Rows {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(DataSource db, String what, String sql, Object... values) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(what + " unavailable", e);
        }
    }

    /** Every row a SELECT finds, read by {@code reader}. */
    public static <T> List<T> query(DataSource db, String what, String sql, Reader<T> reader, Object... values) {
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, values);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(what + " unavailable", e);
        }
    }

    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
