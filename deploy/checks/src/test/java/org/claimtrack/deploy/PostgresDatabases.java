package org.claimtrack.deploy;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fresh databases on the local PostgreSQL server (127.0.0.1:5432, trust authentication) for the roles the
 * production Secrets name. Creates only what it later drops: its own databases, and a role only when the
 * server does not have it yet.
 */
final class PostgresDatabases implements AutoCloseable {

    static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private final List<String> databases = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();

    /**
     * Creates a fresh database owned by {@code role}, named after the database in {@code productionUrl}, and
     * answers {@code productionUrl} with its host swapped to 127.0.0.1 and its database to the fresh one.
     */
    String freshCopyOf(String productionUrl, String role, String password) throws SQLException {
        URI uri = URI.create(productionUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1) + "_k8s_" + RUN;
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            ResultSet existing = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + identifier(role) + "'");
            if (!existing.next()) {
                sql.execute("CREATE ROLE " + identifier(role) + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                roles.add(role);
            }
            sql.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(role));
            databases.add(database);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://127.0.0.1:" + (uri.getPort() > 0 ? uri.getPort() : 5432) + "/" + database + query;
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            for (String database : databases) {
                sql.execute("DROP DATABASE IF EXISTS " + identifier(database) + " WITH (FORCE)");
            }
            for (String role : roles) {
                sql.execute("DROP ROLE IF EXISTS " + identifier(role));
            }
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL, "postgres", "");
    }

    /** Names come from our own manifests; still, accept plain identifiers only. */
    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain PostgreSQL identifier: " + name);
        }
        return name;
    }
}
