package org.claimtrack.claims.service;

import org.claimtrack.contract.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.claims.api.NoteInput;
import org.claimtrack.claims.api.NoteView;
import org.claimtrack.claims.domain.Note;
import org.claimtrack.claims.domain.NoteVersion;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.Timestamps;
import org.claimtrack.contract.Versions;

/**
 * Internal notes on a claim: who wrote what and when. An edit adds a text version and keeps the earlier ones. Notes
 * are not part of the claim's version, record or status; the history says that a note was added or edited, by whom
 * and when, but not its text (the history is public, notes are not).
 */
@ApplicationScoped
public class NoteService {

    private final EntityManager em;
    private final ClaimService claims;
    private final History history;
    private final InputCheck check;

    public NoteService(EntityManager em, ClaimService claims, History history, InputCheck check) {
        this.em = em;
        this.claims = claims;
        this.history = history;
        this.check = check;
    }

    @Transactional
    public NoteView add(UUID claimId, NoteInput raw, String actor) {
        NoteInput input = check.require(raw.normalized());
        claims.get(claimId);
        Instant now = Timestamps.now();
        Note note = new Note();
        note.id = TimeOrderedIds.next();
        note.claimId = claimId;
        note.createdAt = now;
        note.author = actor;
        note.version = 1;
        em.persist(note);
        NoteVersion first = write(note, input.text(), now, actor, History.NOTE_ADDED);
        return NoteView.of(note, List.of(first));
    }

    /** A new text for the note (If-Match: its current version); an unchanged text changes nothing. */
    @Transactional
    public NoteView edit(UUID claimId, UUID noteId, String ifMatch, NoteInput raw, String actor) {
        NoteInput input = check.require(raw.normalized());
        Note note = em.find(Note.class, noteId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (note == null || !note.claimId.equals(claimId)) {
            throw Problems.notFound("Note", noteId);
        }
        Versions.check(ifMatch, note.version);
        List<NoteVersion> versions = versions(List.of(noteId)).getOrDefault(noteId, List.of());
        if (versions.get(versions.size() - 1).text.equals(input.text())) {
            return NoteView.of(note, versions);
        }
        Instant now = Timestamps.now();
        note.version++;
        NoteVersion added = write(note, input.text(), now, actor, History.NOTE_EDITED);
        List<NoteVersion> all = new java.util.ArrayList<>(versions);
        all.add(added);
        return NoteView.of(note, all);
    }

    /** The claim's notes, oldest first, each with all its texts (two queries whatever the number of notes). */
    @Transactional
    public List<NoteView> of(UUID claimId) {
        claims.get(claimId);
        List<Note> notes = em.createQuery("from Note n where n.claimId = :c order by n.createdAt, n.id", Note.class)
                .setParameter("c", claimId).getResultList();
        if (notes.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<NoteVersion>> versions = versions(notes.stream().map(n -> n.id).toList());
        return notes.stream().map(n -> NoteView.of(n, versions.get(n.id))).toList();
    }

    /** Persists {@code text} as the note's current version; the history names note and version, never the text. */
    private NoteVersion write(Note note, String text, Instant at, String actor, String action) {
        NoteVersion v = new NoteVersion();
        v.id = TimeOrderedIds.next();
        v.noteId = note.id;
        v.number = note.version;
        v.text = text;
        v.writtenAt = at;
        v.writtenBy = actor;
        em.persist(v);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("noteId", note.id.toString());
        details.put("version", note.version);
        history.record(note.claimId, at, actor, action, details);
        return v;
    }

    private Map<UUID, List<NoteVersion>> versions(List<UUID> noteIds) {
        return em.createQuery("from NoteVersion v where v.noteId in (:ids) order by v.number", NoteVersion.class)
                .setParameter("ids", noteIds).getResultStream()
                .collect(Collectors.groupingBy(v -> v.noteId, LinkedHashMap::new, Collectors.toList()));
    }
}
