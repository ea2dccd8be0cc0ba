-- The audit trail: append-only and hash-chained. Each record carries the hash of the record before it and its own
-- hash over its fields (see org.hotline.domain.audit.AuditChain), so that a changed, removed or inserted record is
-- found by `hotline.jar audit verify`. The program has no statement that updates or deletes a record, and the
-- triggers below refuse any that someone else sends.

create table audit_record (
    sequence      bigint      primary key check (sequence > 0),
    actor         uuid,
    actor_role    text        check (actor_role in ('ANALYST', 'SUPERVISOR', 'POLICE_LIAISON', 'ADMINISTRATOR')),
    at            timestamptz not null,
    action        text        not null check (action ~ '^[a-z]+(\.[a-z_]+)+$'),
    subject       text        not null,
    state_before  text        not null,
    state_after   text        not null,
    previous_hash text        not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          text        not null unique check (hash ~ '^[0-9a-f]{64}$'),
    check (actor is not null or actor_role is null)
);

create index audit_record_by_subject on audit_record (subject, sequence);

-- The end of the chain, one row. An append locks it for the rest of its transaction, so appends are serialised
-- and the chain never forks; the row is made by the first append.
create table audit_head (
    singleton     boolean primary key default true check (singleton),
    last_sequence bigint  not null check (last_sequence >= 0),
    last_hash     text    not null
);

create function audit_record_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit records are append-only: % on audit_record is refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_no_update_or_delete
    before update or delete on audit_record
    for each row execute function audit_record_refuse_change();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_refuse_change();
