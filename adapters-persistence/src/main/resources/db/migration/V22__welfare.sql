-- Each analyst's exposure log: spells of time in assessment (from a claim until it was assessed, released, or ran
-- out at cap_at), items assessed and previews revealed; and supervisors' lifts of the daily limit. Staff are named
-- by their identifier only: no foreign key, since the table of staff is kept apart.

create table welfare_spell (
    analyst    uuid        not null,
    case_id    uuid        not null references case_file (id),
    started_at timestamptz not null,
    cap_at     timestamptz not null,
    ended_at   timestamptz,
    ending     text        check (ending in ('ASSESSED', 'RELEASED')),
    primary key (analyst, case_id, started_at),
    check (cap_at > started_at),
    check ((ended_at is null) = (ending is null)),
    check (ended_at is null or ended_at >= started_at)
);

-- A spell never counts past its cap: the spells of a period are those capped after it starts.
create index welfare_spell_by_cap on welfare_spell (cap_at, started_at);

create table welfare_exposure (
    id      uuid        primary key default gen_random_uuid(),
    analyst uuid        not null,
    kind    text        not null check (kind in ('ITEM_ASSESSED', 'PREVIEW_REVEALED')),
    case_id uuid        not null references case_file (id),
    at      timestamptz not null
);

create index welfare_exposure_by_time on welfare_exposure (at);
create index welfare_exposure_by_analyst on welfare_exposure (analyst, at);

create table welfare_limit_lift (
    analyst   uuid        not null,
    day       date        not null,
    lifted_by uuid        not null,
    lifted_at timestamptz not null,
    reason    text        not null check (length(reason) between 1 and 500),
    primary key (analyst, day),
    check (lifted_by <> analyst)
);
