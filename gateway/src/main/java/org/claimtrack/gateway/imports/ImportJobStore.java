package org.claimtrack.gateway.imports;

import org.claimtrack.contract.TimeOrderedIds;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.service.Rows;

/**
 * Import jobs in the gateway's own database (migrations V100, V110), shared by every replica: the job, its upload, its
 * counters and a lease. A replica runs a job only while it holds the lease ({@link #claimNext}, {@link #renew}); every
 * write a running job makes is made only if its lease is still this replica's, so a replica that lost its job (it
 * stalled past the lease and another took over) can no longer change it.
 */
@ApplicationScoped
public class ImportJobStore {

    /** Errors kept per job; the job still counts every error. */
    static final int MAX_ERRORS = 1000;

    @Inject
    AgroalDataSource db;

    /** A queued job with its upload, in one transaction: any replica may take it from here. */
    ImportJob create(ImportFormat format, String fileName, long total, String actor, Path upload) {
        UUID id = TimeOrderedIds.next();
        Instant now = Instant.now();
        inTransaction(connection -> {
            try (PreparedStatement job = connection.prepareStatement("INSERT INTO import_job (id, format, status, file_name, "
                    + "total_items, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                bind(job, id, format.name(), ImportJob.Status.QUEUED.name(), fileName, total, actor, Timestamp.from(now));
                job.executeUpdate();
            }
            try (PreparedStatement content = connection.prepareStatement("INSERT INTO import_upload (job_id, content) VALUES (?, ?)");
                    InputStream in = Files.newInputStream(upload)) {
                content.setObject(1, id);
                content.setBinaryStream(2, in, Files.size(upload));
                content.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return find(id).orElseThrow();
    }

    /** A job this replica now holds, and where it stands: what it had committed before (when taken over). */
    record Claimed(ImportJob job, int committedGroups, int storedErrors, boolean takenOver) {
    }

    /**
     * Takes the oldest job nobody holds: queued, or running under a lease that expired (its holder died or stalled).
     * A compare-and-set per candidate, so two replicas never both take one job, on H2 and PostgreSQL alike.
     */
    Optional<Claimed> claimNext(String owner, Duration lease) {
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> candidates = new ArrayList<>();
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id FROM import_job WHERE status = ? "
                        + "OR (status = ? AND lease_until < ?) ORDER BY created_at LIMIT 10")) {
            bind(select, ImportJob.Status.QUEUED.name(), ImportJob.Status.RUNNING.name(), now);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    candidates.add(row.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import job store unavailable", e);
        }
        for (UUID id : candidates) {
            int taken = update("UPDATE import_job SET takeovers = takeovers + CASE WHEN status = ? THEN 1 ELSE 0 END, "
                    + "status = ?, lease_owner = ?, lease_until = ?, started_at = COALESCE(started_at, ?) "
                    + "WHERE id = ? AND (status = ? OR (status = ? AND lease_until < ?))",
                    ImportJob.Status.RUNNING.name(), ImportJob.Status.RUNNING.name(), owner,
                    Timestamp.from(now.toInstant().plus(lease)), now, id,
                    ImportJob.Status.QUEUED.name(), ImportJob.Status.RUNNING.name(), now);
            if (taken == 1) {
                return Optional.of(claimed(id));
            }
        }
        return Optional.empty();
    }

    private Claimed claimed(UUID id) {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT committed_groups, takeovers, "
                        + "(SELECT COUNT(*) FROM import_job_error e WHERE e.job_id = j.id) AS stored_errors FROM import_job j WHERE id = ?")) {
            bind(select, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Claimed(find(id).orElseThrow(), row.getInt("committed_groups"), row.getInt("stored_errors"),
                        row.getInt("committed_groups") > 0 || row.getInt("takeovers") > 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import job store unavailable", e);
        }
    }

    /** Extends the lease of a job this replica holds; false when it is no longer this replica's. */
    boolean renew(UUID id, String owner, Duration lease) {
        return update("UPDATE import_job SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = ?",
                Timestamp.from(Instant.now().plus(lease)), id, owner, ImportJob.Status.RUNNING.name()) == 1;
    }

    /** Gives a held job back at once (this replica is stopping): another replica takes it at its next poll. */
    void release(UUID id, String owner) {
        update("UPDATE import_job SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = ?",
                Timestamp.from(Instant.EPOCH), id, owner, ImportJob.Status.RUNNING.name());
    }

    /** Copies a job's upload into {@code file}. */
    void download(UUID id, Path file) throws IOException {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT content FROM import_upload WHERE job_id = ?")) {
            bind(select, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IOException("the upload of import " + id + " is gone");
                }
                try (InputStream in = row.getBinaryStream(1)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import job store unavailable", e);
        }
    }

    /** The job no longer belongs to this replica: another took it over while this one stalled. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(UUID id) {
            super("import " + id + " was taken over by another replica");
        }
    }

    /**
     * Saves the counters and the new errors of a running job, with the groups committed so far, if the job is still
     * this replica's ({@link LeaseLost} otherwise: the new holder's counts are the ones that stand).
     */
    void progress(UUID id, String owner, Tally tally, int committedGroups) {
        Tally.Snapshot now = tally.snapshot();
        inTransaction(connection -> {
            try (PreparedStatement job = connection.prepareStatement("UPDATE import_job SET done_items = ?, created_items = ?, "
                    + "unchanged_items = ?, failed_items = ?, error_count = ?, committed_groups = ? WHERE id = ? AND lease_owner = ?")) {
                bind(job, now.done(), now.created(), now.unchanged(), now.failed(), now.errorCount(), committedGroups, id, owner);
                if (job.executeUpdate() != 1) {
                    throw new LeaseLost(id);
                }
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

    /** Ends a job this replica holds and drops its upload; {@link LeaseLost} when it is no longer this replica's. */
    void finished(UUID id, String owner, ImportJob.Status status, String detail) {
        inTransaction(connection -> {
            try (PreparedStatement job = connection.prepareStatement("UPDATE import_job SET status = ?, detail = ?, finished_at = ?, "
                    + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = ?")) {
                bind(job, status.name(), detail == null ? null : clip(detail, 2000), Timestamp.from(Instant.now()), id, owner,
                        ImportJob.Status.RUNNING.name());
                if (job.executeUpdate() != 1) {
                    throw new LeaseLost(id);
                }
            }
            try (PreparedStatement upload = connection.prepareStatement("DELETE FROM import_upload WHERE job_id = ?")) {
                bind(upload, id);
                upload.executeUpdate();
            }
        });
    }

    Optional<ImportJob> find(UUID id) {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM import_job WHERE id = ?")) {
            bind(select, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(job(row, errors(connection, id))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import job store unavailable", e);
        }
    }

    /** A page of jobs, newest first, optionally of some statuses only; without their errors (each job has its own). */
    Page<ImportJob> list(Set<ImportJob.Status> statuses, int page, int size) {
        List<Object> values = new ArrayList<>();
        String where = "";
        if (!statuses.isEmpty()) {
            where = " WHERE status IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")";
            statuses.forEach(status -> values.add(status.name()));
        }
        long total = Rows.query(db, "import job store", "SELECT COUNT(*) FROM import_job" + where, row -> row.getLong(1),
                values.toArray()).get(0);
        List<ImportJob> items = Rows.query(db, "import job store", "SELECT * FROM import_job" + where
                + " ORDER BY created_at DESC, id LIMIT " + size + " OFFSET " + (long) page * size, row -> job(row, null), values.toArray());
        return new Page<>(items, page, size, total);
    }

    private static ImportJob job(ResultSet row, List<ImportJob.ItemError> errors) throws SQLException {
        return new ImportJob(row.getObject("id", UUID.class), ImportFormat.valueOf(row.getString("format")),
                ImportJob.Status.valueOf(row.getString("status")), row.getString("file_name"),
                row.getLong("total_items"), row.getLong("done_items"), row.getLong("created_items"),
                row.getLong("unchanged_items"), row.getLong("failed_items"), row.getLong("error_count"),
                errors, row.getString("detail"), row.getString("actor"),
                instant(row, "created_at"), instant(row, "started_at"), instant(row, "finished_at"));
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
        return Rows.clip(text, max);
    }

    private int update(String sql, Object... values) {
        return Rows.update(db, "import job store", sql, values);
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
        Rows.bind(statement, values);
    }
}
