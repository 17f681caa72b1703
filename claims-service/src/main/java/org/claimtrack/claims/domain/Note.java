package org.claimtrack.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An internal note of the desk on a claim; its text lives in {@link NoteVersion}s, the latest counting. */
@Entity
@Table(name = "claim_note")
public class Note {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String author;

    /** The number of the latest text version (1 when never edited); the note's ETag. */
    @Column(nullable = false)
    public int version;
}
