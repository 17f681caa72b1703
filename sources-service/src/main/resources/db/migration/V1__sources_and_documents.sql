-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL). Case-insensitive matching uses
-- lower-case key columns maintained by the service, because H2 has no expression indexes.

CREATE TABLE source (
    id              UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    name_key        VARCHAR(200)  NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    affiliation     VARCHAR(100)  NOT NULL,
    affiliation_key VARCHAR(100)  NOT NULL,
    reliability     VARCHAR(1)    NOT NULL,
    member_of_id    UUID,
    country         VARCHAR(2),
    url             VARCHAR(2000),
    description     VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT source_member_of_fk FOREIGN KEY (member_of_id) REFERENCES source (id)
);

-- Uniqueness of names (case-insensitive), the q filter's prefix scans and the list sort (name_key, id).
CREATE UNIQUE INDEX source_name_key_uq ON source (name_key);
CREATE INDEX source_kind_idx ON source (kind, name_key);
CREATE INDEX source_affiliation_idx ON source (affiliation_key, name_key);
CREATE INDEX source_reliability_idx ON source (reliability, name_key);
CREATE INDEX source_member_of_idx ON source (member_of_id);

CREATE TABLE document (
    id              UUID          NOT NULL PRIMARY KEY,
    url             VARCHAR(2000) NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    title_key       VARCHAR(500)  NOT NULL,
    publisher_id    UUID,
    published_at    TIMESTAMP WITH TIME ZONE,
    language        VARCHAR(35),
    content_sha256  VARCHAR(64),
    text_length     INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT document_publisher_fk FOREIGN KEY (publisher_id) REFERENCES source (id)
);

CREATE UNIQUE INDEX document_url_uq ON document (url);
-- The list sort (published_at desc, id) and each filter combined with it.
CREATE INDEX document_published_idx ON document (published_at, id);
CREATE INDEX document_publisher_idx ON document (publisher_id, published_at);
CREATE INDEX document_language_idx ON document (language, published_at);
CREATE INDEX document_title_key_idx ON document (title_key);

CREATE TABLE document_text (
    document_id     UUID          NOT NULL PRIMARY KEY,
    text            TEXT          NOT NULL,
    CONSTRAINT document_text_document_fk FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
