package org.claimtrack.gateway.extraction;

import org.claimtrack.contract.TimeOrderedIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Extractions in the gateway's own database (migration V130): the proposals as made, as JSON (they are read whole and
 * never queried inside), and one decision row per proposal a person accepted or rejected.
 */
@ApplicationScoped
public class ExtractionStore {

    /** A proposal as stored: the decision lives in its own table. */
    record StoredProposal(String claimText, List<Extraction.ProposedStance> stances) {
    }

    record Header(String documentId, Integer textVersion, String contentSha256, String language, String engine) {
    }

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    UUID create(Header header, List<StoredProposal> proposals, String actor) {
        UUID id = TimeOrderedIds.next();
        try (Connection connection = db.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO extraction (id, document_id, text_version, content_sha256, language, engine, actor, "
                        + "created_at, proposals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.fromString(header.documentId()));
            insert.setObject(3, header.textVersion());
            insert.setString(4, header.contentSha256());
            insert.setString(5, header.language());
            insert.setString(6, header.engine());
            insert.setString(7, actor);
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.setString(9, json.writeValueAsString(proposals));
            insert.executeUpdate();
            return id;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("extraction store unavailable", e);
        }
    }

    Optional<Extraction> find(UUID id) {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM extraction WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<StoredProposal> stored = json.readValue(row.getString("proposals"),
                        new TypeReference<List<StoredProposal>>() {
                        });
                Map<Integer, Extraction.Proposal> decided = decisions(connection, id);
                List<Extraction.Proposal> proposals = new ArrayList<>();
                for (int i = 0; i < stored.size(); i++) {
                    Extraction.Proposal decision = decided.get(i);
                    proposals.add(new Extraction.Proposal(i, stored.get(i).claimText(), stored.get(i).stances(),
                            decision == null ? Extraction.Decision.PROPOSED : decision.decision(),
                            decision == null ? null : decision.claimId(),
                            decision == null ? null : decision.decidedBy(),
                            decision == null ? null : decision.decidedAt()));
                }
                int textVersion = row.getInt("text_version");
                return Optional.of(new Extraction(id.toString(), row.getObject("document_id").toString(),
                        row.wasNull() ? null : textVersion, row.getString("content_sha256"), row.getString("language"),
                        row.getString("engine"), row.getString("actor"), row.getTimestamp("created_at").toInstant(),
                        proposals));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("extraction store unavailable", e);
        }
    }

    /** The ids of a document's extractions, newest first. */
    List<String> forDocument(String documentId) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM extraction WHERE document_id = ? ORDER BY created_at DESC, id")) {
            select.setObject(1, UUID.fromString(documentId));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getObject(1).toString());
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("extraction store unavailable", e);
        }
    }

    /** Records a decision; false when the proposal already has one (the first decision stands). */
    boolean decide(UUID id, int index, Extraction.Decision decision, String claimId, String actor) {
        try (Connection connection = db.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO extraction_decision (extraction_id, proposal_index, decision, claim_id, actor, decided_at) "
                        + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM extraction_decision "
                        + "WHERE extraction_id = ? AND proposal_index = ?)")) {
            insert.setObject(1, id);
            insert.setInt(2, index);
            insert.setString(3, decision.name());
            insert.setObject(4, claimId == null ? null : UUID.fromString(claimId));
            insert.setString(5, actor);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setObject(7, id);
            insert.setInt(8, index);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false; // two decisions raced: the first one stands
            }
            throw new IllegalStateException("extraction store unavailable", e);
        }
    }

    private static Map<Integer, Extraction.Proposal> decisions(Connection connection, UUID id) throws SQLException {
        Map<Integer, Extraction.Proposal> decided = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT proposal_index, decision, claim_id, actor, "
                + "decided_at FROM extraction_decision WHERE extraction_id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Object claimId = row.getObject("claim_id");
                    decided.put(row.getInt("proposal_index"), new Extraction.Proposal(row.getInt("proposal_index"),
                            null, List.of(), Extraction.Decision.valueOf(row.getString("decision")),
                            claimId == null ? null : claimId.toString(), row.getString("actor"),
                            row.getTimestamp("decided_at").toInstant()));
                }
            }
        }
        return decided;
    }
}
