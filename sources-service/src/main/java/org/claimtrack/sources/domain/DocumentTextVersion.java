package org.claimtrack.sources.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One archived text of a document (at most 1 MB), stored apart from the document row so that lists never load it.
 * Append-only: a new text adds a version, none is ever changed, so a quote stays checkable against the text it was
 * taken from.
 */
@Entity
@Table(name = "document_text_version")
public class DocumentTextVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    /** 1, 2, … per document. */
    @Column(name = "version_number", nullable = false)
    public int number;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "content_sha256", nullable = false, length = 64)
    public String contentSha256;

    @Column(name = "text_length", nullable = false)
    public int textLength;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Who archived it: the X-Claimtrack-Actor the gateway sent. */
    @Column(nullable = false, length = 200)
    public String actor;

    @Column(length = 500)
    public String reason;

    /** For a text archived by fetching a web page: the address it came from after redirects; null otherwise. */
    @Column(name = "fetched_url", length = 2000)
    public String fetchedUrl;

    @Column(name = "fetched_at")
    public Instant fetchedAt;

    /** The HTTP status the page was served with. */
    @Column(name = "http_status")
    public Integer httpStatus;

    /** Its media type (text/html, application/xhtml+xml or text/plain). */
    @Column(name = "content_type", length = 200)
    public String contentType;
}
