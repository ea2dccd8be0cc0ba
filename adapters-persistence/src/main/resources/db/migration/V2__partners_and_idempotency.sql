-- Partner organisations that file reports through the API with a key of their own, and idempotency keys of
-- API requests, kept on the report they produced so that both are written in one transaction.

create table partner (
    id            uuid        primary key,
    name          text        not null,
    key_digest    text        not null unique,
    registered_at timestamptz not null,
    active        boolean     not null default true
);

alter table report
    add column partner_id          uuid references partner (id),
    add column idempotency_scope   text,
    add column idempotency_key     text,
    add column request_fingerprint text,
    add check ((idempotency_key is null) = (idempotency_scope is null)),
    add check ((idempotency_key is null) = (request_fingerprint is null));

-- A key names one request per scope (a partner, or the anonymous public): a retry finds the report it filed.
create unique index report_idempotency on report (idempotency_scope, idempotency_key) where idempotency_key is not null;
