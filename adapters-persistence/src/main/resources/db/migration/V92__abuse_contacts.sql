-- The registry of abuse contacts (issue 16): for each scope (an autonomous system, an organisation as the IP data
-- names it, a domain) at most one contact per role on the escalation path (hosting provider, site owner, registrar).
-- Where a contact was learnt: entered by staff (entered_by), imported (origin: the file's name) or found through RDAP
-- (origin: the RDAP answer's address, handle: the registry's handle of the entity).
create table abuse_contact (
    id          uuid        primary key,
    scope_kind  text        not null check (scope_kind in ('ASN', 'ORGANISATION', 'DOMAIN')),
    scope_value text        not null check (length(scope_value) between 1 and 253),
    scope_key   text        not null generated always as (lower(scope_value)) stored,
    role        text        not null check (role in ('HOSTING_PROVIDER', 'SITE_OWNER', 'REGISTRAR')),
    name        text        not null check (length(name) between 1 and 200),
    emails      text[]      not null check (cardinality(emails) between 1 and 10),
    source      text        not null check (source in ('STAFF', 'IMPORTED', 'RDAP')),
    entered_by  uuid,
    origin      text        check (length(origin) <= 2000),
    handle      text        check (length(handle) <= 200),
    learnt_at   timestamptz not null,
    unique (scope_kind, scope_key, role),
    check ((source = 'STAFF') = (entered_by is not null)),
    check ((source = 'STAFF') = (origin is null)),
    check (source = 'RDAP' or handle is null)
);
