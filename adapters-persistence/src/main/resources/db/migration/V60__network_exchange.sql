-- The network exchange (issue 15). A hotline keeps the referrals it sent and received, with their statuses, and an
-- outbox of messages for the hub written in the unit of work of the decision that causes them. The hub (the same
-- program with HOTLINE_ROLE=hub, on a database of its own) keeps its members, the messages it took (each once) and
-- what it holds for each member until acknowledged. Both sides have every table; each uses its own.

-- A referral as a hotline keeps it: sent (OUTGOING) or received (INCOMING). Never content: the address, the trace in
-- words, the sender's verdict, and the items' fingerprints as a JSON array ([{sha256, pdq}]).
create table exchange_referral (
    id                uuid        not null,
    direction         text        not null check (direction in ('OUTGOING', 'INCOMING')),
    case_id           uuid        not null references case_file (id),
    from_country      text        not null check (from_country ~ '^[A-Z]{2}$'),
    to_country        text        not null check (to_country ~ '^[A-Z]{2}$'),
    address           text        not null check (length(address) between 1 and 8192),
    hosting_trace     text        not null check (length(hosting_trace) <= 20000),
    verdict_kind      text        not null,
    national_category text        not null,
    baseline          boolean     not null,
    rule_book         text        not null,
    items             jsonb       not null,
    referred_at       timestamptz not null,
    kept_at           timestamptz not null default now(),
    sent_at           timestamptz,
    primary key (id, direction)
);
create index exchange_referral_of_case on exchange_referral (case_id, referred_at);

-- Statuses of referrals, each once by its message identifier: those the hotline said (and sent) and those it was told.
create table exchange_status (
    message_id  uuid        not null,
    referral_id uuid        not null,
    direction   text        not null,
    status      text        not null check (status in ('received', 'assessed', 'notice_sent', 'removed', 'moved',
                                                       'not_illegal_here', 'withdrawn')),
    said_at     timestamptz not null,
    note        text        not null check (length(note) <= 2000),
    moved_to    text        check (moved_to ~ '^[A-Z]{2}$'),
    kept_at     timestamptz not null default now(),
    sent_at     timestamptz,
    primary key (message_id, direction),
    foreign key (referral_id, direction) references exchange_referral (id, direction),
    check ((status = 'moved') = (moved_to is not null))
);
create index exchange_status_of_referral on exchange_status (referral_id, direction, said_at);

-- Messages for the hub (a JobTable: leased with FOR UPDATE SKIP LOCKED by any instance, removed once the hub took
-- them, given back with a growing delay when it could not be reached). The body is the message as JSON; a message
-- the hub refused waits no more (run_after infinity) and says why.
create table exchange_outbox (
    id           uuid        primary key,
    kind         text        not null check (kind in ('REFERRAL', 'STATUS')),
    body         jsonb       not null,
    written_at   timestamptz not null default now(),
    run_after    timestamptz not null default now(),
    leased_by    text,
    lease_until  timestamptz,
    attempts     integer     not null default 0 check (attempts >= 0),
    last_failure text,
    check ((leased_by is null) = (lease_until is null))
);
create index exchange_outbox_due on exchange_outbox (run_after, id);

-- The hub's members. A token is kept only as its SHA-256 digest; a withdrawn member's countries are free again.
create table hub_member (
    id           uuid        primary key,
    name         text        not null check (length(name) between 1 and 200),
    countries    text[]      not null,
    since        timestamptz not null,
    withdrawn_at timestamptz,
    token_digest text        not null unique check (token_digest ~ '^[0-9a-f]{64}$')
);
-- Which active member serves each country: one at most.
create table hub_country (
    country   text primary key check (country ~ '^[A-Z]{2}$'),
    member_id uuid not null references hub_member (id)
);

-- Every message the hub took, by sender and identifier: a message sent again is recognised and changes nothing.
create table hub_taken (
    sender     uuid        not null references hub_member (id),
    message_id uuid        not null,
    taken_at   timestamptz not null default now(),
    primary key (sender, message_id)
);

-- Where each referral went (its latest receiver, once moved), and the referral as routed.
create table hub_route (
    referral_id uuid        primary key,
    sender      uuid        not null references hub_member (id),
    receiver    uuid        not null references hub_member (id),
    referral    jsonb       not null,
    routed_at   timestamptz not null default now()
);

-- What the hub holds for each member, oldest first, until the member acknowledges it.
create table hub_delivery (
    recipient    uuid        not null references hub_member (id),
    message_id   uuid        not null,
    seq          bigint      generated always as identity,
    sender       uuid        not null references hub_member (id),
    body         jsonb       not null,
    held_at      timestamptz not null,
    delivered_at timestamptz,
    primary key (recipient, message_id)
);
create index hub_delivery_waiting on hub_delivery (recipient, seq) where delivered_at is null;
