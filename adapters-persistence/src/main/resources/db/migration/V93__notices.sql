-- Notices to hosting providers, site owners and registrars (issue 16), kept as sent, with the cases whose addresses
-- they carry, and the outbox that sends them (a JobTable: leased with FOR UPDATE SKIP LOCKED by any instance, removed
-- once the mail server took the notice, given back with a growing delay after a temporary failure). The recipient is
-- kept as the notice named it (its source in the columns abuse_contact uses), so the same notice makes the same
-- message whenever it is sent.
create sequence notice_number;

create table notice (
    reference         text        primary key check (reference ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    kind              text        not null check (kind in ('FIRST_NOTICE', 'REMINDER', 'ESCALATION')),
    language          text        not null check (language ~ '^[a-z]{2,3}$'),
    recipient_name    text        not null check (length(recipient_name) between 1 and 200),
    recipient_emails  text[]      not null check (cardinality(recipient_emails) between 1 and 10),
    recipient_role    text        not null check (recipient_role in ('HOSTING_PROVIDER', 'SITE_OWNER', 'REGISTRAR')),
    recipient_source  text        not null check (recipient_source in ('STAFF', 'IMPORTED', 'RDAP')),
    recipient_by      uuid,
    recipient_origin  text,
    recipient_handle  text,
    recipient_learnt  timestamptz not null,
    submitted         text[]      not null,
    addresses         text[]      not null check (cardinality(addresses) between 1 and 1000),
    legal_basis       text[]      not null check (cardinality(legal_basis) between 1 and 20),
    issued_at         timestamptz not null,
    prior_reference   text        references notice (reference),
    prior_sent_at     timestamptz,
    prior_recipient   text,
    state             text        not null default 'QUEUED' check (state in ('QUEUED', 'SENT', 'FAILED')),
    state_at          timestamptz,
    message_id        text,
    refused           text[],
    failure_code      text,
    failure_detail    text,
    queued_at         timestamptz not null default now(),
    check (cardinality(submitted) = cardinality(addresses)),
    check ((kind = 'FIRST_NOTICE') = (prior_reference is null)),
    check ((prior_reference is null) = (prior_sent_at is null) and (prior_reference is null) = (prior_recipient is null)),
    check ((state = 'SENT') = (message_id is not null)),
    check ((state = 'FAILED') = (failure_code is not null)),
    check ((state = 'QUEUED') = (state_at is null))
);
create index notice_needing_attention on notice (state_at desc) where state = 'FAILED' or kind = 'ESCALATION';

-- The cases a notice is about: one, or several whose addresses were queued together for one contact.
create table notice_case (
    reference text not null references notice (reference),
    case_id   uuid not null references case_file (id),
    primary key (reference, case_id)
);
create index notice_case_of_case on notice_case (case_id);

create table notice_outbox (
    id           uuid        primary key,
    reference    text        not null unique references notice (reference),
    run_after    timestamptz not null default now(),
    leased_by    text,
    lease_until  timestamptz,
    attempts     integer     not null default 0 check (attempts >= 0),
    last_failure text,
    check ((leased_by is null) = (lease_until is null))
);
create index notice_outbox_due on notice_outbox (run_after, id);
