package org.claimtrack.claims.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Claims as the search index holds them, read from the claims tables with plain JDBC (the index is fed outside any
 * request's persistence context): the words (text, headline, tags) for matching, and the claim-row fields that the
 * list filters and sorts by, so that a filtered, sorted page of a search is answered by the index alone.
 */
final class ClaimDocuments {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String TOPIC = "topic";
    static final String LANGUAGE = "language";
    static final String TAG = "tag";
    static final String PARTY = "party";
    static final String UPDATED = "updated";
    static final String CREATED = "created";
    /** The text and headline as written (similar claims compare words with them). */
    static final String WORDS = "words";

    private static final String COLUMNS = "select id, text, headline, topic, language, status, created_at, updated_at from claim";

    private ClaimDocuments() {
    }

    /** The documents of these claims (claims that no longer exist are absent). */
    static Map<UUID, Document> load(Connection connection, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        return read(connection, COLUMNS + " where id in (" + in + ")", new ArrayList<>(ids));
    }

    /** Up to {@code limit} claims after {@code after} in id order (null: from the first), for a rebuild. */
    static Map<UUID, Document> page(Connection connection, UUID after, int limit) throws SQLException {
        return after == null
                ? read(connection, COLUMNS + " order by id fetch first " + limit + " rows only", List.of())
                : read(connection, COLUMNS + " where id > ? order by id fetch first " + limit + " rows only", List.of(after));
    }

    private static Map<UUID, Document> read(Connection connection, String sql, List<Object> parameters) throws SQLException {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        select(connection, sql, parameters, rs -> {
            Row row = new Row(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("headline"),
                    rs.getString("topic"), rs.getString("language"), rs.getString("status"),
                    instant(rs, "created_at"), instant(rs, "updated_at"), new ArrayList<>(), new ArrayList<>());
            rows.put(row.id, row);
        });
        if (!rows.isEmpty()) {
            String in = String.join(",", Collections.nCopies(rows.size(), "?"));
            List<Object> ids = new ArrayList<>(rows.keySet());
            select(connection, "select claim_id, tag from claim_tag where claim_id in (" + in + ") order by claim_id, position",
                    ids, rs -> rows.get(rs.getObject(1, UUID.class)).tags.add(rs.getString(2)));
            select(connection, "select claim_id, party_key from claim_party where claim_id in (" + in + ")",
                    ids, rs -> rows.get(rs.getObject(1, UUID.class)).parties.add(rs.getString(2)));
        }
        Map<UUID, Document> documents = new LinkedHashMap<>();
        rows.forEach((id, row) -> documents.put(id, row.document()));
        return documents;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with {@code parameters} bound in order and hands each row of the result to {@code reader}. */
    private static void select(Connection connection, String sql, List<Object> parameters, RowReader reader)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Sort and range key of an instant: microseconds, the precision both databases store. */
    static long key(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** The instant of a sort key. */
    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private record Row(UUID id, String text, String headline, String topic, String language, String status,
            Instant createdAt, Instant updatedAt, List<String> tags, List<String> parties) {

        Document document() {
            Document doc = new Document();
            String key = id.toString();
            doc.add(new StringField(ID, key, Field.Store.YES));
            doc.add(new SortedDocValuesField(ID, new BytesRef(key)));
            String languageField = Analysis.languageField(language);
            List<String> words = new ArrayList<>();
            words.add(text);
            if (headline != null) {
                words.add(headline);
            }
            words.addAll(tags);
            for (String value : words) {
                doc.add(new TextField(Analysis.ALL, value, Field.Store.NO));
                if (languageField != null) {
                    doc.add(new TextField(languageField, value, Field.Store.NO));
                }
            }
            doc.add(new StoredField(WORDS, headline == null ? text : text + "\n" + headline));
            doc.add(new StringField(STATUS, status, Field.Store.NO));
            doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
            if (topic != null) {
                doc.add(new StringField(TOPIC, topic, Field.Store.NO));
            }
            tags.forEach(tag -> doc.add(new StringField(TAG, tag, Field.Store.NO)));
            parties.forEach(party -> doc.add(new StringField(PARTY, party, Field.Store.NO)));
            doc.add(new LongPoint(UPDATED, key(updatedAt)));
            doc.add(new NumericDocValuesField(UPDATED, key(updatedAt)));
            doc.add(new NumericDocValuesField(CREATED, key(createdAt)));
            return doc;
        }
    }
}
