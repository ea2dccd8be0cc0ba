-- Signed-in sessions. The browser holds the session's token; only its SHA-256 digest is kept here, so that whoever
-- reads this table cannot use a session from it.

create table staff_session (
    id_digest    text        primary key check (id_digest ~ '^[0-9a-f]{64}$'),
    staff_id     uuid        not null references staff_member (id),
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    form_token   text        not null
);

create index staff_session_by_member on staff_session (staff_id);
