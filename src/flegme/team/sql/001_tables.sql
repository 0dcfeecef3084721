-- Team mode, schema 1: the tables. Ids are made by the database (bigint) for the review
-- service, and by the client (uuid `uid`) so that a sync may send the same thing twice.
CREATE SCHEMA flegme;
SET LOCAL search_path = flegme, pg_catalog;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA flegme;

CREATE TABLE schema_version (version integer NOT NULL);
INSERT INTO schema_version VALUES (0);

CREATE TABLE people (
    login text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('leader', 'assistant', 'comms_lead')),
    display_name text NOT NULL UNIQUE CHECK (btrim(display_name) <> ''),
    created_at timestamptz NOT NULL DEFAULT now(),
    invited_by text NOT NULL DEFAULT session_user
);

-- The workflow's steps (the same table as flegme.vault.workflow.TRANSITIONS: a test holds it).
CREATE TABLE transitions (
    from_status text NOT NULL,
    to_status text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO transitions VALUES
    ('draft', 'in_review'), ('draft', 'archived'),
    ('in_review', 'changes_requested'), ('in_review', 'approved'), ('in_review', 'draft'),
    ('in_review', 'archived'),
    ('changes_requested', 'in_review'), ('changes_requested', 'draft'),
    ('changes_requested', 'archived'),
    ('approved', 'published'), ('approved', 'draft'), ('approved', 'archived'),
    ('published', 'archived');

CREATE TABLE house_styles (
    version integer PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    toml text NOT NULL,
    -- what the database enforces, read from the TOML by the comms lead's client
    self_approval boolean NOT NULL,
    cooling_off_minutes integer NOT NULL CHECK (cooling_off_minutes BETWEEN 0 AND 10080),
    author text NOT NULL REFERENCES people(login),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TEXT SEARCH CONFIGURATION flegme_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION flegme_fr
    ALTER MAPPING FOR hword, hword_part, word WITH flegme.unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION flegme_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION flegme_en
    ALTER MAPPING FOR hword, hword_part, word WITH flegme.unaccent, english_stem;

CREATE TABLE drafts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    author text NOT NULL REFERENCES people(login),
    title text NOT NULL,
    body text NOT NULL,
    language text NOT NULL,
    platforms text[] NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    impulsive boolean NOT NULL,
    report_json text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    last_edit_at timestamptz NOT NULL,
    published_url text,
    archived_from text,
    submitted_at timestamptz,
    review_revision_id bigint,
    search tsvector GENERATED ALWAYS AS (
        CASE WHEN language = 'fr'
             THEN to_tsvector('flegme.flegme_fr'::regconfig, title || ' ' || body)
             ELSE to_tsvector('flegme.flegme_en'::regconfig, title || ' ' || body) END) STORED
);
CREATE INDEX drafts_by_update ON drafts (updated_at DESC, id DESC);
CREATE INDEX drafts_by_status ON drafts (status, updated_at);
CREATE INDEX drafts_by_author ON drafts (author, updated_at DESC);
CREATE INDEX drafts_search ON drafts USING gin (search);

CREATE TABLE revisions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    draft_id bigint NOT NULL REFERENCES drafts(id),
    number integer NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    author text NOT NULL REFERENCES people(login),
    created_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    note text,
    UNIQUE (draft_id, number)
);
ALTER TABLE drafts ADD FOREIGN KEY (review_revision_id) REFERENCES revisions(id);

CREATE TABLE review_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    draft_id bigint NOT NULL REFERENCES drafts(id),
    revision_id bigint REFERENCES revisions(id),
    kind text NOT NULL CHECK (kind IN ('comment', 'reply', 'approve', 'request_changes')),
    author text NOT NULL REFERENCES people(login),
    created_at timestamptz NOT NULL,
    start integer,
    "end" integer,
    text text NOT NULL DEFAULT '',
    parent_id bigint REFERENCES review_events(id),
    resolved boolean NOT NULL DEFAULT false
);
CREATE INDEX review_events_by_draft ON review_events (draft_id, id);

CREATE TABLE seen (
    login text NOT NULL REFERENCES people(login),
    draft_id bigint NOT NULL REFERENCES drafts(id),
    last_event_id bigint NOT NULL,
    PRIMARY KEY (login, draft_id)
);

CREATE TABLE dismissals (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    draft_id bigint NOT NULL REFERENCES drafts(id),
    rule text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    excerpt text NOT NULL,
    scope text NOT NULL CHECK (scope IN ('once', 'draft', 'proposed_allow')),
    author text NOT NULL REFERENCES people(login),
    created_at timestamptz NOT NULL,
    restored boolean NOT NULL DEFAULT false
);
CREATE INDEX dismissals_by_draft ON dismissals (draft_id);

-- Append-only, hash-chained: each row's hash covers the previous hash and its own fields.
CREATE TABLE audit (
    seq bigint PRIMARY KEY,
    uid uuid UNIQUE,
    at timestamptz NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    draft_id bigint,
    from_status text,
    to_status text,
    reason text,
    detail text,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL
);
CREATE INDEX audit_by_draft ON audit (draft_id, seq);
CREATE TABLE audit_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq bigint NOT NULL,
    hash bytea NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, '\x0000000000000000000000000000000000000000000000000000000000000000');
