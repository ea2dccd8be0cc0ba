-- Reports as received, the cases they open or join, and the link between each reported address and its case.

create table report (
    id            uuid        primary key,
    reference     text        not null unique,
    received_at   timestamptz not null,
    channel       text        not null check (channel in ('WEB_FORM', 'API', 'EMAIL', 'NETWORK_REFERRAL')),
    seen          text[]      not null default '{}',
    description   text,
    contact_name  text,
    contact_email text,
    contact_phone text
);

-- "case" is an SQL keyword; the table of cases is case_file.
create table case_file (
    id               uuid        primary key,
    canonical_url    text        not null,
    -- SHA-256 of the canonical address: addresses may be longer than a b-tree entry allows, their digests are not.
    url_key          bytea       not null,
    opened_at        timestamptz not null,
    first_report_id  uuid        not null references report (id),
    state            text        not null check (state in ('AWAITING_ASSESSMENT', 'IN_ASSESSMENT', 'AWAITING_LEGAL_REVIEW',
                                                           'AWAITING_HOSTING_TRACE', 'FORWARDED', 'IN_TAKEDOWN', 'CLOSED')),
    state_since      timestamptz not null,
    claimed_by       uuid,
    claim_expires_at timestamptz,
    forwarded_to     text,
    closure_reason   text,
    check ((state = 'IN_ASSESSMENT') = (claimed_by is not null and claim_expires_at is not null)),
    check ((state = 'CLOSED') = (closure_reason is not null)),
    check ((state = 'FORWARDED') = (forwarded_to is not null))
);

-- The rule that folds duplicates: at most one open case per address, whatever the concurrency.
create unique index case_file_one_open_case_per_address on case_file (url_key) where state <> 'CLOSED';
-- The analyst queue reads open cases oldest first.
create index case_file_open_by_age on case_file (opened_at, id) where state <> 'CLOSED';

create table report_url (
    report_id     uuid        not null references report (id),
    position      smallint    not null check (position >= 0),
    submitted_url text        not null,
    canonical_url text        not null,
    case_id       uuid        not null references case_file (id),
    opened_case   boolean     not null,
    received_at   timestamptz not null,
    primary key (report_id, position)
);

-- The reports of a case, oldest first, without reading the whole case when it has thousands.
create index report_url_by_case on report_url (case_id, received_at, report_id);
