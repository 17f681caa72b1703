-- claims-service schema. Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

CREATE TABLE claim (
    id                UUID PRIMARY KEY,
    text              VARCHAR(1000) NOT NULL,
    -- sha-256 of the text folded for case and whitespace: the natural key (409 / batch UNCHANGED)
    text_key          CHAR(64)      NOT NULL,
    headline          VARCHAR(200),
    topic             VARCHAR(100),
    language          VARCHAR(35)   NOT NULL,
    event_time        TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    -- the stored verification status, recomputed in the transaction of every stance/verdict change
    status            VARCHAR(20)   NOT NULL,
    credibility       INTEGER       NOT NULL,
    rules_version     INTEGER       NOT NULL,
    asserts_count     INTEGER       NOT NULL,
    denies_count      INTEGER       NOT NULL,
    questions_count   INTEGER       NOT NULL,
    reports_count     INTEGER       NOT NULL,
    token_count       INTEGER       NOT NULL,
    CONSTRAINT uq_claim_text_key UNIQUE (text_key)
);
CREATE INDEX ix_claim_status ON claim (status);
CREATE INDEX ix_claim_topic ON claim (topic);
CREATE INDEX ix_claim_language ON claim (language);
CREATE INDEX ix_claim_updated ON claim (updated_at, id);
CREATE INDEX ix_claim_created ON claim (created_at, id);

CREATE TABLE claim_tag (
    claim_id  UUID         NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    tag       VARCHAR(50)  NOT NULL,
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX ix_claim_tag_tag ON claim_tag (tag, claim_id);

-- parties with ASSERTS or DENIES on a claim (stored with the status; party filter)
CREATE TABLE claim_party (
    claim_id   UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    side       VARCHAR(10)   NOT NULL,
    party      VARCHAR(200)  NOT NULL,
    party_key  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX ix_claim_party_key ON claim_party (party_key, claim_id);

-- normalised word/number tokens of text + headline: the q filter and similar-claim search
CREATE TABLE claim_token (
    claim_id  UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    token     VARCHAR(60)   NOT NULL,
    tf        INTEGER       NOT NULL,
    PRIMARY KEY (claim_id, token)
);
CREATE INDEX ix_claim_token_token ON claim_token (token, claim_id);

CREATE TABLE stance (
    id                  UUID PRIMARY KEY,
    claim_id            UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    source_id           UUID          NOT NULL,
    stance              VARCHAR(10)   NOT NULL,
    quote               VARCHAR(5000) NOT NULL,
    quote_hash          CHAR(64)      NOT NULL,
    selector_exact      VARCHAR(5000),
    selector_prefix     VARCHAR(1000),
    selector_suffix     VARCHAR(1000),
    document_id         UUID,
    stated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    source_name         VARCHAR(200)  NOT NULL,
    source_kind         VARCHAR(20)   NOT NULL,
    source_affiliation  VARCHAR(100)  NOT NULL,
    source_reliability  CHAR(1)       NOT NULL,
    CONSTRAINT uq_stance_natural UNIQUE (claim_id, source_id, quote_hash)
);
CREATE INDEX ix_stance_source ON stance (source_id, claim_id);
CREATE INDEX ix_stance_document ON stance (document_id);

CREATE TABLE verdict (
    id           UUID PRIMARY KEY,
    claim_id     UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    rating       VARCHAR(15)   NOT NULL,
    explanation  VARCHAR(5000) NOT NULL,
    reviewer     VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- 1, 2, 3 ... per claim (assigned under the claim's row lock): breaks createdAt ties for "latest"
    seq          INTEGER       NOT NULL
);
CREATE INDEX ix_verdict_claim ON verdict (claim_id, created_at);

-- append-only audit trail; survives the claim's deletion on purpose (no foreign key)
CREATE SEQUENCE claim_history_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim_history (
    id        BIGINT PRIMARY KEY,
    claim_id  UUID          NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(200)  NOT NULL,
    action    VARCHAR(30)   NOT NULL,
    details   VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_claim_history_claim ON claim_history (claim_id, id);
