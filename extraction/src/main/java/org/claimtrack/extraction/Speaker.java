package org.claimtrack.extraction;

/**
 * Who takes a position: an existing source ({@code sourceId} set) or a new source to suggest (name, kind, party).
 * {@code mention} is how the document named them ("Moscow", "Kremlin spokesperson Dmitry Peskov").
 */
public record Speaker(String mention, String sourceId, String name, String kind, String party) {

    public boolean known() {
        return sourceId != null;
    }

    /** The side this speaker counts for: its party, or itself when it has none (as the status rules count). */
    public String side() {
        return party != null ? party : name;
    }
}
