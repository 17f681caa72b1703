package org.claimtrack.claims.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimtrack.claims.search.ClaimChanges;
import org.claimtrack.claims.status.VerificationStatus;

/**
 * A checkable one-sentence statement, with its stored verification status. {@code version} is managed
 * by the services under a row lock (not JPA optimistic locking): +1 per change, stance or verdict.
 */
@Entity
@Table(name = "claim")
@EntityListeners(ClaimChanges.Listener.class) // every change reaches the search indexes through the change feed
public class Claim {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String text;

    /** The natural key: {@link org.claimtrack.claims.service.ClaimText#key}. */
    @Column(name = "text_key", nullable = false)
    public String textKey;

    public String headline;
    public String topic;

    @Column(nullable = false)
    public String language;

    @Column(name = "event_time")
    public Instant eventTime;

    @ElementCollection
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationStatus status = VerificationStatus.UNSOURCED;

    @Column(nullable = false)
    public int credibility = 6;

    @Column(name = "rules_version", nullable = false)
    public int rulesVersion;

    @Column(name = "asserts_count", nullable = false)
    public int assertsCount;

    @Column(name = "denies_count", nullable = false)
    public int deniesCount;

    @Column(name = "questions_count", nullable = false)
    public int questionsCount;

    @Column(name = "reports_count", nullable = false)
    public int reportsCount;

    /** Parties with ASSERTS or DENIES, stored with the status so the party filter is an indexed query. */
    @ElementCollection
    @CollectionTable(name = "claim_party", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<ClaimParty> parties = new ArrayList<>();

    /** The desk's workflow: its own version, so a workflow change and an edit of the fields never conflict. */
    @Enumerated(EnumType.STRING)
    @Column(name = "work_status", nullable = false)
    public WorkStatus workStatus = WorkStatus.NEW;

    /** A gateway user name, or none. */
    public String assignee;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "workflow_version", nullable = false)
    public long workflowVersion;

    @Column(name = "workflow_changed_at")
    public Instant workflowChangedAt;

    @Column(name = "workflow_changed_by")
    public String workflowChangedBy;

    public List<String> partiesOn(String side) {
        return parties.stream().filter(p -> p.side.equals(side)).map(p -> p.party).toList();
    }

    /** A change to the claim or to one of its stances or verdicts, which share the claim's version (one ETag). */
    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
