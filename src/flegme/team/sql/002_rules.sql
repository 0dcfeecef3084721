-- Team mode, schema 2: who may do what, enforced here (not in the clients). Logins get
-- SELECT (filtered by row-level security) and EXECUTE on the functions below; every write
-- goes through a SECURITY DEFINER function that checks session_user, the draft's author and
-- the house style in force.
SET LOCAL search_path = flegme, pg_catalog;

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['flegme_leader', 'flegme_assistant', 'flegme_comms_lead'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

-- -- audit: hash chain, append-only ------------------------------------------------------

CREATE FUNCTION audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END || ';'
$$;

CREATE FUNCTION audit_content(a audit) RETURNS bytea LANGUAGE sql IMMUTABLE
SET search_path = flegme, pg_temp AS $$
    SELECT convert_to(
        audit_field(a.seq::text) || audit_field(a.uid::text)
        || audit_field(to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))
        || audit_field(a.actor) || audit_field(a.action) || audit_field(a.draft_id::text)
        || audit_field(a.from_status) || audit_field(a.to_status) || audit_field(a.reason)
        || audit_field(a.detail), 'UTF8')
$$;

CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql SET search_path = flegme, pg_temp AS $$
DECLARE head audit_head;
BEGIN
    SELECT * INTO head FROM audit_head FOR UPDATE;  -- one writer at a time: one chain
    NEW.seq := head.seq + 1;
    NEW.at := clock_timestamp();
    NEW.actor := session_user;
    NEW.prev_hash := head.hash;
    NEW.hash := sha256(head.hash || audit_content(NEW));
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_chain BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_chain();

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: rows are never changed or deleted.'
        USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

CREATE FUNCTION write_audit(p_uid uuid, p_action text, p_draft bigint, p_from text, p_to text,
                            p_reason text, p_detail text) RETURNS void
LANGUAGE sql SET search_path = flegme, pg_temp AS $$
    INSERT INTO audit (seq, uid, at, actor, action, draft_id, from_status, to_status, reason,
                       detail, prev_hash, hash)
    VALUES (0, p_uid, now(), session_user, p_action, p_draft, p_from, p_to, p_reason, p_detail,
            '', '')
$$;

-- -- who is calling ------------------------------------------------------------------------

CREATE FUNCTION caller_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
    SELECT p.role FROM people p
    WHERE p.login = session_user
      AND pg_has_role(session_user, 'flegme_' || p.role, 'MEMBER')
$$;

CREATE FUNCTION require_member() RETURNS text LANGUAGE plpgsql STABLE SET search_path = flegme, pg_temp AS $$
DECLARE r text := caller_role();
BEGIN
    IF r IS NULL THEN
        RAISE EXCEPTION '% is not a member of this team.', session_user USING ERRCODE = '42501';
    END IF;
    RETURN r;
END $$;

CREATE FUNCTION is_team_admin() RETURNS boolean LANGUAGE sql STABLE
SET search_path = flegme, pg_temp AS $$
    SELECT pg_has_role(session_user, n.nspowner, 'MEMBER')
    FROM pg_namespace n WHERE n.nspname = 'flegme'
$$;

-- Row-level security: authors see their drafts; reviewers see every draft once sent.
CREATE FUNCTION can_see(p_author text, p_submitted timestamptz) RETURNS boolean
LANGUAGE sql STABLE SET search_path = flegme, pg_temp AS $$
    SELECT p_author = session_user
        OR (p_submitted IS NOT NULL AND caller_role() IN ('assistant', 'comms_lead'))
$$;

CREATE FUNCTION visible_draft(p_draft bigint) RETURNS drafts LANGUAGE plpgsql SET search_path = flegme, pg_temp AS $$
DECLARE d drafts;
BEGIN
    SELECT * INTO d FROM drafts WHERE id = p_draft FOR UPDATE;
    IF NOT FOUND OR NOT can_see(d.author, d.submitted_at) THEN
        RAISE EXCEPTION 'There is no draft number %.', p_draft USING ERRCODE = 'FL404';
    END IF;
    RETURN d;
END $$;

CREATE FUNCTION style_in_force(OUT self_approval boolean, OUT cooling_off_minutes integer)
LANGUAGE sql STABLE SET search_path = flegme, pg_temp AS $$
    SELECT coalesce((SELECT s.self_approval FROM house_styles s ORDER BY version DESC LIMIT 1),
                    false),
           coalesce((SELECT s.cooling_off_minutes FROM house_styles s
                     ORDER BY version DESC LIMIT 1), 30)
$$;

CREATE FUNCTION real_reason(p_reason text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT (SELECT count(*) FROM regexp_matches(coalesce(p_reason, ''), '\w{2,}', 'g')) >= 3
$$;

CREATE FUNCTION notify(p_draft bigint, p_kind text) RETURNS void LANGUAGE sql
SET search_path = flegme, pg_temp AS $$
    SELECT pg_notify('flegme', json_build_object('draft', p_draft, 'kind', p_kind)::text)
$$;

-- -- drafts and revisions --------------------------------------------------------------------

CREATE FUNCTION create_draft(p_uid uuid, p_revision_uid uuid, p_title text, p_body text,
                             p_language text, p_platforms text[], p_impulsive boolean,
                             p_report_json text, p_at timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE
    at timestamptz := least(p_at, now());
    d drafts;
    new_id bigint;
BEGIN
    PERFORM require_member();
    SELECT * INTO d FROM drafts WHERE uid = p_uid;
    IF FOUND THEN  -- sent twice (a sync retried): the same draft, once
        IF d.author <> session_user THEN
            RAISE EXCEPTION 'This draft id is already taken.' USING ERRCODE = 'FL409';
        END IF;
        RETURN d.id;
    END IF;
    INSERT INTO drafts (uid, author, title, body, language, platforms, impulsive, report_json,
                        created_at, updated_at, last_edit_at)
    VALUES (p_uid, session_user, p_title, p_body, p_language, p_platforms, p_impulsive,
            p_report_json, at, at, at)
    RETURNING id INTO new_id;
    INSERT INTO revisions (uid, draft_id, number, title, body, author, created_at)
    VALUES (p_revision_uid, new_id, 1, p_title, p_body, session_user, at);
    PERFORM write_audit(NULL, 'create', new_id, NULL, 'draft', NULL, NULL);
    RETURN new_id;
END $$;

CREATE FUNCTION save_revision(p_uid uuid, p_draft bigint, p_title text, p_body text,
                              p_platforms text[], p_impulsive boolean, p_report_json text,
                              p_note text, p_at timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE
    at timestamptz := least(p_at, now());
    d drafts;
    r revisions;
    new_id bigint;
BEGIN
    PERFORM require_member();
    d := visible_draft(p_draft);
    SELECT * INTO r FROM revisions WHERE uid = p_uid;
    IF FOUND THEN
        IF r.draft_id <> p_draft OR r.author <> session_user THEN
            RAISE EXCEPTION 'This revision id is already taken.' USING ERRCODE = 'FL409';
        END IF;
        RETURN r.id;
    END IF;
    IF d.author <> session_user THEN
        RAISE EXCEPTION 'Only the author of a draft edits it.' USING ERRCODE = '42501';
    END IF;
    IF d.status NOT IN ('draft', 'changes_requested') THEN
        RAISE EXCEPTION 'This draft is %: what the reviewer saw stays fixed. Take it back to '
                        'edit it first.', d.status USING ERRCODE = 'FL001';
    END IF;
    INSERT INTO revisions (uid, draft_id, number, title, body, author, created_at, note)
    VALUES (p_uid, p_draft,
            (SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE draft_id = p_draft),
            p_title, p_body, session_user, at, p_note)
    RETURNING id INTO new_id;
    UPDATE drafts SET title = p_title, body = p_body, platforms = p_platforms,
                      impulsive = p_impulsive, report_json = p_report_json,
                      updated_at = greatest(updated_at, at), last_edit_at = at
    WHERE id = p_draft;
    PERFORM notify(p_draft, 'revision');
    RETURN new_id;
END $$;

-- -- the workflow ----------------------------------------------------------------------------

-- Raises while an impulsive draft cools off, unless the leader gives a real reason.
CREATE FUNCTION check_cooling_off(d drafts, p_role text, p_reason text) RETURNS void
LANGUAGE plpgsql SET search_path = flegme, pg_temp AS $$
DECLARE
    minutes integer := (style_in_force()).cooling_off_minutes;
    until timestamptz := d.last_edit_at + make_interval(mins => minutes);
BEGIN
    IF NOT d.impulsive OR minutes <= 0 OR now() >= until THEN
        RETURN;
    END IF;
    IF coalesce(p_reason, '') LIKE 'cooling-off overridden: %' THEN
        IF p_role <> 'leader' THEN
            RAISE EXCEPTION 'Only the leader can override the cooling-off.'
                USING ERRCODE = '42501';
        END IF;
        IF real_reason(substr(p_reason, 25)) THEN
            RETURN;
        END IF;
        RAISE EXCEPTION 'Write the reason in a few words (at least 3): it is kept in the '
                        'audit trail.' USING ERRCODE = 'FL002';
    END IF;
    RAISE EXCEPTION 'This draft reads as written in anger. It can go forward at % UTC, or now '
                    'with a reason written by the leader.',
                    to_char(until AT TIME ZONE 'UTC', 'HH24:MI') USING ERRCODE = 'FL002';
END $$;

CREATE FUNCTION change_status(p_uid uuid, p_draft bigint, p_expected text, p_target text,
                              p_reason text, p_url text, p_event_kind text, p_event_text text,
                              p_event_revision bigint, p_at timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE
    role text := require_member();
    at timestamptz := least(p_at, now());
    d drafts;
    done audit;
    own boolean;
BEGIN
    d := visible_draft(p_draft);
    IF p_uid IS NOT NULL THEN  -- sent twice (a sync retried): done once
        SELECT * INTO done FROM audit WHERE uid = p_uid;
        IF FOUND THEN
            IF done.draft_id <> p_draft OR done.actor <> session_user THEN
                RAISE EXCEPTION 'This action id is already taken.' USING ERRCODE = 'FL409';
            END IF;
            RETURN;
        END IF;
    END IF;
    IF d.status <> p_expected THEN
        RAISE EXCEPTION 'This draft was changed meanwhile (it is now %); look at it again.',
                        d.status USING ERRCODE = 'FL409';
    END IF;
    own := d.author = session_user;
    IF d.status = 'archived' THEN  -- restore: back to where it was
        IF p_target IS DISTINCT FROM coalesce(d.archived_from, 'draft') THEN
            RAISE EXCEPTION 'An archived draft goes back to %.', coalesce(d.archived_from,
                            'draft') USING ERRCODE = 'FL001';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM transitions WHERE from_status = d.status
                                                  AND to_status = p_target) THEN
        RAISE EXCEPTION 'This draft is %: it cannot become % now.', d.status, p_target
            USING ERRCODE = 'FL001';
    END IF;
    IF d.status = 'archived' OR p_target = 'archived' THEN
        IF NOT own AND role <> 'comms_lead' THEN
            RAISE EXCEPTION 'Only the author or the comms lead archives or restores a draft.'
                USING ERRCODE = '42501';
        END IF;
    ELSIF p_target = 'in_review' THEN
        IF NOT own THEN
            RAISE EXCEPTION 'Only the author sends a draft to review.' USING ERRCODE = '42501';
        END IF;
        PERFORM check_cooling_off(d, role, p_reason);
    ELSIF p_target = 'draft' THEN
        IF NOT own THEN
            RAISE EXCEPTION 'Only the author takes a draft back to edit.'
                USING ERRCODE = '42501';
        END IF;
    ELSIF p_target = 'approved' THEN
        IF own AND NOT (role = 'leader' AND (style_in_force()).self_approval) THEN
            RAISE EXCEPTION 'You wrote this draft: someone else must approve it (the house '
                            'style does not allow self-approval).' USING ERRCODE = '42501';
        END IF;
        IF NOT own AND role NOT IN ('assistant', 'comms_lead') THEN
            RAISE EXCEPTION 'Only the assistant or the comms lead can approve a draft.'
                USING ERRCODE = '42501';
        END IF;
        PERFORM check_cooling_off(d, role, p_reason);
    ELSIF p_target = 'changes_requested' THEN
        IF role NOT IN ('assistant', 'comms_lead') OR own THEN
            RAISE EXCEPTION 'Only a reviewer other than the author requests changes.'
                USING ERRCODE = '42501';
        END IF;
        IF btrim(coalesce(p_event_text, '')) = '' THEN
            RAISE EXCEPTION 'Say what should change.' USING ERRCODE = 'FL001';
        END IF;
    ELSIF p_target = 'published' THEN
        IF NOT (own OR role = 'assistant') THEN
            RAISE EXCEPTION 'Only the author or the assistant marks a draft as published.'
                USING ERRCODE = '42501';
        END IF;
        IF coalesce(p_url, '') !~* '^https?://' THEN
            RAISE EXCEPTION 'Give the published post''s address (https://...).'
                USING ERRCODE = 'FL001';
        END IF;
    END IF;
    IF p_target IN ('approved', 'changes_requested') THEN
        INSERT INTO review_events (uid, draft_id, revision_id, kind, author, created_at, text)
        VALUES (coalesce(p_uid, gen_random_uuid()), p_draft,
                coalesce(p_event_revision, d.review_revision_id),
                CASE p_target WHEN 'approved' THEN 'approve' ELSE 'request_changes' END,
                session_user, at, coalesce(p_event_text, ''));
    END IF;
    UPDATE drafts SET
        status = p_target,
        updated_at = greatest(updated_at, at),
        published_url = CASE WHEN p_target = 'published' THEN p_url ELSE published_url END,
        archived_from = CASE WHEN p_target = 'archived' THEN d.status ELSE archived_from END,
        submitted_at = CASE WHEN p_target = 'in_review' THEN coalesce(submitted_at, now())
                            ELSE submitted_at END,
        review_revision_id = CASE WHEN p_target = 'in_review'
            THEN (SELECT id FROM revisions WHERE draft_id = p_draft ORDER BY number DESC LIMIT 1)
            ELSE review_revision_id END
    WHERE id = p_draft;
    PERFORM write_audit(p_uid, 'status', p_draft, d.status, p_target, p_reason, NULL);
    PERFORM notify(p_draft, 'status');
END $$;

-- -- comments, replies, what each person has read ------------------------------------------

CREATE FUNCTION add_event(p_uid uuid, p_draft bigint, p_kind text, p_text text,
                          p_revision bigint, p_start integer, p_end integer, p_parent bigint,
                          p_at timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE
    role text := require_member();
    d drafts;
    e review_events;
    new_id bigint;
BEGIN
    d := visible_draft(p_draft);
    SELECT * INTO e FROM review_events WHERE uid = p_uid;
    IF FOUND THEN
        IF e.draft_id <> p_draft OR e.author <> session_user THEN
            RAISE EXCEPTION 'This comment id is already taken.' USING ERRCODE = 'FL409';
        END IF;
        RETURN e.id;
    END IF;
    IF p_kind = 'comment' THEN
        IF role NOT IN ('assistant', 'comms_lead') THEN
            RAISE EXCEPTION 'Only the assistant or the comms lead comments on a draft.'
                USING ERRCODE = '42501';
        END IF;
        IF d.status <> 'in_review' THEN
            RAISE EXCEPTION 'Comments go on a draft in review.' USING ERRCODE = 'FL001';
        END IF;
    ELSIF p_kind = 'reply' THEN
        IF NOT EXISTS (SELECT 1 FROM review_events WHERE id = p_parent AND draft_id = p_draft)
        THEN
            RAISE EXCEPTION 'There is no comment number % on this draft.', p_parent
                USING ERRCODE = 'FL404';
        END IF;
    ELSE
        RAISE EXCEPTION 'Approvals and change requests go with a status change.'
            USING ERRCODE = 'FL001';
    END IF;
    IF p_revision IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM revisions WHERE id = p_revision AND draft_id = p_draft) THEN
        RAISE EXCEPTION 'Revision % is not a revision of this draft.', p_revision
            USING ERRCODE = 'FL404';
    END IF;
    INSERT INTO review_events (uid, draft_id, revision_id, kind, author, created_at, start,
                               "end", text, parent_id)
    VALUES (p_uid, p_draft, p_revision, p_kind, session_user, least(p_at, now()), p_start,
            p_end, p_text, p_parent)
    RETURNING id INTO new_id;
    PERFORM notify(p_draft, p_kind);
    RETURN new_id;
END $$;

CREATE FUNCTION set_resolved(p_event bigint, p_resolved boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE e review_events;
BEGIN
    PERFORM require_member();
    SELECT * INTO e FROM review_events WHERE id = p_event;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no comment number %.', p_event USING ERRCODE = 'FL404';
    END IF;
    PERFORM visible_draft(e.draft_id);
    UPDATE review_events SET resolved = p_resolved WHERE id = p_event;
    PERFORM notify(e.draft_id, 'resolved');
END $$;

CREATE FUNCTION mark_seen(p_draft bigint, p_last_event bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
BEGIN
    PERFORM require_member();
    PERFORM visible_draft(p_draft);
    INSERT INTO seen (login, draft_id, last_event_id) VALUES (session_user, p_draft, p_last_event)
    ON CONFLICT (login, draft_id) DO UPDATE
        SET last_event_id = greatest(seen.last_event_id, excluded.last_event_id);
END $$;

-- -- dismissed findings ----------------------------------------------------------------------

CREATE FUNCTION add_dismissal(p_uid uuid, p_draft bigint, p_rule text, p_start integer,
                              p_end integer, p_excerpt text, p_scope text, p_at timestamptz)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE
    d drafts;
    found_id bigint;
BEGIN
    PERFORM require_member();
    d := visible_draft(p_draft);
    SELECT id INTO found_id FROM dismissals WHERE uid = p_uid AND draft_id = p_draft;
    IF FOUND THEN
        RETURN found_id;
    END IF;
    IF d.author <> session_user THEN
        RAISE EXCEPTION 'Only the author dismisses a finding on a draft.' USING ERRCODE = '42501';
    END IF;
    INSERT INTO dismissals (uid, draft_id, rule, start, "end", excerpt, scope, author, created_at)
    VALUES (p_uid, p_draft, p_rule, p_start, p_end, p_excerpt, p_scope, session_user,
            least(p_at, now()))
    RETURNING id INTO found_id;
    RETURN found_id;
END $$;

CREATE FUNCTION restore_dismissal(p_dismissal bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE
    role text := require_member();
    x dismissals;
BEGIN
    SELECT * INTO x FROM dismissals WHERE id = p_dismissal;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no dismissed finding number %.', p_dismissal
            USING ERRCODE = 'FL404';
    END IF;
    PERFORM visible_draft(x.draft_id);
    IF x.author <> session_user AND role <> 'comms_lead' THEN
        RAISE EXCEPTION 'Only the author or the comms lead brings a finding back.'
            USING ERRCODE = '42501';
    END IF;
    UPDATE dismissals SET restored = true WHERE id = p_dismissal;
END $$;

-- -- the house style -------------------------------------------------------------------------

CREATE FUNCTION set_house_style(p_uid uuid, p_toml text, p_self_approval boolean,
                                p_cooling_off_minutes integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
DECLARE
    v integer;
BEGIN
    IF require_member() <> 'comms_lead' THEN
        RAISE EXCEPTION 'Only the comms lead can change the house style.'
            USING ERRCODE = '42501';
    END IF;
    SELECT version INTO v FROM house_styles WHERE uid = p_uid;
    IF FOUND THEN
        RETURN v;
    END IF;
    LOCK TABLE house_styles IN EXCLUSIVE MODE;
    SELECT coalesce(max(version), 0) + 1 INTO v FROM house_styles;
    INSERT INTO house_styles (version, uid, toml, self_approval, cooling_off_minutes, author)
    VALUES (v, p_uid, p_toml, p_self_approval, p_cooling_off_minutes, session_user);
    PERFORM write_audit(p_uid, 'house_style', NULL, NULL, NULL, NULL,
                        format('version %s: self_approval=%s cooling_off_minutes=%s', v,
                               p_self_approval, p_cooling_off_minutes));
    PERFORM notify(NULL, 'house_style');
    RETURN v;
END $$;

-- -- people ----------------------------------------------------------------------------------

-- A new login in one role; the client sends a SCRAM verifier, never the password itself.
CREATE FUNCTION invite(p_login text, p_role text, p_display_name text, p_verifier text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
BEGIN
    IF NOT is_team_admin() AND caller_role() IS DISTINCT FROM 'comms_lead' THEN
        RAISE EXCEPTION 'Only the comms lead or the server''s administrator invites people.'
            USING ERRCODE = '42501';
    END IF;
    IF p_role NOT IN ('leader', 'assistant', 'comms_lead') THEN
        RAISE EXCEPTION 'Unknown role %: leader, assistant or comms_lead.', p_role
            USING ERRCODE = 'FL001';
    END IF;
    IF p_login !~ '^[a-z][a-z0-9_.-]{1,62}$' THEN
        RAISE EXCEPTION 'A login is 2 to 63 lower-case letters, digits, dots, dashes or '
                        'underscores, starting with a letter.' USING ERRCODE = 'FL001';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'Send a SCRAM-SHA-256 verifier, not a password.' USING ERRCODE = 'FL001';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'The login % exists already (one login per person).', p_login
            USING ERRCODE = 'FL409';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    EXECUTE format('GRANT %I TO %I', 'flegme_' || p_role, p_login);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_login);
    INSERT INTO people (login, role, display_name) VALUES (p_login, p_role, p_display_name);
    PERFORM write_audit(NULL, 'invite', NULL, NULL, NULL, NULL,
                        format('%s as %s (%s)', p_login, p_role, p_display_name));
END $$;

CREATE FUNCTION whoami(OUT login text, OUT role text, OUT display_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = flegme, pg_temp AS $$
    SELECT p.login, caller_role(), p.display_name FROM people p WHERE p.login = session_user
$$;

-- -- row-level security and grants ----------------------------------------------------------

ALTER TABLE drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY drafts_visible ON drafts FOR SELECT
    USING (author = session_user
           OR (submitted_at IS NOT NULL
               AND (SELECT caller_role()) IN ('assistant', 'comms_lead')));
ALTER TABLE revisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY revisions_visible ON revisions FOR SELECT
    USING (EXISTS (SELECT 1 FROM drafts d WHERE d.id = draft_id));
ALTER TABLE review_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY review_events_visible ON review_events FOR SELECT
    USING (EXISTS (SELECT 1 FROM drafts d WHERE d.id = draft_id));
ALTER TABLE dismissals ENABLE ROW LEVEL SECURITY;
CREATE POLICY dismissals_visible ON dismissals FOR SELECT
    USING (EXISTS (SELECT 1 FROM drafts d WHERE d.id = draft_id));
ALTER TABLE seen ENABLE ROW LEVEL SECURITY;
CREATE POLICY seen_own ON seen FOR SELECT USING (login = session_user);
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_visible ON audit FOR SELECT
    USING ((SELECT caller_role()) = 'comms_lead' OR actor = session_user OR draft_id IS NULL
           OR EXISTS (SELECT 1 FROM drafts d WHERE d.id = draft_id));

REVOKE ALL ON ALL TABLES IN SCHEMA flegme FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA flegme FROM PUBLIC;
REVOKE ALL ON SCHEMA flegme FROM PUBLIC;
DO $$
DECLARE r text;
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    FOREACH r IN ARRAY ARRAY['flegme_leader', 'flegme_assistant', 'flegme_comms_lead'] LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA flegme TO %I', r);
        EXECUTE format('GRANT SELECT ON schema_version, people, transitions, house_styles, '
                       'drafts, revisions, review_events, seen, dismissals, audit, audit_head '
                       'TO %I', r);
        EXECUTE format('GRANT EXECUTE ON FUNCTION create_draft, save_revision, change_status, '
                       'add_event, set_resolved, mark_seen, add_dismissal, restore_dismissal, '
                       'set_house_style, invite, whoami, caller_role, can_see, real_reason, '
                       'style_in_force TO %I', r);
    END LOOP;
END $$;
