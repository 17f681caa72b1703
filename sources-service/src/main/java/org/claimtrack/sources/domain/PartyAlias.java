package org.claimtrack.sources.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Another name of a party ("Russian Federation", "the Kremlin" for Russia); its folded form names one party only. */
@Entity
@Table(name = "party_alias")
public class PartyAlias extends PanacheEntityBase {

    @Id
    @Column(name = "alias_key", length = 100)
    public String aliasKey;

    @Column(name = "party_id", nullable = false)
    public UUID partyId;

    @Column(nullable = false, length = 100)
    public String alias;

    public PartyAlias() {
    }

    public PartyAlias(UUID partyId, String alias) {
        this.partyId = partyId;
        this.alias = alias;
        this.aliasKey = Party.key(alias);
    }
}
