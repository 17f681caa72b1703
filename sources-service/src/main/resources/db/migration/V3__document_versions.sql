-- The archive is append-only: every text a document ever had stays readable, with its SHA-256, so a quote
-- stays checkable against the exact text it was taken from. Portable SQL (PostgreSQL and H2 MODE=PostgreSQL).

CREATE TABLE document_text_version (
    id              UUID          NOT NULL PRIMARY KEY,
    document_id     UUID          NOT NULL,
    version_number  INTEGER       NOT NULL,
    text            TEXT          NOT NULL,
    content_sha256  VARCHAR(64)   NOT NULL,
    text_length     INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    reason          VARCHAR(500),
    CONSTRAINT document_text_version_document_fk FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX document_text_version_uq ON document_text_version (document_id, version_number);

-- The current text's number; null while the document has no text.
ALTER TABLE document ADD COLUMN text_version INTEGER;

-- Texts archived before versions were kept become version 1. Earlier replaced texts were not kept, so the
-- best time known for this one is the document's last change.
INSERT INTO document_text_version (id, document_id, version_number, text, content_sha256, text_length, created_at, actor, reason)
-- The document id doubles as the id of its version 1: unique, and no UUID function is portable.
SELECT d.id, d.id, 1, t.text, d.content_sha256, d.text_length, d.updated_at, 'system',
       'archived before text versions were kept'
FROM document_text t JOIN document d ON d.id = t.document_id;

UPDATE document SET text_version = 1 WHERE id IN (SELECT document_id FROM document_text);

DROP TABLE document_text;
