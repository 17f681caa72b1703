package org.claimtrack.claims.status;

/** Admiralty source reliability grade. F (cannot be judged) is the default for an unknown source. */
public enum Reliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** A or B: a source whose word carries weight on its own. */
    public boolean isReliable() {
        return this == A || this == B;
    }

    /** A, B or C. */
    public boolean isAtLeastFair() {
        return ordinal() <= C.ordinal();
    }
}
