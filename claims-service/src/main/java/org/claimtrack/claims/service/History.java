package org.claimtrack.claims.service;

import org.claimtrack.contract.TimeOrderedIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.ClaimEvent;
import org.claimtrack.claims.domain.HistoryEntry;

/**
 * The append-only audit trail of claims: written in the transaction of the change it describes. The changes newsroom
 * tools subscribe to ({@link #EVENTS}) are also written as {@link ClaimEvent}s in that transaction, for the gateway's
 * webhooks ({@code /events}).
 */
@ApplicationScoped
public class History {

    public static final String CLAIM_CREATED = "CLAIM_CREATED";
    public static final String CLAIM_UPDATED = "CLAIM_UPDATED";
    public static final String CLAIM_DELETED = "CLAIM_DELETED";
    public static final String STANCE_ADDED = "STANCE_ADDED";
    public static final String STANCE_REMOVED = "STANCE_REMOVED";
    public static final String STANCE_RETRACTED = "STANCE_RETRACTED";
    public static final String VERDICT_ADDED = "VERDICT_ADDED";
    public static final String VERDICT_WITHDRAWN = "VERDICT_WITHDRAWN";
    public static final String SNAPSHOT_REFRESHED = "SNAPSHOT_REFRESHED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    /** Work status, assignee or due date changed (details: each changed field's from and to). */
    public static final String WORKFLOW_CHANGED = "WORKFLOW_CHANGED";
    /** An internal note was added or edited (details: noteId and version only: notes are internal, the history is not). */
    public static final String NOTE_ADDED = "NOTE_ADDED";
    public static final String NOTE_EDITED = "NOTE_EDITED";

    /** History actions that are also events for webhooks. */
    public static final java.util.Set<String> EVENTS = java.util.Set.of(STATUS_CHANGED, VERDICT_ADDED);

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    public History(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public void record(UUID claimId, Instant at, String actor, String action, Map<String, ?> details) {
        HistoryEntry entry = new HistoryEntry();
        entry.claimId = claimId;
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        try {
            entry.details = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history details must be plain JSON values", e);
        }
        em.persist(entry);
        if (EVENTS.contains(action)) {
            ClaimEvent event = new ClaimEvent();
            event.id = TimeOrderedIds.next();
            event.claimId = claimId;
            event.type = action;
            event.at = at;
            event.details = entry.details;
            em.persist(event);
        }
    }

    /** Events not yet acknowledged, oldest first. */
    public List<ClaimEvent> events(int limit) {
        return em.createQuery("from ClaimEvent e order by e.at, e.id", ClaimEvent.class).setMaxResults(limit).getResultList();
    }

    /** Deletes acknowledged events; unknown ids (already acknowledged by another gateway replica) are ignored. */
    public int acknowledge(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? 0 : em.createQuery("delete from ClaimEvent e where e.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    public Map<String, Object> details(ClaimEvent event) {
        try {
            return json.readValue(event.details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id + " holds invalid JSON", e);
        }
    }

    /** Oldest first; empty when the claim never existed. */
    public List<HistoryEntry> of(UUID claimId) {
        return em.createQuery("from HistoryEntry h where h.claimId = :id order by h.at, h.id", HistoryEntry.class)
                .setParameter("id", claimId).getResultList();
    }

    public Map<String, Object> details(HistoryEntry entry) {
        try {
            return json.readValue(entry.details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history row " + entry.id + " holds invalid JSON", e);
        }
    }
}
