-- Assessments: each decision on a case, first or on appeal, with the answers it rests on and what the law said of
-- them. Rows are added, never changed. Staff are named by their identifier only: no foreign key, since the table of
-- staff is kept apart.

create table assessment (
    id             uuid        primary key,
    case_id        uuid        not null references case_file (id),
    kind           text        not null check (kind in ('FIRST', 'APPEAL')),
    assessor       uuid        not null,
    assessed_at    timestamptz not null,
    jurisdiction   text        not null check (jurisdiction ~ '^[A-Z]{2}$'),
    assessed_on    date        not null,
    verdict        text        not null check (verdict in ('ILLEGAL', 'NOT_ILLEGAL', 'NEEDS_LEGAL_REVIEW')),
    rule           text        not null,
    reason         text        not null,
    baseline       boolean     not null,
    severity_scale text,
    severity_grade text,
    check ((severity_scale is null) = (severity_grade is null)),
    check (verdict = 'ILLEGAL' or severity_scale is null)
);

-- A case's history, oldest first.
create index assessment_by_case on assessment (case_id, assessed_at, id);

create table assessment_answer (
    assessment_id uuid not null references assessment (id),
    question      text not null,
    answer        text not null,
    primary key (assessment_id, question)
);

create table assessment_reference (
    assessment_id   uuid     not null references assessment (id),
    position        smallint not null check (position >= 0),
    citation        text     not null,
    effective_from  date     not null,
    effective_until date,
    verified        boolean  not null,
    note            text     not null,
    primary key (assessment_id, position),
    check (effective_until is null or effective_until >= effective_from)
);
