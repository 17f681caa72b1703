-- Parties are entities (issue 14): a source speaks for a party, which has a canonical name, aliases, an optional
-- country, external id (e.g. a Wikidata QID) and parent party. Version 2.1, not 2: V2 is already taken by the
-- per-database search indexes (db/h2, db/postgresql), and two migrations cannot share a version.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

CREATE TABLE party (
    id              UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    -- folded for case, diacritics and runs of whitespace by the service (Party.key)
    name_key        VARCHAR(100)  NOT NULL,
    country         VARCHAR(2),
    external_id     VARCHAR(100),
    parent_id       UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT party_parent_fk FOREIGN KEY (parent_id) REFERENCES party (id)
);

CREATE UNIQUE INDEX party_name_key_uq ON party (name_key);
CREATE UNIQUE INDEX party_external_id_uq ON party (external_id);
CREATE INDEX party_parent_idx ON party (parent_id);
CREATE INDEX party_country_idx ON party (country, name_key);

-- Other names of a party. A folded name or alias names one party only (the service checks names against aliases).
CREATE TABLE party_alias (
    alias_key       VARCHAR(100)  NOT NULL PRIMARY KEY,
    party_id        UUID          NOT NULL,
    alias           VARCHAR(100)  NOT NULL,
    CONSTRAINT party_alias_party_fk FOREIGN KEY (party_id) REFERENCES party (id)
);

CREATE INDEX party_alias_party_idx ON party_alias (party_id);

ALTER TABLE source ADD COLUMN party_id UUID;
ALTER TABLE source ADD CONSTRAINT source_party_fk FOREIGN KEY (party_id) REFERENCES party (id);

-- One party per folded affiliation. The fold below is Party.key in SQL for Latin letters with diacritics
-- (LOWER, then TRANSLATE of the accented lower-case letters U+00E0..U+017F, then runs of up to 8 spaces);
-- a migrated party keeps the id of the first source (by id) that carried it, so the migration is repeatable.
-- "Russia" and "Russian Federation" stay two parties until an editor merges them or adds an alias.
INSERT INTO party (id, name, name_key, created_at, updated_at, version)
SELECT CAST(MIN(CAST(id AS VARCHAR(36))) AS UUID), MIN(affiliation), folded, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM (SELECT id, affiliation,
             REPLACE(REPLACE(REPLACE(TRANSLATE(LOWER(TRIM(affiliation)),
                 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž',
                 'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz'),
                 '  ', ' '), '  ', ' '), '  ', ' ') AS folded
      FROM source WHERE affiliation_key <> '') affiliations
GROUP BY folded;

UPDATE source SET party_id = (
    SELECT p.id FROM party p WHERE p.name_key =
        REPLACE(REPLACE(REPLACE(TRANSLATE(LOWER(TRIM(source.affiliation)),
            'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž',
            'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz'),
            '  ', ' '), '  ', ' '), '  ', ' '))
WHERE affiliation_key <> '';

-- The affiliation is now the party's canonical name: one place to rename it, merge it or alias it.
DROP INDEX source_affiliation_idx;
ALTER TABLE source DROP COLUMN affiliation_key;
ALTER TABLE source DROP COLUMN affiliation;
CREATE INDEX source_party_idx ON source (party_id, name_key);
