package org.claimtrack.gateway.imports;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Import jobs in the gateway's own database (migration V100), so progress survives a restart. */
@ApplicationScoped
public class ImportJobStore {

    /** Errors kept per job; the job still counts every error. */
    static final int MAX_ERRORS = 1000;

    @Inject
    AgroalDataSource db;

    ImportJob create(ImportFormat format, String fileName, long total, String actor) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        update("INSERT INTO import_job (id, format, status, file_name, total_items, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, format.name(), ImportJob.Status.QUEUED.name(), fileName, total, actor, Timestamp.from(now));
        return find(id).orElseThrow();
    }

    void started(UUID id) {
        update("UPDATE import_job SET status = ?, started_at = ? WHERE id = ?",
                ImportJob.Status.RUNNING.name(), Timestamp.from(Instant.now()), id);
    }

    /** Saves the counters and the new errors of a running job. */
    void progress(UUID id, Tally tally) {
        Tally.Snapshot now = tally.snapshot();
        inTransaction(connection -> {
            try (PreparedStatement job = connection.prepareStatement("UPDATE import_job SET done_items = ?, created_items = ?, "
                    + "unchanged_items = ?, failed_items = ?, error_count = ? WHERE id = ?")) {
                bind(job, now.done(), now.created(), now.unchanged(), now.failed(), now.errorCount(), id);
                job.executeUpdate();
            }
            if (!now.newErrors().isEmpty()) {
                try (PreparedStatement error = connection.prepareStatement(
                        "INSERT INTO import_job_error (job_id, seq, pointer, message) VALUES (?, ?, ?, ?)")) {
                    int seq = now.firstSeq();
                    for (ImportJob.ItemError item : now.newErrors()) {
                        bind(error, id, seq++, clip(item.pointer(), 1000), clip(item.message(), 2000));
                        error.addBatch();
                    }
                    error.executeBatch();
                }
            }
        });
    }

    void finished(UUID id, ImportJob.Status status, String detail) {
        update("UPDATE import_job SET status = ?, detail = ?, finished_at = ? WHERE id = ?",
                status.name(), detail == null ? null : clip(detail, 2000), Timestamp.from(Instant.now()), id);
    }

    /** Jobs a crash or stop left unfinished: they cannot resume (their upload is gone), so they are failed. */
    int failUnfinished(String detail) {
        return update("UPDATE import_job SET status = ?, detail = ?, finished_at = ? WHERE status IN (?, ?)",
                ImportJob.Status.FAILED.name(), detail, Timestamp.from(Instant.now()),
                ImportJob.Status.QUEUED.name(), ImportJob.Status.RUNNING.name());
    }

    Optional<ImportJob> find(UUID id) {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM import_job WHERE id = ?")) {
            bind(select, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportJob(id, ImportFormat.valueOf(row.getString("format")),
                        ImportJob.Status.valueOf(row.getString("status")), row.getString("file_name"),
                        row.getLong("total_items"), row.getLong("done_items"), row.getLong("created_items"),
                        row.getLong("unchanged_items"), row.getLong("failed_items"), row.getLong("error_count"),
                        errors(connection, id), row.getString("detail"), row.getString("actor"),
                        instant(row, "created_at"), instant(row, "started_at"), instant(row, "finished_at")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import job store unavailable", e);
        }
    }

    private List<ImportJob.ItemError> errors(Connection connection, UUID id) throws SQLException {
        List<ImportJob.ItemError> errors = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pointer, message FROM import_job_error WHERE job_id = ? ORDER BY seq")) {
            bind(select, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    errors.add(new ImportJob.ItemError(row.getString(1), row.getString(2)));
                }
            }
        }
        return errors;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private int update(String sql, Object... values) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("import job store unavailable", e);
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import job store unavailable", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
