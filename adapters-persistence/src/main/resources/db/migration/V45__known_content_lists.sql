-- Hash lists of content classified before, and their entries: hashes only, never content.

-- A list: where it comes from, whose law classified it, the classification its entries take when their line gives
-- none, and the distance up to which its PDQ hashes match.
create table known_list (
    id                integer     generated always as identity primary key,
    name              text        not null unique check (length(name) between 1 and 64),
    source            text        not null check (source in ('OWN', 'PARTNER_HOTLINE', 'NATIONAL_LIST')),
    jurisdiction      text        not null check (jurisdiction ~ '^[A-Z]{2}$'),
    default_verdict   text        not null check (default_verdict in ('ILLEGAL', 'NOT_ILLEGAL')),
    default_category  text,
    default_baseline  boolean     not null,
    pdq_threshold     smallint    not null check (pdq_threshold between 0 and 127),
    created_at        timestamptz not null,
    last_import_at    timestamptz,
    -- entries held (not retracted), and entries retracted (not superseded), kept by imports and retractions
    entry_count       bigint      not null default 0 check (entry_count >= 0),
    retracted_count   bigint      not null default 0 check (retracted_count >= 0),
    check (not default_baseline or default_verdict = 'ILLEGAL')
);

-- Entries are never changed but to be retracted: a new classification of a held hash retracts the old row
-- (superseded) and adds a new one. Rows are added in order of id by one writer at a time (imports and retractions take
-- the same transaction-level advisory lock), and every retraction takes the next retraction_seq (one above the
-- largest, under that lock), so that each instance follows the changes by reading ids and retraction numbers above
-- the last it saw. list_id is not declared a foreign key: the check, one locking read of the list per row, doubled
-- the time of a large import; lists are never deleted, and every writer finds its list's id under the lock first.
-- Algorithms compare bytewise (collate "C"): they are codes, not words.
create table known_entry (
    id              bigint      generated always as identity primary key,
    list_id         integer     not null,
    algorithm       text        collate "C" not null check (algorithm in ('MD5', 'SHA1', 'SHA256', 'PDQ')),
    value           bytea       not null,
    verdict         text        not null check (verdict in ('ILLEGAL', 'NOT_ILLEGAL')),
    category        text,
    baseline        boolean     not null,
    quality         smallint    check (quality between 0 and 100),
    added           date        not null,
    imported_at     timestamptz not null,
    retracted_at    timestamptz,
    retraction_seq  bigint      unique,
    superseded      boolean     not null default false,
    check ((retracted_at is null) = (retraction_seq is null)),
    check (not superseded or retracted_at is not null),
    check (quality is null or algorithm = 'PDQ'),
    check (not baseline or verdict = 'ILLEGAL'),
    check (length(value) = case algorithm when 'MD5' then 16 when 'SHA1' then 20 else 32 end)
);

-- One current row per hash and list (a retracted one stays current, so that importing the list again does not bring
-- it back); superseded rows step aside for the row that replaced them.
create unique index known_entry_current on known_entry (list_id, algorithm, value) where not superseded;
-- Where an import stages its file (COPY), checked and merged into known_entry in the same transaction, then
-- deleted: nothing stays here after a commit, and one import at a time uses it (under the lock). Unlogged: these rows
-- never need to survive a crash.
create unlogged table known_import_line (
    line        bigint   not null,
    algorithm   text     collate "C" not null,
    value       bytea    not null,
    verdict     text     not null,
    category    text,
    baseline    boolean  not null,
    quality     smallint,
    added       date
);
