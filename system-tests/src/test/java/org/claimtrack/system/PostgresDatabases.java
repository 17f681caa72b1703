package org.claimtrack.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Throw-away PostgreSQL databases, one per service, on the server the {@code -Ppostgres} build uses
 * ({@code -Dclaimtrack.system.pg-url}, default {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres, trust auth).
 */
final class PostgresDatabases {

    private final String serverUrl = System.getProperty("claimtrack.system.pg-url", "jdbc:postgresql://127.0.0.1:5432/");
    private final String user = System.getProperty("claimtrack.system.pg-user", "postgres");
    private final String prefix;
    private final List<String> created = new ArrayList<>();

    PostgresDatabases(String systemName) {
        this.prefix = ("claimtrack_it_" + systemName + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /** Creates the module's database and returns the variables that point the service at it. */
    synchronized Map<String, String> environmentFor(String module) {
        String db = prefix + "_" + module.replace('-', '_');
        execute("CREATE DATABASE " + db);
        created.add(db);
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", serverUrl + db, "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_DATASOURCE_PASSWORD", "");
    }

    synchronized void dropAll() {
        for (String db : created) {
            try {
                execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // Left behind for a manual clean-up; its name says it is a test database.
            }
        }
        created.clear();
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
