-- What several instances of the program on one database share.

-- Scheduled work (tidying lapsed claims, backups, ...): when each round is next due. An instance runs a round only
-- while it holds the round's advisory lock and the round is due, so each round runs once, wherever it runs.
create table scheduled_round (
    name             text        primary key check (name ~ '^[a-z][a-z0-9-]*$'),
    due_at           timestamptz not null,
    last_started_at  timestamptz,
    last_finished_at timestamptz,
    last_run_by      text
);

-- Token buckets of clients (the public's reports, failed sign-ins), by key: every instance counts from the same tokens.
create table rate_bucket (
    key        text             primary key check (length(key) between 1 and 300),
    tokens     double precision not null check (tokens >= 0),
    counted_at timestamptz      not null
);

create index rate_bucket_by_age on rate_bucket (counted_at);
