package org.claimtrack.sources.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The archived text of one document (at most 1 MB), stored apart from the document row. */
@Entity
@Table(name = "document_text")
public class DocumentText extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false, columnDefinition = "text")
    public String text;
}
