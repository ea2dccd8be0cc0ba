-- Sign-in resists guessing without letting strangers lock a member out: browsers a member has signed in from are
-- known by the digest of a token they keep, and count their own failures; attempts for usernames that do not exist
-- are tallied per client address and written to the audit trail in one record per stretch.

create table trusted_device (
    digest          text        primary key check (digest ~ '^[0-9a-f]{64}$'),
    staff_id        uuid        not null references staff_member (id),
    since           timestamptz not null,
    last_used_at    timestamptz not null,
    failed_sign_ins integer     not null default 0 check (failed_sign_ins >= 0),
    locked_until    timestamptz
);

create index trusted_device_by_member on trusted_device (staff_id);

create table unknown_sign_in (
    client   text        primary key check (length(client) between 1 and 100),
    first_at timestamptz not null,
    last_at  timestamptz not null,
    attempts integer     not null check (attempts > 0)
);

-- Where and in what a session was opened, so that a member recognises their sessions and ends the ones they do not.
alter table staff_session
    add column client  text not null default '' check (length(client) <= 100),
    add column browser text not null default '' check (length(browser) <= 120);
