package org.claimtrack.sources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Who speaks: a person, government, outlet, organisation or group. {@code nameKey} is a lower-case copy kept
 * for case-insensitive uniqueness, filtering and sorting with plain indexes (portable between H2 and PostgreSQL, which differ on expression indexes).
 */
@Entity
@Table(name = "source")
public class Source extends VersionedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SourceKind kind;

    /** The party it speaks for directly; null = none of its own (it may still have one through memberOf). */
    @Column(name = "party_id")
    public UUID partyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // a plain VARCHAR(1) on every database (Hibernate would pick CHAR or ENUM)
    @Column(nullable = false, length = 1)
    public Reliability reliability;

    @Column(name = "member_of_id")
    public UUID memberOfId;

    @Column(length = 2)
    public String country;

    @Column(length = 2000)
    public String url;

    @Column(length = 2000)
    public String description;

    public void setName(String name) {
        this.name = name;
        this.nameKey = key(name);
    }

    /** The case-folded form used for uniqueness and case-insensitive matching. */
    public static String key(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
