package org.claimtrack.sources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Whose side a source speaks for: a government, an alliance, a movement. Independence is decided on the
 * root of the {@code parentId} chain (the Russian Foreign Ministry's party may have Russia as parent).
 * {@code nameKey} is {@link #key} of the name; the other names are {@link PartyAlias} rows.
 */
@Entity
@Table(name = "party")
public class Party extends VersionedEntity {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "name_key", nullable = false, length = 100)
    public String nameKey;

    @Column(length = 2)
    public String country;

    @Column(name = "external_id", length = 100)
    public String externalId;

    @Column(name = "parent_id")
    public UUID parentId;

    public void setName(String name) {
        this.name = name;
        this.nameKey = key(name);
    }

    /**
     * The form names are compared in: case, diacritics and runs of whitespace folded ("Türkiye" = "turkiye",
     * "RUSSIAN  Federation" = "russian federation"). V2_1__parties.sql applies the same fold to Latin letters.
     */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
