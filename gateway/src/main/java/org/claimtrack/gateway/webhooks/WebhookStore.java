package org.claimtrack.gateway.webhooks;

import org.claimtrack.contract.TimeOrderedIds;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimtrack.gateway.service.Rows;

/**
 * Subscriptions and deliveries in the gateway's database (migration V112), shared by every replica. A delivery is
 * sent by one replica at a time: it takes it under a short lease with a compare-and-set UPDATE (the same on H2 and
 * PostgreSQL), and a replica that dies while sending leaves it to be taken again when the lease expires — the
 * receiver may then get it twice, with the same delivery id.
 */
@ApplicationScoped
public class WebhookStore {

    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AgroalDataSource db;

    public record Subscription(UUID id, String url, List<String> events, String description, String secret, String createdBy,
            Instant createdAt) {
    }

    public record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, String status, int attempts,
            Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant createdAt) {
    }

    /** A delivery taken to be sent now, with what sending it needs. */
    public record Due(UUID id, String url, String secret, String eventType, String payload, int attempts) {
    }

    Subscription create(String url, List<String> events, String description, String secret, String createdBy) {
        Subscription subscription = new Subscription(TimeOrderedIds.next(), url, List.copyOf(events), description, secret, createdBy,
                Instant.now());
        update("INSERT INTO webhook_subscription (id, url, events, description, secret, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                subscription.id(), url, String.join(",", events), description, secret, createdBy, Timestamp.from(subscription.createdAt()));
        return subscription;
    }

    List<Subscription> subscriptions() {
        return query("SELECT * FROM webhook_subscription ORDER BY created_at, id", WebhookStore::subscription);
    }

    Optional<Subscription> subscription(UUID id) {
        return query("SELECT * FROM webhook_subscription WHERE id = ?", WebhookStore::subscription, id).stream().findFirst();
    }

    boolean delete(UUID id) {
        return update("DELETE FROM webhook_subscription WHERE id = ?", id) == 1;
    }

    /** The latest deliveries of a subscription, newest first. */
    List<Delivery> deliveries(UUID subscriptionId, int limit) {
        return query("SELECT * FROM webhook_delivery WHERE subscription_id = ? ORDER BY created_at DESC, id LIMIT " + limit,
                WebhookStore::delivery, subscriptionId);
    }

    /** One delivery of an event to a subscription; false when one is already there (another replica read the event too). */
    boolean addDelivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, String payload) {
        try (Connection connection = db.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, status, next_attempt_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            Rows.bind(insert, id, subscriptionId, eventId, eventType, payload, now, now);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("webhook store unavailable", e);
        }
    }

    /** Takes up to {@code limit} deliveries that are due and not being sent by another replica. */
    List<Due> takeDue(String owner, Duration lease, int limit) {
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> candidates = query("SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at LIMIT " + limit,
                row -> row.getObject(1, UUID.class), now, now);
        List<Due> taken = new ArrayList<>();
        for (UUID id : candidates) {
            if (update("UPDATE webhook_delivery SET lease_owner = ?, lease_until = ? WHERE id = ? AND status = 'PENDING' "
                    + "AND (lease_until IS NULL OR lease_until < ?)", owner, Timestamp.from(now.toInstant().plus(lease)), id, now) == 1) {
                taken.addAll(query("SELECT d.id, s.url, s.secret, d.event_type, d.payload, d.attempts FROM webhook_delivery d "
                        + "JOIN webhook_subscription s ON s.id = d.subscription_id WHERE d.id = ?",
                        row -> new Due(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getInt(6)), id));
            }
        }
        return taken;
    }

    /** The outcome of one attempt; {@code nextAttempt} null means no further attempt (delivered, or given up). */
    void attempted(UUID id, String owner, boolean delivered, Integer status, String error, Instant nextAttempt) {
        String outcome = delivered ? "DELIVERED" : nextAttempt == null ? "FAILED" : "PENDING";
        Instant now = Instant.now();
        update("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_status = ?, "
                        + "last_error = ?, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
                outcome, Timestamp.from(now), status, Rows.clip(error, 500),
                Timestamp.from(nextAttempt == null ? now : nextAttempt), id, owner);
    }

    private static Subscription subscription(ResultSet row) throws SQLException {
        return new Subscription(row.getObject("id", UUID.class), row.getString("url"), Arrays.asList(row.getString("events").split(",")),
                row.getString("description"), row.getString("secret"), row.getString("created_by"), instant(row, "created_at"));
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        Number status = (Number) row.getObject("last_status");
        return new Delivery(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
                row.getObject("event_id", UUID.class), row.getString("event_type"), row.getString("status"), row.getInt("attempts"),
                instant(row, "next_attempt_at"), instant(row, "last_attempt_at"), status == null ? null : status.intValue(),
                row.getString("last_error"), instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private <T> List<T> query(String sql, Rows.Reader<T> reader, Object... values) {
        return Rows.query(db, "webhook store", sql, reader, values);
    }

    private int update(String sql, Object... values) {
        return Rows.update(db, "webhook store", sql, values);
    }
}
