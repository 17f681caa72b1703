package org.claimtrack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * In the {@code postgres} Maven profile (system property {@code claimtrack.test.db=postgresql}), points
 * the service under test at a database of its own on the PostgreSQL server given by
 * {@code claimtrack.test.pg.host}/{@code port}/{@code user} (default 127.0.0.1:5432, postgres), created
 * for the test run and dropped after it. Existing databases are never touched. Otherwise does nothing
 * and the tests use in-memory H2.
 *
 * <p>Use: {@code @QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)}
 * on one test class of the module.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String adminUrl;
    private String user;
    private String database;

    public static boolean enabled() {
        return "postgresql".equals(System.getProperty("claimtrack.test.db"));
    }

    @Override
    public Map<String, String> start() {
        if (!enabled()) {
            return Map.of();
        }
        String host = System.getProperty("claimtrack.test.pg.host", "127.0.0.1");
        String port = System.getProperty("claimtrack.test.pg.port", "5432");
        user = System.getProperty("claimtrack.test.pg.user", "postgres");
        adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        database = "claimtrack_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", System.getProperty("claimtrack.test.pg.password", ""));
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user,
                System.getProperty("claimtrack.test.pg.password", ""));
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
