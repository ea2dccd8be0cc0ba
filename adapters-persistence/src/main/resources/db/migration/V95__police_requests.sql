-- What the police ask of the hotline about a case (issue 16), recorded by the police liaison, and the answer of an
-- analyst or supervisor. A request is answered once.
create table police_request (
    id          uuid        primary key,
    case_id     uuid        not null references case_file (id),
    asked_by    uuid        not null,
    asked_at    timestamptz not null,
    request     text        not null check (length(request) between 1 and 1000),
    needed_by   date,
    answered_by uuid,
    answered_at timestamptz,
    answer      text        check (length(answer) between 1 and 1000),
    check ((answered_by is null) = (answered_at is null) and (answered_at is null) = (answer is null))
);
create index police_request_of_case on police_request (case_id, asked_at);
create index police_request_open on police_request (needed_by, asked_at) where answer is null;
