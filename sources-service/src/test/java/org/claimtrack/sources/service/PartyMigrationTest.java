package org.claimtrack.sources.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.sources.domain.Party;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V2_1__parties.sql on a database holding free-text affiliations (H2 in PostgreSQL mode, as run locally). */
class PartyMigrationTest {

    @Test
    void everyFoldedAffiliationBecomesOnePartyAndSourcesPointAtIt() throws SQLException {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        var flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/h2");
        flyway.target("2").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            insert(db, "Government of Russia", "Russia");
            insert(db, "Kremlin", "RUSSIA");
            insert(db, "Kremlin press service", "Russian Federation");
            insert(db, "Turkish Foreign Ministry", "Türkiye");
            insert(db, "Ankara", "turkiye");
            insert(db, "Blogger", "");

            flyway.target("latest").load().migrate();

            Map<String, UUID> partyOf = new HashMap<>();
            try (ResultSet rs = db.createStatement().executeQuery("select name, party_id from source")) {
                while (rs.next()) {
                    partyOf.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
            assertEquals(partyOf.get("Government of Russia"), partyOf.get("Kremlin"));
            assertEquals(partyOf.get("Turkish Foreign Ministry"), partyOf.get("Ankara"));
            assertNotEquals(partyOf.get("Government of Russia"), partyOf.get("Kremlin press service"),
                    "different names stay different parties until merged or aliased");
            assertNull(partyOf.get("Blogger"));
            try (ResultSet rs = db.createStatement().executeQuery("select name, name_key from party order by name_key")) {
                int parties = 0;
                while (rs.next()) {
                    parties++;
                    assertEquals(Party.key(rs.getString(1)), rs.getString(2), "the SQL fold is Party.key");
                }
                assertEquals(3, parties);
            }
        }
    }

    private static void insert(Connection db, String name, String affiliation) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("insert into source (id, name, name_key, kind, affiliation, "
                + "affiliation_key, reliability, created_at, updated_at, version) values (?, ?, ?, 'GOVERNMENT', ?, ?, 'C', "
                + "current_timestamp, current_timestamp, 0)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, name);
            s.setString(3, name.toLowerCase());
            s.setString(4, affiliation);
            s.setString(5, affiliation.toLowerCase());
            s.executeUpdate();
        }
    }
}
