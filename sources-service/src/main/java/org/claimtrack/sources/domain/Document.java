package org.claimtrack.sources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a statement was published. The archived text lives in {@link DocumentTextVersion} so that
 * lists and look-ups never load it.
 */
@Entity
@Table(name = "document")
public class Document extends VersionedEntity {

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 500)
    public String title;

    /** Lower-case title for the case-insensitive {@code q} filter. */
    @Column(name = "title_key", nullable = false, length = 500)
    public String titleKey;

    @Column(name = "publisher_id")
    public UUID publisherId;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(length = 35)
    public String language;

    /** SHA-256 (hex) of the UTF-8 archived text, computed here; null without text. */
    @Column(name = "content_sha256", length = 64)
    public String contentSha256;

    /** Length of the archived text in UTF-16 code units (the unit of quote-check offsets); null without text. */
    @Column(name = "text_length")
    public Integer textLength;

    /** Number of the current {@link DocumentTextVersion}; null without text. */
    @Column(name = "text_version")
    public Integer textVersion;

    public void setTitle(String title) {
        this.title = title;
        this.titleKey = Source.key(title);
    }
}
