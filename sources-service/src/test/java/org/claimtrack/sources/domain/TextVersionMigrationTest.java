package org.claimtrack.sources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V3 turns every text archived before versions were kept into version 1 of its document. */
class TextVersionMigrationTest {

    static final String URL = "jdbc:h2:mem:v3migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void existingTextsBecomeVersionOne() throws Exception {
        Flyway before = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration", "classpath:db/h2")
                .target("2").load();
        before.migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO document (id, url, title, title_key, content_sha256, text_length, created_at, updated_at, version) "
                    + "VALUES ('11111111-1111-1111-1111-111111111111', 'https://a.example/1', 'T', 't', 'abc', 5, "
                    + "TIMESTAMP WITH TIME ZONE '2021-12-30 12:00:00+00', TIMESTAMP WITH TIME ZONE '2021-12-31 12:00:00+00', 3)");
            s.execute("INSERT INTO document (id, url, title, title_key, created_at, updated_at, version) "
                    + "VALUES ('22222222-2222-2222-2222-222222222222', 'https://a.example/2', 'U', 'u', "
                    + "TIMESTAMP WITH TIME ZONE '2021-12-30 12:00:00+00', TIMESTAMP WITH TIME ZONE '2021-12-30 12:00:00+00', 0)");
            s.execute("INSERT INTO document_text (document_id, text) VALUES ('11111111-1111-1111-1111-111111111111', 'Words')");
        }
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration", "classpath:db/h2").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            ResultSet versions = s.executeQuery("SELECT document_id, version_number, text, content_sha256, text_length, actor "
                    + "FROM document_text_version");
            versions.next();
            assertEquals("11111111-1111-1111-1111-111111111111", versions.getString(1));
            assertEquals(1, versions.getInt(2));
            assertEquals("Words", versions.getString(3));
            assertEquals("abc", versions.getString(4));
            assertEquals(5, versions.getInt(5));
            assertEquals("system", versions.getString(6));
            assertFalse(versions.next(), "a document without text gets no version");
            ResultSet current = s.executeQuery("SELECT id, text_version FROM document ORDER BY id");
            current.next();
            assertEquals(1, current.getInt(2));
            current.next();
            assertEquals(null, current.getObject(2));
        }
    }
}
