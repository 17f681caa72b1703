-- Claim extractions (issue 19): the proposals the rules made for one text version of a document, kept as they were
-- made (JSON), and a person's decision on each. Nothing here is a claim or a stance: accepting one writes those
-- through the normal API paths, and the decision row only remembers what was done with the proposal.
CREATE TABLE extraction (
    id             UUID PRIMARY KEY,
    document_id    UUID          NOT NULL,
    text_version   INT,
    content_sha256 VARCHAR(64),
    language       VARCHAR(35)   NOT NULL,
    engine         VARCHAR(50)   NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    proposals      TEXT          NOT NULL
);
CREATE INDEX extraction_document_idx ON extraction (document_id, created_at);

CREATE TABLE extraction_decision (
    extraction_id  UUID          NOT NULL REFERENCES extraction (id) ON DELETE CASCADE,
    proposal_index INT           NOT NULL,
    decision       VARCHAR(16)   NOT NULL,
    claim_id       UUID,
    actor          VARCHAR(200)  NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (extraction_id, proposal_index)
);
