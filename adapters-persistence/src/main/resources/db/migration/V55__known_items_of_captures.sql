-- Capture meets known content: the entries of lists of known content each captured item matched when it was
-- captured, kept with the capture as the evidence they were (the list's name, jurisdiction and entry, the hash stored
-- there, the distance, the classification), so that it stays what was found even after the list changes.

create table capture_item_match (
    item_id      uuid     not null references capture_item (id),
    position     smallint not null check (position >= 0),
    list_name    text     not null,
    jurisdiction text     not null check (jurisdiction ~ '^[A-Z]{2}$'),
    entry_id     bigint   not null,
    algorithm    text     not null check (algorithm in ('MD5', 'SHA1', 'SHA256', 'PDQ')),
    stored_hash  text     not null check (stored_hash ~ '^[0-9a-f]+$'),
    distance     smallint not null check (distance between 0 and 256),
    verdict      text     not null check (verdict in ('ILLEGAL', 'NOT_ILLEGAL')),
    category     text,
    baseline     boolean  not null,
    added        date     not null,
    primary key (item_id, position),
    check (verdict = 'ILLEGAL' or not baseline)
);

-- The system classifies a case whose items are all known as illegal: its decision has no member of staff as author.
alter table assessment alter column assessor drop not null;
alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check
    check (kind in ('FIRST', 'APPEAL', 'LEGAL_DECISION', 'KNOWN_CONTENT'));
alter table assessment add constraint assessment_system_has_no_assessor
    check ((kind = 'KNOWN_CONTENT') = (assessor is null));
