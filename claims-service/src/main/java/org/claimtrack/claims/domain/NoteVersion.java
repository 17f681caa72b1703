package org.claimtrack.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One text of a note, append-only: an edit adds the next number and keeps the earlier ones. */
@Entity
@Table(name = "claim_note_version")
public class NoteVersion {

    @Id
    public UUID id;

    @Column(name = "note_id", nullable = false)
    public UUID noteId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String text;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;
}
