package org.claimtrack.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactOnShutdownTest {

    @TempDir
    Path dir;

    private JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    @Test
    void anH2FileWrittenWithoutBackgroundCompactionShrinksToItsLiveDataAndKeepsEveryRow() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("claims") + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0";
        JdbcDataSource dataSource = h2(url);
        // keep one connection open so the database stays open between the writes, as in a running service
        try (Connection open = dataSource.getConnection()) {
            try (Statement s = open.createStatement()) {
                s.execute("create table claim (id uuid primary key, version int not null)");
            }
            for (int batch = 0; batch < 40; batch++) { // random keys, many commits: every commit rewrites pages
                try (Connection c = dataSource.getConnection();
                        PreparedStatement insert = c.prepareStatement("insert into claim values (?, 0)");
                        Statement update = c.createStatement()) {
                    for (int i = 0; i < 250; i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    update.executeUpdate("update claim set version = version + 1");
                }
            }
            File file = dir.resolve("claims.mv.db").toFile();
            long before = file.length();

            assertTrue(new CompactOnShutdown("h2", url, Optional.of("sa"), Optional.empty()).compact());

            assertTrue(file.length() * 2 < before, "compacted from " + before + " to " + file.length() + " bytes");
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*), min(version), max(version) from claim")) {
            rows.next();
            assertEquals(10_000, rows.getLong(1));
            assertEquals(1, rows.getInt(2));
            assertEquals(40, rows.getInt(3));
        }
    }

    @Test
    void otherDatabasesAreLeftAlone() throws SQLException {
        String memory = "jdbc:h2:mem:compact-test;DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = h2(memory);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (id int)");
            assertFalse(new CompactOnShutdown("h2", memory, Optional.of("sa"), Optional.empty()).compact());
            assertFalse(new CompactOnShutdown("postgresql", "jdbc:postgresql://localhost/claims", Optional.of("sa"), Optional.empty()).compact());
            s.execute("insert into kept values (1)"); // still open
        }
    }
}
