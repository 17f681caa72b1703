package org.claimtrack.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One party asserting or denying a claim, as stored on the claim. */
@Embeddable
public class ClaimParty {

    public static final String ASSERTS = "ASSERTS";
    public static final String DENIES = "DENIES";

    /** ASSERTS or DENIES. */
    @Column(nullable = false)
    public String side;

    /** Display name: the affiliation as written, or the source's name for an independent source. */
    @Column(nullable = false)
    public String party;

    /** Folded affiliation (or folded source name for an independent source): what the party filter matches. */
    @Column(name = "party_key", nullable = false)
    public String partyKey;

    public ClaimParty() {
    }

    public ClaimParty(String side, String party, String partyKey) {
        this.side = side;
        this.party = party;
        this.partyKey = partyKey;
    }
}
